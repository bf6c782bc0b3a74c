package org.ecocomp.optimize;

/**
 * One generation of a {@link GeneticSearch}, for a convergence chart.
 *
 * @param generation the generation, 0 for the initial population
 * @param best the optimised objective of the best candidate found so far (feasible if any feasible
 *     candidate has been found)
 * @param bestViolation that candidate's total violation, 0 when feasible
 * @param mean the mean of the optimised objective over the generation's population, feasible or not
 * @param feasibleShare the share of the population that is feasible, in [0, 1]
 * @param evaluations the distinct evaluations the search has performed so far
 */
public record GenerationStatistics(
        long generation, double best, double bestViolation, double mean, double feasibleShare, long evaluations) {
}
