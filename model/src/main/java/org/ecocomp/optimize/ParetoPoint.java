package org.ecocomp.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * A candidate on a Pareto front.
 *
 * @param x the candidate
 * @param evaluation its evaluation (feasible)
 */
public record ParetoPoint(double[] x, Evaluation evaluation) {

    /** Copies the candidate. */
    public ParetoPoint {
        x = x.clone();
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /**
     * The candidate.
     *
     * @return a copy of the candidate
     */
    @Override
    public double[] x() {
        return x.clone();
    }

    /**
     * The objective values.
     *
     * @return the evaluation's objective values
     */
    public double[] objectives() {
        return evaluation.objectives();
    }

    /** Equal when candidate and evaluation are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParetoPoint p && Arrays.equals(x, p.x) && evaluation.equals(p.evaluation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + evaluation.hashCode();
    }

    @Override
    public String toString() {
        return "ParetoPoint[x=" + Arrays.toString(x) + ", objectives=" + Arrays.toString(evaluation.objectives()) + "]";
    }
}
