package org.ecocomp.optimize;

import io.jenetics.Alterer;
import io.jenetics.DoubleGene;
import io.jenetics.EliteSelector;
import io.jenetics.IntermediateCrossover;
import io.jenetics.LineCrossover;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;
import org.ecocomp.simulation.ProgressListener;

/**
 * A real-coded genetic algorithm (Jenetics) that optimises one objective of a
 * {@link MechanismProblem} under its constraints.
 *
 * <p>Candidates are one chromosome of unit {@code DoubleGene}s mapped onto the variables' bounds.
 * Constraints are handled by Deb's feasibility rules (Deb 2000): a feasible candidate ranks above
 * every infeasible one, feasible candidates rank by the objective and infeasible ones by their total
 * violation ({@link Evaluation#totalViolation()}), so there is no penalty weight to tune. (Jenetics'
 * {@code Constraint} is for genotype validity, which bounded genes always have.) Selection is by
 * tournament, the best candidate always survives, offspring are recombined by line and intermediate
 * crossover and mutated by Gaussian creep; see {@link GeneticOptions}.
 *
 * <p>Reproducibility: the engine runs inside {@code RandomRegistry.with(random, …)} with Jenetics'
 * own executor set to the calling thread, so every selection, crossover and mutation draws from
 * {@code random} in a fixed order; only evaluations go to the given executor, through an
 * {@link EvaluationCache}, and come back in population order. Jenetics would otherwise run its
 * survivor and offspring selections concurrently, on threads without the registry's generator. The
 * engine's clock is fixed: timings are not recorded. Immutable and reusable.
 */
public final class GeneticSearch {

    static final InstantSource NO_CLOCK = InstantSource.fixed(Instant.EPOCH);
    static final Executor CALLING_THREAD = Runnable::run;
    /** The share of each generation replaced by offspring (Jenetics' default). */
    static final double OFFSPRING_FRACTION = 0.6;
    /** How far line and intermediate crossover reach beyond the parents (Mühlenbein &amp; Schlierkamp-Voosen 1993). */
    static final double CROSSOVER_EXTENSION = 0.5;

    private final GeneticOptions options;

    /**
     * A search with the given settings.
     *
     * @param options the settings
     */
    public GeneticSearch(GeneticOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The settings.
     *
     * @return the options
     */
    public GeneticOptions options() {
        return options;
    }

    /**
     * Searches with a fresh cache and a generator from {@link Seeds#generator(long, long...)}.
     *
     * @param problem the problem
     * @param seed the seed; the same seed gives the same result on any executor
     * @param executor runs the evaluations ({@code Runnable::run} for the calling thread only)
     * @return the best candidate, its evaluation and the convergence history
     */
    public GeneticResult search(MechanismProblem problem, long seed, Executor executor) {
        return search(new EvaluationCache(problem), Seeds.generator(seed), executor, ProgressListener.NONE);
    }

    /**
     * Searches, reusing a cache's evaluations.
     *
     * <p>The evaluation counts in the result are those this search performed (the cache's counter
     * difference), so they are smaller when the cache already holds some of the candidates; the
     * candidates found never depend on the cache's content.
     *
     * @param cache the problem's evaluation cache
     * @param random the source of every random draw of the search; used on the calling thread only
     * @param executor runs the evaluations
     * @param listener hears (generations done, most generations) after each generation, on the
     *     calling thread
     * @return the best candidate, its evaluation and the convergence history
     * @throws IllegalArgumentException if the options' objective is not one of the problem's
     */
    public GeneticResult search(EvaluationCache cache, RandomGenerator random, Executor executor, ProgressListener listener) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(listener, "listener");
        MechanismProblem problem = cache.problem();
        int objective = options.objective();
        if (objective >= problem.objectives().size()) {
            throw new IllegalArgumentException("objective " + objective + " does not exist: the problem has "
                    + problem.objectives().size() + " objectives");
        }
        Goal goal = problem.objectives().get(objective).goal();
        UnitEncoding encoding = new UnitEncoding(problem.variables());
        CachedEvaluator<ConstrainedFitness> evaluator = new CachedEvaluator<>(
                encoding, cache, executor, e -> ConstrainedFitness.of(e, objective, goal));
        Engine<DoubleGene, ConstrainedFitness> engine = new Engine.Builder<>(evaluator, encoding.factory())
                .executor(CALLING_THREAD)
                .clock(NO_CLOCK)
                .maximizing()
                .populationSize(options.populationSize())
                .offspringFraction(OFFSPRING_FRACTION)
                .maximalPhenotypeAge(Long.MAX_VALUE)
                .offspringSelector(new TournamentSelector<>(options.tournamentSize()))
                .survivorsSelector(new EliteSelector<DoubleGene, ConstrainedFitness>(
                        1, new TournamentSelector<>(options.tournamentSize())))
                .alterers(alterer(options.crossoverProbability(), options.mutationProbability(), options.mutationScale()))
                .build();
        return RandomRegistry.with(random, r -> new Run(engine, cache, encoding, goal, listener).run());
    }

