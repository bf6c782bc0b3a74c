package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.basin.Party;
import org.ecocomp.game.evolution.PayoffMatrix;
import org.ecocomp.game.evolution.ReplicatorDynamics;
import org.ecocomp.io.game.SplitTables;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.LoadedScenario;
import org.ecocomp.io.game.OptimizeTables;
import org.ecocomp.io.scenario.ScenarioTemplate;
import org.ecocomp.optimize.DecisionVariable;
import org.ecocomp.optimize.Evaluation;
import org.ecocomp.optimize.EvaluationFunction;
import org.ecocomp.optimize.GeneticOptions;
import org.ecocomp.optimize.GeneticResult;
import org.ecocomp.optimize.GeneticSearch;
import org.ecocomp.optimize.Goal;
import org.ecocomp.optimize.MechanismProblem;
import org.ecocomp.optimize.Objective;
import org.ecocomp.optimize.ParetoOptions;
import org.ecocomp.optimize.ParetoResult;
import org.ecocomp.optimize.ParetoSearch;
import org.ecocomp.random.Seeds;
import org.ecocomp.report.chart.OptimizeCharts;
import org.ecocomp.report.chart.OptimizeResults;
import org.ecocomp.scenario.OptimizeSpec;
import org.ecocomp.scenario.Scenario;
import org.ecocomp.scenario.ScenarioGame;
import org.ecocomp.scenario.ScenarioRun;
import org.ecocomp.scenario.Splits;
import org.ecocomp.simulation.BestResponse;
import org.ecocomp.simulation.MonteCarlo;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.simulation.Projection;
import org.ecocomp.simulation.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ecocomp optimize}: how should payments be split? The scenario's cooperative game and every
 * split rule side by side, the Stackelberg transfer the downstream province would set, the
 * evolutionary game of protecting and compensating, and a genetic search for better agreements.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Payment-split solutions (Shapley, nucleolus, core, Nash bargaining, claims and river rules), Stackelberg, evolutionary game, and GA mechanism design for a scenario with economics (economy: and simulation.quality).",
                "Writes allocations.csv, core.csv, stackelberg.csv, equilibria.csv, pareto.csv, evolution.csv, best.yaml, charts."})
final class OptimizeCommand implements Callable<Integer> {

    /** Starting points per side of the phase portrait's grid. */
    static final int PORTRAIT_GRID = 7;
    /** Time span of each phase-portrait trajectory, in years × 亿元 (payoffs are scaled to 亿元). */
    static final double PORTRAIT_DURATION = 20;
    /** Samples per trajectory. */
    static final int PORTRAIT_STEPS = 200;

