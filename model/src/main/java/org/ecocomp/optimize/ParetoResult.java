package org.ecocomp.optimize;

import java.util.List;

/**
 * The outcome of a {@link ParetoSearch}.
 *
 * @param front the feasible non-dominated candidates found, sorted by their objective vectors
 *     (lexicographically); empty if no feasible candidate was found
 * @param goals the objectives' goals, in objective order
 * @param history one entry per generation, from generation 0 (the initial population)
 * @param evaluations the distinct evaluations the search performed
 */
public record ParetoResult(List<ParetoPoint> front, List<Goal> goals, List<FrontStatistics> history, long evaluations) {

    /** Copies the lists. */
    public ParetoResult {
        front = List.copyOf(front);
        goals = List.copyOf(goals);
        history = List.copyOf(history);
    }

    /**
     * The front's objective vectors.
     *
     * @return one objective vector per front point, in front order
     */
    public List<double[]> objectiveVectors() {
        return front.stream().map(ParetoPoint::objectives).toList();
    }

    /**
     * The front's hypervolume.
     *
     * @param reference the reference point, one value per objective in the objectives' units
     * @return {@link Hypervolume#of(List, double[], List)} of the front
     */
    public double hypervolume(double... reference) {
        return Hypervolume.of(objectiveVectors(), reference, goals);
    }

    /**
     * The number of generations run after the initial population.
     *
     * @return the last generation's number
     */
    public long generations() {
        return history.getLast().generation();
    }
}
