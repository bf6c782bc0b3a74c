package org.ecocomp.optimize;

import io.jenetics.DoubleGene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionDurations;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.ext.moea.MOEA;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Pareto;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import java.util.stream.Collector;
import org.ecocomp.random.Seeds;
import org.ecocomp.simulation.ProgressListener;

/**
 * NSGA-II (Deb, Pratap, Agarwal &amp; Meyarivan 2002, "A fast and elitist multiobjective genetic
 * algorithm: NSGA-II", IEEE TEC 6(2)) on all objectives of a {@link MechanismProblem}, built from
 * Jenetics' {@code jenetics.ext} MOEA parts.
 *
 * <p>Survivors are chosen by {@code NSGA2Selector} (non-dominated sorting and crowding distance,
 * elitist truncation) and parents by {@code UFTournamentSelector} (crowded binary tournaments on
 * unique fitness values, Fortin &amp; Parizeau 2013); with half the population replaced per
 * generation this is the (μ + λ) scheme of NSGA-II with μ = λ. Constraints enter through Deb's
 * constrained domination: a feasible candidate dominates an infeasible one and of two infeasible
 * ones the smaller total violation dominates. Jenetics' {@code MOEA.toParetoSet} keeps an archive of
 * every generation's non-dominated candidates; its feasible members are the result's front.
 *
 * <p>Reproducibility as for {@link GeneticSearch}: all random draws from the given generator on
 * the calling thread, evaluations on the executor, put back in population order. Immutable and
 * reusable.
 */
public final class ParetoSearch {

    /** The share of each generation replaced by offspring: λ = μ. */
    static final double OFFSPRING_FRACTION = 0.5;

    private final ParetoOptions options;

    /**
     * A search with the given settings.
     *
     * @param options the settings
     */
    public ParetoSearch(ParetoOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The settings.
     *
     * @return the options
     */
    public ParetoOptions options() {
        return options;
    }

    /**
     * Searches with a fresh cache and a generator from {@link Seeds#generator(long, long...)}.
     *
     * @param problem the problem
     * @param seed the seed; the same seed gives the same result on any executor
     * @param executor runs the evaluations ({@code Runnable::run} for the calling thread only)
     * @return the front and the convergence history
     */
    public ParetoResult search(MechanismProblem problem, long seed, Executor executor) {
        return search(new EvaluationCache(problem), Seeds.generator(seed), executor, ProgressListener.NONE);
    }

    /**
     * Searches, reusing a cache's evaluations (see
     * {@link GeneticSearch#search(EvaluationCache, RandomGenerator, Executor, ProgressListener)}).
     *
     * @param cache the problem's evaluation cache
     * @param random the source of every random draw of the search; used on the calling thread only
     * @param executor runs the evaluations
     * @param listener hears (generations done, most generations) after each generation, on the
     *     calling thread
     * @return the front and the convergence history
     * @throws IllegalArgumentException if the options' reference point does not fit the problem
     */
    public ParetoResult search(EvaluationCache cache, RandomGenerator random, Executor executor, ProgressListener listener) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(listener, "listener");
        MechanismProblem problem = cache.problem();
        Goal[] goals = problem.goals().toArray(new Goal[0]);
        if (!options.reference().isEmpty() && options.reference().size() != goals.length) {
            throw new IllegalArgumentException("the reference point has " + options.reference().size()
                    + " values; the problem has " + goals.length + " objectives");
        }
        UnitEncoding encoding = new UnitEncoding(problem.variables());
        CachedEvaluator<ConstrainedObjectives> evaluator = new CachedEvaluator<>(
                encoding, cache, executor, e -> ConstrainedObjectives.of(e, goals));
        Engine<DoubleGene, ConstrainedObjectives> engine = new Engine.Builder<>(evaluator, encoding.factory())
                .executor(GeneticSearch.CALLING_THREAD)
                .clock(GeneticSearch.NO_CLOCK)
                .maximizing()
                .populationSize(options.populationSize())
                .offspringFraction(OFFSPRING_FRACTION)
                .maximalPhenotypeAge(Long.MAX_VALUE)
                .offspringSelector(new UFTournamentSelector<>(ConstrainedObjectives.DOMINANCE,
                        ConstrainedObjectives.COMPARATOR, ConstrainedObjectives.DISTANCE, ConstrainedObjectives.DIMENSION))
                .survivorsSelector(new NSGA2Selector<>(ConstrainedObjectives.DOMINANCE,
                        ConstrainedObjectives.COMPARATOR, ConstrainedObjectives.DISTANCE, ConstrainedObjectives.DIMENSION))
                .alterers(GeneticSearch.alterer(
                        options.crossoverProbability(), options.mutationProbability(), options.mutationScale()))
                .build();
        Collector<EvolutionResult<DoubleGene, ConstrainedObjectives>, ?, ISeq<Phenotype<DoubleGene, ConstrainedObjectives>>>
                archive = MOEA.toParetoSet(new IntRange(options.frontMin(), options.frontMax() + 1), // max exclusive
                        ConstrainedObjectives.DOMINANCE, ConstrainedObjectives.COMPARATOR,
                        ConstrainedObjectives.DISTANCE, ConstrainedObjectives.DIMENSION);
        Run run = new Run(engine, cache, encoding, goals, listener);
        return RandomRegistry.with(random, r -> run.run(archive));
    }