    /** Stream index of the evaluations' common draws. */
    static final long EVALUATION_STREAM = 11;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file with economy: and simulation.quality.")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario stem>-optimize).")
    Path out;

    @Option(names = "--seed", paramLabel = "SEED", description = "Base seed (default: the scenario's simulation seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--draws", paramLabel = "N", description = "Draws per evaluation (default: optimize.draws, else 100).")
    Integer draws;

    @Option(names = "--no-charts", description = "Write the tables only, no charts.")
    boolean noCharts;

    @Option(names = "--no-progress", description = "No progress bar (also off when stderr is not a terminal).")
    boolean noProgress;

    /** The parties the strategic analyses are about. */
    private record Roles(String upstream, String downstream) {
    }

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        ScenarioTemplate template = ScenarioTemplate.load(scenarioFile);
        LoadedScenario loaded = template.base();
        Scenario scenario = loaded.scenario();
        if (loaded.quality().isEmpty() || scenario.economy().isEmpty()) {
            throw new InputException(Problem.ofFile(scenarioFile, "optimize needs the scenario's economics: economy.parties and "
                    + "simulation.quality (see docs/monte-carlo.md)"));
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long base = seed != null ? seed : scenario.simulation().seed();
        int n = draws != null ? draws : scenario.optimize().map(OptimizeSpec::draws).orElse(100);
        if (n < 1 || workers < 1) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(scenarioFile, "--draws and --threads must be at least 1")));
        }
        long common = Seeds.derive(base, EVALUATION_STREAM);
        Projection projection = ScenarioRun.projection(scenario, loaded.quality().get());
        Roles roles = roles(scenario);
        ScenarioGame game;
        List<Splits.Split> splits;
        List<double[]> leaderRows = new ArrayList<>();
        int chosen;
        PayoffMatrix payoffs;
        try (Progress progress = Progress.start("coalitions", (1L << playerCount(scenario)) - 1, "coalitions",
                !noProgress && !this.common.quiet)) {
            game = ScenarioGame.of(projection, n, common, workers, progress);
            double[] costs = new double[game.game().size()];
            int years = ScenarioRun.projectionYears(scenario).to() - ScenarioRun.projectionYears(scenario).from() + 1;
            for (int i = 0; i < costs.length; i++) {
                String p = game.game().players().get(i);
                costs[i] = years * scenario.economy().getOrDefault(p, org.ecocomp.economy.PartyEconomy.none(p))
                        .cost(game.cooperativeEfforts().getOrDefault(p, 0.0));
            }
            splits = Splits.of(game.game(), Optional.of(costs), Optional.empty(), Seeds.generator(base, EVALUATION_STREAM));
            chosen = stackelberg(template, scenario, roles, n, common, workers, leaderRows);
            payoffs = payoffs(projection, roles, game, n, common, workers);
        } catch (SettlementException e) {
            throw new InputException(Problem.ofFile(scenarioFile, e.getMessage()));
        }
        ReplicatorDynamics dynamics = new ReplicatorDynamics(payoffs.scaled(1e8));
        Optional<Design> design = Optional.empty();
        if (scenario.optimize().isPresent()) {
            design = Optional.of(design(template, scenario, scenario.optimize().get(), game, roles, n, common, base, workers));
        }
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(scenarioFile) + "-optimize");
        try (OutputDirectory dir = OutputDirectory.create(target, template.files())) {
            SplitTables.allocations(game.game(), splits, Optional.of(game.cooperativeWelfare())).write(dir.resolve("allocations.csv"), this.common.excelBom);
            SplitTables.core(game.game(), splits).write(dir.resolve("core.csv"), this.common.excelBom);
            if (!leaderRows.isEmpty()) {
                SplitTables.stackelberg(leaderPath(scenario).orElseThrow(), leaderRows, chosen).write(dir.resolve("stackelberg.csv"), this.common.excelBom);
            }
            SplitTables.equilibria(dynamics.equilibria()).write(dir.resolve("equilibria.csv"), this.common.excelBom);
            if (design.isPresent()) {
                Design d = design.get();
                OptimizeTables.evolution(d.single().history()).write(dir.resolve("evolution.csv"), this.common.excelBom);
                OptimizeTables.pareto(d.variables(), d.objectives(), d.pareto().front(), d.current())
                        .write(dir.resolve("pareto.csv"), this.common.excelBom);
                java.nio.file.Files.writeString(dir.resolve("best.yaml"), template.rewrite(d.best(), dir.target().getParent()
                        .resolve(dir.target().getFileName()), "the best agreement ecocomp optimize found for " + scenarioFile.getFileName()
                        + " (objective " + d.objectives().getFirst().name() + ", seed " + base + ")"));
            }
            if (!noCharts) {
                OptimizeResults results = OptimizeResults.of(game.game().players(), splits)
                        .withPhasePortrait(dynamics.phasePortrait(PORTRAIT_GRID, PORTRAIT_DURATION, PORTRAIT_STEPS));
                if (design.isPresent()) {
                    Design d = design.get();
                    results = results.withDesign(d.objectives(), d.single().history(), d.pareto().front(), d.current());
                }
                Path charts = dir.resolve("charts");
                java.nio.file.Files.createDirectories(charts);
                new OptimizeCharts(this.common.theme(spec.commandLine().getErr())).write(charts, results);
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("upstream", roles.upstream());
            facts.put("downstream", roles.downstream());
            facts.put("draws_per_evaluation", Integer.toString(n));
            new Manifest("optimize", spec.commandLine().getParseResult().originalArgs(), List.of(scenarioFile),
                    OptionalLong.of(base), OptionalLong.of(n), workers, start, Instant.now(), facts)
                    .write(dir.resolve(OutputDirectory.MANIFEST), EcocompCommand.version());
            ReportCommand.write(dir.resolve(""), this.common);
            dir.commit();
        }
        if (!this.common.quiet) {
            PrintWriter w = spec.commandLine().getOut();
            AllocateCommand.print(w, game.game(), splits, target);
        }
        return ExitCode.OK.code();
    }

    /**
     * A genetic search's results.
     *
     * @param variables the decision variables
     * @param objectives the objectives
     * @param single the single-objective search (first objective, with constraints)
     * @param pareto the NSGA-II front
     * @param current the current agreement's evaluation
     * @param best path → value of the best agreement found
     */
    private record Design(List<DecisionVariable> variables, List<Objective> objectives, GeneticResult single, ParetoResult pareto,
                          Evaluation current, Map<String, Double> best) {
    }

    /** A candidate whose scenario could not be built or settled. */
    private static final class CandidateFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InputException cause;

        CandidateFailed(InputException cause) {
            super(cause.getMessage());
            this.cause = cause;
        }
    }

    /**
     * Genetic mechanism design: the single-objective search on the first objective with the
     * participation and budget constraints, and an NSGA-II front over all objectives. Every candidate
     * is valued on the same draws (common random numbers).
     */
    private Design design(ScenarioTemplate template, Scenario scenario, OptimizeSpec spec, ScenarioGame game, Roles roles, int n,
                          long common, long base, int workers) throws InputException {
        List<DecisionVariable> variables = new ArrayList<>();
        for (int k = 0; k < spec.variables().size(); k++) {
            OptimizeSpec.Variable v = spec.variables().get(k);
            variables.add(new DecisionVariable(v.path(), v.low(), v.high()));
        }
        List<Objective> objectives = spec.objectives().stream()
                .map(o -> new Objective(o.code(), o.maximise() ? Goal.MAXIMISE : Goal.MINIMISE)).toList();
        double[] shapley = org.ecocomp.game.ShapleyValue.exact(game.game());
        List<String> players = game.game().players();
        double[] disagreement = new double[players.size()];
        for (int i = 0; i < disagreement.length; i++) {
            disagreement[i] = game.game().value(1 << i);
        }
        List<String> constraints = new ArrayList<>();
        players.forEach(p -> constraints.add("participation " + p));
        constraints.add("central budget");
        double[] baseBudget = {Double.NaN};
        EvaluationFunction f = x -> {
            Map<String, Double> changes = new LinkedHashMap<>();
            for (int k = 0; k < x.length; k++) {
                changes.put(variables.get(k).name(), x[k]);
            }
            try {
                LoadedScenario variant = template.with(changes);
                Projection p = ScenarioRun.projection(variant.scenario(), variant.quality().orElseThrow());
                Map<String, Double> efforts = new BestResponse(n, common, 1).efforts(p);
                MonteCarloResult r = new MonteCarlo(p).run(n, common, 1, efforts, ProgressListener.NONE);
                double[] welfare = new double[r.parties().size()];
                for (int i = 0; i < welfare.length; i++) {
                    welfare[i] = Summary.of(r.welfare(i)).mean();
                }
                int central = r.parties().indexOf(Party.CENTRAL);
                double budget = central < 0 ? 0 : -Summary.of(r.netTransfer(central)).mean();
                double[] values = new double[spec.objectives().size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = switch (spec.objectives().get(k)) {
                        case JOINT_WELFARE -> java.util.Arrays.stream(welfare).sum();
                        case WATER_QUALITY -> Summary.of(r.waterQuality()).mean();
                        case FAIRNESS -> {
                            double d = 0;
                            for (int i = 0; i < players.size(); i++) {
                                double gap = welfare[r.parties().indexOf(players.get(i))] - shapley[i];
                                d += gap * gap;
                            }
                            yield Math.sqrt(d);
                        }
                        case UPSTREAM_RISK -> upstreamRisk(r, roles.upstream());
                        case CENTRAL_BUDGET -> budget;
                    };
                }
                double[] violations = new double[constraints.size()];
                for (int i = 0; i < players.size(); i++) {
                    violations[i] = disagreement[i] - welfare[r.parties().indexOf(players.get(i))];
                }
                violations[players.size()] = Double.isNaN(baseBudget[0]) ? 0 : budget - baseBudget[0];
                return new Evaluation(values, violations);
            } catch (InputException e) {
                throw new CandidateFailed(e);
            } catch (SettlementException e) {
                throw new CandidateFailed(new InputException(Problem.ofFile(scenarioFile, e.getMessage())));
            }
        };
        double[] current = new double[variables.size()];
        for (int k = 0; k < current.length; k++) {
            current[k] = template.number(variables.get(k).name());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            Evaluation now = f.evaluate(current);
            int budgetIndex = spec.objectives().indexOf(OptimizeSpec.Objective.CENTRAL_BUDGET);
            baseBudget[0] = budgetIndex >= 0 ? now.objectives()[budgetIndex] : Double.NaN;
            MechanismProblem problem = new MechanismProblem(variables, objectives, constraints, f);
            GeneticResult single = new GeneticSearch(new GeneticOptions(spec.population(), spec.generations(), 0, 0.0, Long.MAX_VALUE,
                    0.7, 0.5, 0.2, 2, 0)).search(problem, Seeds.derive(base, 21), pool);
            ParetoResult pareto = new ParetoSearch(new ParetoOptions(spec.population(), spec.generations(), Long.MAX_VALUE, 0.9, 0.2, 0.1,
                    Math.max(1, spec.population()), 2 * Math.max(1, spec.population()), List.of()))
                    .search(problem, Seeds.derive(base, 22), pool);
            Map<String, Double> best = new LinkedHashMap<>();
            for (int k = 0; k < variables.size(); k++) {
                best.put(variables.get(k).name(), single.x()[k]);
            }
            return new Design(variables, objectives, single, pareto, now, best);
        } catch (CandidateFailed e) {
            throw e.cause;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The probability, over draws and years, that the upstream province is a net payer in a year. */
    private static double upstreamRisk(MonteCarloResult r, String upstream) {
        int p = r.parties().indexOf(upstream);
        long pays = 0;
        long cells = 0;
        for (int y = 0; y < r.years().length; y++) {
            for (double v : r.netTransfer(p, y)) {
                pays += v < 0 ? 1 : 0;
                cells++;
            }
        }
        return (double) pays / cells;
    }

    private static int playerCount(Scenario scenario) {
        return (int) scenario.agreement().parties().keySet().stream().filter(p -> !p.equals(Party.CENTRAL)).count();
    }

    /** The upstream province (the first that abates) and the downstream one (the first that values water). */
    private Roles roles(Scenario scenario) throws InputException {
        Optional<String> up = scenario.economy().values().stream().filter(e -> e.abatement().isPresent()).map(e -> e.party()).findFirst();
        Optional<String> down = scenario.economy().values().stream().filter(e -> e.benefit().isPresent() && !e.party().equals(up.orElse("")))
                .map(e -> e.party()).findFirst();
        if (up.isEmpty() || down.isEmpty()) {
            throw new InputException(Problem.ofFile(scenarioFile, "optimize needs an upstream province with economy.parties.*.abatement "
                    + "and a downstream one with economy.parties.*.benefit"));
        }
        return new Roles(up.get(), down.get());
    }

    /** The leader's instrument: optimize.leader, else the first decision variable. */
    private static Optional<String> leaderPath(Scenario scenario) {
        return scenario.optimize().flatMap(o -> o.leader().map(OptimizeSpec.Leader::path)
                .or(() -> Optional.of(o.variables().getFirst().path())));
    }

    /**
     * Stackelberg: the downstream province sets the instrument; the upstream province best-responds;
     * the leader picks the value that maximises its own expected welfare.
     *
     * @return the index of the leader's choice, or −1 when the scenario names no instrument
     */
    private int stackelberg(ScenarioTemplate template, Scenario scenario, Roles roles, int n, long common, int workers,
                            List<double[]> rows) throws InputException, SettlementException {
        Optional<OptimizeSpec> o = scenario.optimize();
        if (o.isEmpty()) {
            return -1;
        }
        OptimizeSpec.Leader leader = o.get().leader().orElseGet(() -> {
            OptimizeSpec.Variable v = o.get().variables().getFirst();
            return new OptimizeSpec.Leader(v.path(), v.low(), v.high(), 11);
        });
        int best = 0;
        for (int k = 0; k < leader.steps(); k++) {
            double value = leader.low() + (leader.high() - leader.low()) * k / (leader.steps() - 1);
            LoadedScenario variant = template.with(Map.of(leader.path(), value));
            Projection p = ScenarioRun.projection(variant.scenario(), variant.quality().orElseThrow());
            Map<String, Double> efforts = new BestResponse(n, common, workers).efforts(p);
            MonteCarloResult r = new MonteCarlo(p).run(n, common, workers, efforts, ProgressListener.NONE);
            double leaderWelfare = Summary.of(r.welfare(r.parties().indexOf(roles.downstream()))).mean();
            double followerWelfare = Summary.of(r.welfare(r.parties().indexOf(roles.upstream()))).mean();
            rows.add(new double[] {value, efforts.getOrDefault(roles.upstream(), 0.0), leaderWelfare, followerWelfare});
            if (leaderWelfare > rows.get(best)[2]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The 2×2 game of the literature from the scenario's own economics: the upstream province protects
     * (its cooperative effort) or not (no effort); the downstream province compensates (the agreement
     * is in force) or not (no agreement); each cell is the parties' expected welfare per year.
     */
    private static PayoffMatrix payoffs(Projection projection, Roles roles, ScenarioGame game, int n, long common, int workers)
            throws SettlementException {
        Projection none = projection.withAgreement(ScenarioRun.withoutClauses(projection.agreement()));
        double protect = game.cooperativeEfforts().getOrDefault(roles.upstream(), 0.0);
        int years = projection.quality().years().to() - projection.quality().years().from() + 1;
        double[][] cells = new double[4][];
        int k = 0;
        for (double effort : new double[] {protect, 0.0}) {
            for (Projection world : List.of(projection, none)) {
                Map<String, Double> efforts = new LinkedHashMap<>();
                projection.parties().forEach(p -> efforts.put(p, 0.0));
                efforts.put(roles.upstream(), effort);
                MonteCarloResult r = new MonteCarlo(world).run(n, common, workers, efforts, ProgressListener.NONE);
                cells[k++] = new double[] {Summary.of(r.welfare(r.parties().indexOf(roles.upstream()))).mean() / years,
                        Summary.of(r.welfare(r.parties().indexOf(roles.downstream()))).mean() / years};
            }
        }
        return new PayoffMatrix(cells[0][0], cells[1][0], cells[2][0], cells[3][0], cells[0][1], cells[1][1], cells[2][1], cells[3][1]);
    }
}
