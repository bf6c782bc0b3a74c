package org.ecocomp.optimize;

/**
 * One generation of a {@link ParetoSearch}, for a convergence chart.
 *
 * @param generation the generation, 0 for the initial population
 * @param frontSize the number of feasible non-dominated candidates in the generation's population
 * @param feasibleShare the share of the population that is feasible, in [0, 1]
 * @param hypervolume the hypervolume of those candidates with respect to the options' reference
 *     point, NaN when the options have none
 * @param evaluations the distinct evaluations the search has performed so far
 */
public record FrontStatistics(long generation, int frontSize, double feasibleShare, double hypervolume, long evaluations) {
}