    /**
     * The variation operators: line crossover (offspring on the line through both parents, which
     * follows ridges such as an active linear constraint), then intermediate crossover at half the
     * rate (each variable mixed on its own), then Gaussian creep mutation.
     */
    static <C extends Comparable<? super C>> Alterer<DoubleGene, C> alterer(double crossover, double mutation, double scale) {
        Alterer<DoubleGene, C> line = new LineCrossover<>(crossover, CROSSOVER_EXTENSION);
        Alterer<DoubleGene, C> intermediate = new IntermediateCrossover<>(crossover / 2, CROSSOVER_EXTENSION);
        Alterer<DoubleGene, C> creep = new CreepMutator<>(mutation, scale);
        return line.andThen(intermediate).andThen(creep);
    }

    /** One search's mutable state, confined to the calling thread. */
    private final class Run {
        private final Engine<DoubleGene, ConstrainedFitness> engine;
        private final EvaluationCache cache;
        private final UnitEncoding encoding;
        private final Goal goal;
        private final ProgressListener listener;
        private final long before;
        private final List<GenerationStatistics> history = new ArrayList<>();
        private Phenotype<DoubleGene, ConstrainedFitness> best;

        Run(Engine<DoubleGene, ConstrainedFitness> engine, EvaluationCache cache, UnitEncoding encoding, Goal goal,
                ProgressListener listener) {
            this.engine = engine;
            this.cache = cache;
            this.encoding = encoding;
            this.goal = goal;
            this.listener = listener;
            this.before = cache.evaluations();
        }

        GeneticResult run() {
            ISeq<Phenotype<DoubleGene, ConstrainedFitness>> population = engine.eval(engine.genotypeFactory().instances()
                    .limit(options.populationSize())
                    .map(gt -> Phenotype.<DoubleGene, ConstrainedFitness>of(gt, 1))
                    .collect(ISeq.toISeq()));
            record(0, population);
            EvolutionStart<DoubleGene, ConstrainedFitness> start = EvolutionStart.of(population, 1);
            int steady = 0;
            for (int g = 1; g <= options.generations(); g++) {
                if (used() + engine.offspringSize() > options.maxEvaluations()) {
                    break;
                }
                EvolutionResult<DoubleGene, ConstrainedFitness> result = engine.evolve(start);
                boolean improved = record(g, result.population());
                listener.advanced(g, options.generations());
                steady = improved ? 0 : steady + 1;
                if (options.steadyGenerations() > 0 && steady >= options.steadyGenerations()) {
                    break;
                }
                start = result.next();
            }
            listener.advanced(options.generations(), options.generations());
            double[] x = encoding.decode(best.genotype());
            return new GeneticResult(x, cache.evaluate(x), history, used());
        }

        private long used() {
            return cache.evaluations() - before;
        }

        /** Records a generation; whether it improved on the best so far by more than the steady tolerance. */
        private boolean record(long generation, ISeq<Phenotype<DoubleGene, ConstrainedFitness>> population) {
            ConstrainedFitness previous = best == null ? null : best.fitness();
            double sum = 0;
            int feasible = 0;
            for (Phenotype<DoubleGene, ConstrainedFitness> p : population) {
                ConstrainedFitness f = p.fitness();
                sum += goal.larger(f.larger());
                if (f.feasible()) {
                    feasible++;
                }
                if (best == null || f.compareTo(best.fitness()) > 0) {
                    best = p;
                }
            }
            ConstrainedFitness b = best.fitness();
            history.add(new GenerationStatistics(generation, goal.larger(b.larger()), b.violation(),
                    sum / population.size(), (double) feasible / population.size(), used()));
            return previous == null
                    || b.feasible() != previous.feasible()
                    || (b.feasible() ? b.larger() - previous.larger() : previous.violation() - b.violation())
                            > options.steadyTolerance();
        }
    }
}