    /** One search's mutable state, confined to the calling thread. */
    private final class Run {
        private final Engine<DoubleGene, ConstrainedObjectives> engine;
        private final EvaluationCache cache;
        private final UnitEncoding encoding;
        private final Goal[] goals;
        private final ProgressListener listener;
        private final long before;
        private final List<FrontStatistics> history = new ArrayList<>();

        Run(Engine<DoubleGene, ConstrainedObjectives> engine, EvaluationCache cache, UnitEncoding encoding, Goal[] goals,
                ProgressListener listener) {
            this.engine = engine;
            this.cache = cache;
            this.encoding = encoding;
            this.goals = goals;
            this.listener = listener;
            this.before = cache.evaluations();
        }

        <A> ParetoResult run(
                Collector<EvolutionResult<DoubleGene, ConstrainedObjectives>, A, ISeq<Phenotype<DoubleGene, ConstrainedObjectives>>> archive) {
            A front = archive.supplier().get();
            ISeq<Phenotype<DoubleGene, ConstrainedObjectives>> population = engine.eval(engine.genotypeFactory().instances()
                    .limit(options.populationSize())
                    .map(gt -> Phenotype.<DoubleGene, ConstrainedObjectives>of(gt, 1))
                    .collect(ISeq.toISeq()));
            archive.accumulator().accept(front,
                    EvolutionResult.of(Optimize.MAXIMUM, population, 0, EvolutionDurations.ZERO, 0, 0, 0));
            record(0, population);
            EvolutionStart<DoubleGene, ConstrainedObjectives> start = EvolutionStart.of(population, 1);
            for (int g = 1; g <= options.generations(); g++) {
                if (used() + engine.offspringSize() > options.maxEvaluations()) {
                    break;
                }
                EvolutionResult<DoubleGene, ConstrainedObjectives> result = engine.evolve(start);
                archive.accumulator().accept(front, result);
                record(g, result.population());
                listener.advanced(g, options.generations());
                start = result.next();
            }
            listener.advanced(options.generations(), options.generations());
            List<ParetoPoint> points = new ArrayList<>();
            for (Phenotype<DoubleGene, ConstrainedObjectives> p : archive.finisher().apply(front)) {
                if (p.fitness().feasible()) {
                    double[] x = encoding.decode(p.genotype());
                    points.add(new ParetoPoint(x, cache.evaluate(x)));
                }
            }
            points.sort(Comparator.<ParetoPoint, double[]>comparing(ParetoPoint::objectives, Arrays::compare)
                    .thenComparing(ParetoPoint::x, Arrays::compare));
            return new ParetoResult(points, Arrays.asList(goals), history, used());
        }

        private long used() {
            return cache.evaluations() - before;
        }

        private void record(long generation, ISeq<Phenotype<DoubleGene, ConstrainedObjectives>> population) {
            List<ConstrainedObjectives> feasible = new ArrayList<>();
            for (Phenotype<DoubleGene, ConstrainedObjectives> p : population) {
                if (p.fitness().feasible()) {
                    feasible.add(p.fitness());
                }
            }
            ISeq<ConstrainedObjectives> front = Pareto.front(ISeq.of(feasible), ConstrainedObjectives.DOMINANCE);
            double hypervolume = Double.NaN;
            if (!options.reference().isEmpty()) {
                double[] reference = options.reference().stream().mapToDouble(Double::doubleValue).toArray();
                hypervolume = Hypervolume.of(front.stream().map(f -> f.objectives(goals)).toList(),
                        reference, Arrays.asList(goals));
            }
            history.add(new FrontStatistics(generation, front.size(), (double) feasible.size() / population.size(),
                    hypervolume, used()));
        }
    }
}
