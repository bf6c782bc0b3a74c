package org.ecocomp.optimize;

import java.util.List;

/**
 * Settings of {@link ParetoSearch} (NSGA-II).
 *
 * <p>Each generation keeps the better half of the population by non-dominated rank and crowding
 * distance (NSGA-II's elitist truncation) and replaces the other half by offspring of unique-fitness
 * crowded binary tournaments, recombined by line and intermediate crossover and mutated by Gaussian
 * creep (as in {@link GeneticSearch}).
 * Every generation's non-dominated candidates go into an archive, trimmed by crowding distance to
 * {@code frontMin} points whenever it grows beyond {@code frontMax}; the archive's feasible points
 * are the returned front. The search stops after {@code generations} generations or before a
 * generation whose offspring could take the distinct evaluations over {@code maxEvaluations}.
 *
 * @param populationSize candidates per generation, at least 4
 * @param generations the most generations after the initial population, at least 1
 * @param maxEvaluations the most distinct evaluations (a hard budget), at least {@code populationSize}
 * @param crossoverProbability the probability that a candidate is recombined by line crossover (and
 *     half that by intermediate crossover), in [0, 1]
 * @param mutationProbability the probability that a gene (one decision variable) mutates, in [0, 1]
 * @param mutationScale the mutation's largest standard deviation as a fraction of a variable's range,
 *     in (0, 1]
 * @param frontMin the archive's size after trimming, at least 1
 * @param frontMax the largest archive kept (a larger one is trimmed to {@code frontMin}), at least
 *     {@code frontMin} and less than {@code Integer.MAX_VALUE}
 * @param reference a reference point (one value per objective, in the objectives' units) for the
 *     per-generation hypervolume in the history; empty to skip it
 */
public record ParetoOptions(
        int populationSize, int generations, long maxEvaluations,
        double crossoverProbability, double mutationProbability, double mutationScale,
        int frontMin, int frontMax, List<Double> reference) {

    /**
     * Defaults: 60 candidates, 100 generations, no budget, crossover 0.9, mutation 0.2 per gene with
     * scale 0.1, archive of 100 to 150 points, no per-generation hypervolume.
     */
    public static final ParetoOptions DEFAULTS = new ParetoOptions(60, 100, Long.MAX_VALUE, 0.9, 0.2, 0.1, 100, 150, List.of());

    /** Checks the ranges and copies the reference point. */
    public ParetoOptions {
        if (populationSize < 4) {
            throw new IllegalArgumentException("populationSize must be at least 4, got " + populationSize);
        }
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (maxEvaluations < populationSize) {
            throw new IllegalArgumentException("maxEvaluations must be at least populationSize, got " + maxEvaluations);
        }
        Checks.probability("crossoverProbability", crossoverProbability);
        Checks.probability("mutationProbability", mutationProbability);
        Checks.scale(mutationScale);
        if (frontMin < 1 || frontMax < frontMin || frontMax == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("need 1 ≤ frontMin ≤ frontMax, got " + frontMin + " and " + frontMax);
        }
        reference = List.copyOf(reference);
        for (double r : reference) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("the reference point is not finite: " + reference);
            }
        }
    }

    /**
     * A copy with another population size.
     *
     * @param value the population size
     * @return the changed options
     */
    public ParetoOptions withPopulationSize(int value) {
        return new ParetoOptions(value, generations, maxEvaluations, crossoverProbability, mutationProbability,
                mutationScale, frontMin, frontMax, reference);
    }

    /**
     * A copy with another generation limit.
     *
     * @param value the most generations
     * @return the changed options
     */
    public ParetoOptions withGenerations(int value) {
        return new ParetoOptions(populationSize, value, maxEvaluations, crossoverProbability, mutationProbability,
                mutationScale, frontMin, frontMax, reference);
    }

    /**
     * A copy with another evaluation budget.
     *
     * @param value the most distinct evaluations
     * @return the changed options
     */
    public ParetoOptions withMaxEvaluations(long value) {
        return new ParetoOptions(populationSize, generations, value, crossoverProbability, mutationProbability,
                mutationScale, frontMin, frontMax, reference);
    }

    /**
     * A copy with other alteration rates.
     *
     * @param crossover the crossover probability
     * @param mutation the mutation probability per gene
     * @param scale the mutation scale
     * @return the changed options
     */
    public ParetoOptions withRates(double crossover, double mutation, double scale) {
        return new ParetoOptions(populationSize, generations, maxEvaluations, crossover, mutation, scale,
                frontMin, frontMax, reference);
    }

    /**
     * A copy with another archive size.
     *
     * @param min the size after trimming
     * @param max the largest archive kept
     * @return the changed options
     */
    public ParetoOptions withFront(int min, int max) {
        return new ParetoOptions(populationSize, generations, maxEvaluations, crossoverProbability,
                mutationProbability, mutationScale, min, max, reference);
    }

    /**
     * A copy with a reference point for the per-generation hypervolume.
     *
     * @param point one value per objective, in the objectives' units
     * @return the changed options
     */
    public ParetoOptions withReference(double... point) {
        return new ParetoOptions(populationSize, generations, maxEvaluations, crossoverProbability,
                mutationProbability, mutationScale, frontMin, frontMax,
                java.util.Arrays.stream(point).boxed().toList());
    }
}
