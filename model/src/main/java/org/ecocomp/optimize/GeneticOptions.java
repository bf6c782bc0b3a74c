package org.ecocomp.optimize;

/**
 * Settings of the single-objective {@link GeneticSearch}.
 *
 * <p>Each generation keeps 40 % of the population as survivors (tournament selection, the best one
 * always kept) and replaces 60 % by offspring (tournament selection, then intermediate crossover and
 * Gaussian creep mutation); only altered offspring need evaluating. The search stops after
 * {@code generations} generations, after {@code steadyGenerations} generations in which the best
 * candidate's objective improved by no more than {@code steadyTolerance} (and its feasibility did
 * not change), or before a generation whose offspring could take the distinct evaluations
 * over {@code maxEvaluations}, whichever comes first.
 *
 * @param populationSize candidates per generation, at least 4
 * @param generations the most generations after the initial population, at least 1
 * @param steadyGenerations stop after this many generations without improvement; 0 to never stop so
 * @param steadyTolerance the largest change of the best objective that does not count as an
 *     improvement, in the objective's units, at least 0
 * @param maxEvaluations the most distinct evaluations a search performs (a hard budget), at least
 *     {@code populationSize}
 * @param crossoverProbability the probability that a candidate is recombined by line crossover (and
 *     half that by intermediate crossover), in [0, 1]
 * @param mutationProbability the probability that a gene (one decision variable) mutates, in [0, 1]
 * @param mutationScale the mutation's largest standard deviation as a fraction of a variable's range,
 *     in (0, 1]; each mutation draws its own between a hundredth of this and this
 * @param tournamentSize candidates per selection tournament, at least 2
 * @param objective the index of the objective optimised; the others are evaluated and reported
 */
public record GeneticOptions(
        int populationSize, int generations, int steadyGenerations, double steadyTolerance, long maxEvaluations,
        double crossoverProbability, double mutationProbability, double mutationScale,
        int tournamentSize, int objective) {

    /**
     * Defaults: 50 candidates, 100 generations, no steady-state stop, no budget, crossover 0.7,
     * mutation 0.5 per gene with scale 0.2, binary tournaments, objective 0.
     */
    public static final GeneticOptions DEFAULTS = new GeneticOptions(50, 100, 0, 0.0, Long.MAX_VALUE, 0.7, 0.5, 0.2, 2, 0);

    /** Checks the ranges. */
    public GeneticOptions {
        if (populationSize < 4) {
            throw new IllegalArgumentException("populationSize must be at least 4, got " + populationSize);
        }
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        if (steadyGenerations < 0) {
            throw new IllegalArgumentException("steadyGenerations must not be negative, got " + steadyGenerations);
        }
        if (!(steadyTolerance >= 0 && steadyTolerance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("steadyTolerance must be finite and not negative, got " + steadyTolerance);
        }
        if (maxEvaluations < populationSize) {
            throw new IllegalArgumentException("maxEvaluations must be at least populationSize, got " + maxEvaluations);
        }
        Checks.probability("crossoverProbability", crossoverProbability);
        Checks.probability("mutationProbability", mutationProbability);
        Checks.scale(mutationScale);
        if (tournamentSize < 2) {
            throw new IllegalArgumentException("tournamentSize must be at least 2, got " + tournamentSize);
        }
        if (objective < 0) {
            throw new IllegalArgumentException("objective must not be negative, got " + objective);
        }
    }

    /**
     * A copy with another population size.
     *
     * @param value the population size
     * @return the changed options
     */
    public GeneticOptions withPopulationSize(int value) {
        return new GeneticOptions(value, generations, steadyGenerations, steadyTolerance, maxEvaluations,
                crossoverProbability, mutationProbability, mutationScale, tournamentSize, objective);
    }

    /**
     * A copy with another generation limit.
     *
     * @param value the most generations
     * @return the changed options
     */
    public GeneticOptions withGenerations(int value) {
        return new GeneticOptions(populationSize, value, steadyGenerations, steadyTolerance, maxEvaluations,
                crossoverProbability, mutationProbability, mutationScale, tournamentSize, objective);
    }

    /**
     * A copy with another steady-state stop.
     *
     * @param value generations without improvement before stopping; 0 for never
     * @param tolerance the largest change of the best objective that is no improvement
     * @return the changed options
     */
    public GeneticOptions withSteady(int value, double tolerance) {
        return new GeneticOptions(populationSize, generations, value, tolerance, maxEvaluations,
                crossoverProbability, mutationProbability, mutationScale, tournamentSize, objective);
    }

    /**
     * A copy with another evaluation budget.
     *
     * @param value the most distinct evaluations
     * @return the changed options
     */
    public GeneticOptions withMaxEvaluations(long value) {
        return new GeneticOptions(populationSize, generations, steadyGenerations, steadyTolerance, value,
                crossoverProbability, mutationProbability, mutationScale, tournamentSize, objective);
    }

    /**
     * A copy with other alteration rates.
     *
     * @param crossover the crossover probability
     * @param mutation the mutation probability per gene
     * @param scale the mutation scale
     * @return the changed options
     */
    public GeneticOptions withRates(double crossover, double mutation, double scale) {
        return new GeneticOptions(populationSize, generations, steadyGenerations, steadyTolerance, maxEvaluations,
                crossover, mutation, scale, tournamentSize, objective);
    }

    /**
     * A copy with another tournament size.
     *
     * @param value candidates per tournament
     * @return the changed options
     */
    public GeneticOptions withTournamentSize(int value) {
        return new GeneticOptions(populationSize, generations, steadyGenerations, steadyTolerance, maxEvaluations,
                crossoverProbability, mutationProbability, mutationScale, value, objective);
    }

    /**
     * A copy optimising another objective.
     *
     * @param value the objective's index
     * @return the changed options
     */
    public GeneticOptions withObjective(int value) {
        return new GeneticOptions(populationSize, generations, steadyGenerations, steadyTolerance, maxEvaluations,
                crossoverProbability, mutationProbability, mutationScale, tournamentSize, value);
    }
}
