package org.ecocomp.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link GeneticSearch}.
 *
 * @param x the best candidate found (feasible if any feasible candidate was found)
 * @param evaluation its evaluation
 * @param history one entry per generation, from generation 0 (the initial population)
 * @param evaluations the distinct evaluations the search performed
 */
public record GeneticResult(double[] x, Evaluation evaluation, List<GenerationStatistics> history, long evaluations) {

    /** Copies the candidate and the history. */
    public GeneticResult {
        x = x.clone();
        Objects.requireNonNull(evaluation, "evaluation");
        history = List.copyOf(history);
    }

    /**
     * The best candidate.
     *
     * @return a copy of the best candidate
     */
    @Override
    public double[] x() {
        return x.clone();
    }

    /**
     * Whether the best candidate satisfies every constraint.
     *
     * @return whether it is feasible
     */
    public boolean feasible() {
        return evaluation.feasible();
    }

    /**
     * The number of generations run after the initial population.
     *
     * @return the last generation's number
     */
    public long generations() {
        return history.getLast().generation();
    }

    /** Equal when candidate, evaluation, history and count are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GeneticResult r && Arrays.equals(x, r.x) && evaluation.equals(r.evaluation)
                && history.equals(r.history) && evaluations == r.evaluations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), evaluation, history, evaluations);
    }

    @Override
    public String toString() {
        return "GeneticResult[x=" + Arrays.toString(x) + ", evaluation=" + evaluation
                + ", generations=" + generations() + ", evaluations=" + evaluations + "]";
    }
}
