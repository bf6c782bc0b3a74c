package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.ecocomp.agreement.Balance;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.quality.Sample;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.LoadedScenario;
import org.ecocomp.io.scenario.ScenarioFiles;
import org.ecocomp.economy.Standard;
import org.ecocomp.io.table.LedgerTables;
import org.ecocomp.io.table.StandardTables;
import org.ecocomp.report.chart.LedgerCharts;
import org.ecocomp.io.table.MonteCarloTables;
import org.ecocomp.report.chart.MonteCarloCharts;
import org.ecocomp.scenario.Scenario;
import org.ecocomp.scenario.ScenarioRun;
import org.ecocomp.scenario.SimulationSpec;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.Projection;
import org.ecocomp.simulation.Summary;
import org.ecocomp.simulation.YearRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ecocomp run}: settles a scenario's agreement on its data (replay) and writes the ledger. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Settle a scenario's agreement year by year on its monitoring data.",
                "Writes ledger.csv, balances.csv, indices.csv, charts and manifest.json.",
                "With simulation: {mode: monte-carlo} it projects the agreement by seeded, parallel Monte Carlo instead and writes mc-summary.csv, mc-yearly.csv, mc-clauses.csv, mc-efforts.csv and charts."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario file stem>).")
    Path out;

    @Option(names = "--no-charts", description = "Write the tables only, no charts.")
    boolean noCharts;

    @Option(names = "--monte-carlo", description = "Project the agreement by Monte Carlo with the scenario's simulation "
            + "settings, whatever its simulation.mode says.")
    boolean forceMonteCarlo;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (default: the scenario's, else 10000).")
    Integer draws;

    @Option(names = "--seed", paramLabel = "SEED", description = "Base seed of a Monte Carlo run (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--no-progress", description = "No progress bar (also off when stderr is not a terminal).")
    boolean noProgress;

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        LoadedScenario loaded = ScenarioFiles.read(scenarioFile);
        Scenario scenario = loaded.scenario();
        if (scenario.simulation().mode() == SimulationSpec.Mode.MONTE_CARLO || forceMonteCarlo) {
            if (scenario.simulation().quality().isEmpty()) {
                throw new InputException(Problem.ofFile(scenarioFile, "simulation.quality: a Monte Carlo projection needs the "
                        + "parameter file of the water-quality model; expected simulation: {quality: ../data/NAME.params.yaml}"));
            }
            return monteCarlo(loaded, start);
        }
        Ledger ledger;
        try {
            ledger = ScenarioRun.replay(scenario, loaded.data().samples());
        } catch (SettlementException e) {
            throw new InputException(Problem.ofFile(scenarioFile, e.getMessage()));
        }
        List<String> accounts = accounts(scenario, ledger);
        if (!common.quiet) {
            yearsWithoutData(scenario, loaded.data().samples()).ifPresent(years -> spec.commandLine().getErr().println(
                    "ecocomp: note: the data have no sample at the agreement's sections in " + years + "; those years settle "
                    + "as assessment.missingMonths (" + scenario.missingMonths().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + ") says"));
        }
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(scenarioFile));
        List<Path> inputs = new ArrayList<>(List.of(scenarioFile));
        inputs.addAll(scenario.dataFiles());
        try (OutputDirectory dir = OutputDirectory.create(target, inputs)) {
            LedgerTables.ledger(ledger).write(dir.resolve("ledger.csv"), common.excelBom);
            LedgerTables.balances(ledger, accounts).write(dir.resolve("balances.csv"), common.excelBom);
            LedgerTables.indices(ledger).write(dir.resolve("indices.csv"), common.excelBom);
            if (!scenario.standards().isEmpty()) {
                StandardTables.standards(scenario.standards()).write(dir.resolve("standards.csv"), common.excelBom);
            }
            if (!noCharts) {
                Path charts = dir.resolve("charts");
                java.nio.file.Files.createDirectories(charts);
                new LedgerCharts(common.theme(spec.commandLine().getErr())).write(charts, ledger, accounts);
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("scenario", scenario.name());
            facts.put("mode", "replay");
            facts.put("transfers", Integer.toString(ledger.transfers().size()));
            new Manifest("run", spec.commandLine().getParseResult().originalArgs(), inputs, OptionalLong.empty(),
                    OptionalLong.empty(), 1, start, Instant.now(), facts).write(dir.resolve(OutputDirectory.MANIFEST),
                    EcocompCommand.version());
            ReportCommand.write(dir.resolve(""), common);
            dir.commit();
        }
        if (!common.quiet) {
            summary(spec.commandLine().getOut(), scenario, ledger, accounts, target);
        }
        return ExitCode.OK.code();
    }

    private int monteCarlo(LoadedScenario loaded, Instant start) throws InputException, IOException {
        Scenario scenario = loaded.scenario();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if ((draws != null && draws < 1) || workers < 1) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(scenarioFile, "--draws and --threads must be at least 1")));
        }
        SimulationSpec sim = scenario.simulation().with(SimulationSpec.Mode.MONTE_CARLO,
                draws != null ? draws : scenario.simulation().draws(),
                seed != null ? seed : scenario.simulation().seed());
        Projection projection = ScenarioRun.projection(scenario, loaded.quality().orElseThrow());
        YearRange years = ScenarioRun.projectionYears(scenario);
        long bytes = sim.draws() * MonteCarloResult.bytesPerDraw(projection.parties().size() + 1, years.months() / 12);
        long available = Runtime.getRuntime().maxMemory() / 2;
        if (bytes > available) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(scenarioFile, String.format(Locale.ROOT,
                    "%d draws keep about %.1f GB of per-draw results, more than half of this JVM's %.1f GB; use fewer draws",
                    sim.draws(), bytes / 1e9, Runtime.getRuntime().maxMemory() / 1e9))));
        }
        ScenarioRun.Projected projected;
        try (Progress progress = Progress.start("Monte Carlo", sim.draws(), "draws", !noProgress && !common.quiet)) {
            projected = ScenarioRun.monteCarlo(projection, sim.draws(), sim.seed(), sim.bestResponseDraws(), workers, progress);
        } catch (SettlementException e) {
            throw new InputException(Problem.ofFile(scenarioFile, e.getMessage()));
        }
        Map<String, Double> efforts = projected.efforts();
        MonteCarloResult result = projected.result();
        Map<String, String> source = new LinkedHashMap<>();
        projection.parties().forEach(p -> source.put(p, projected.withoutAgreement().containsKey(p) ? "best-response" : "fixed"));
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(scenarioFile));
        List<Path> inputs = new ArrayList<>(List.of(scenarioFile, sim.quality().orElseThrow()));
        try (OutputDirectory dir = OutputDirectory.create(target, inputs)) {
            MonteCarloTables.summary(result).write(dir.resolve("mc-summary.csv"), common.excelBom);
            MonteCarloTables.yearly(result).write(dir.resolve("mc-yearly.csv"), common.excelBom);
            MonteCarloTables.clauses(result).write(dir.resolve("mc-clauses.csv"), common.excelBom);
            MonteCarloTables.efforts(efforts, source, projected.withoutAgreement()).write(dir.resolve("mc-efforts.csv"), common.excelBom);
            if (!noCharts) {
                Path charts = dir.resolve("charts");
                java.nio.file.Files.createDirectories(charts);
                new MonteCarloCharts(common.theme(spec.commandLine().getErr())).write(charts, result);
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("scenario", scenario.name());
            facts.put("mode", "monte-carlo");
            facts.put("projection_years", years.from() + "-" + years.to());
            facts.put("best_response_draws", Integer.toString(sim.bestResponseDraws()));
            new Manifest("run", spec.commandLine().getParseResult().originalArgs(), inputs, OptionalLong.of(sim.seed()),
                    OptionalLong.of(sim.draws()), workers, start, Instant.now(), facts).write(dir.resolve(OutputDirectory.MANIFEST),
                    EcocompCommand.version());
            ReportCommand.write(dir.resolve(""), common);
            dir.commit();
        }
        if (!common.quiet) {
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s: Monte Carlo, %d draws, seed %d, %d–%d%n", scenario.title(), sim.draws(), sim.seed(),
                    years.from(), years.to());
            for (int p = 0; p < result.parties().size(); p++) {
                Summary net = Summary.of(result.netTransfer(p));
                Summary welfare = Summary.of(result.welfare(p));
                w.printf(Locale.ROOT, "  %-8s effort %8.4f亿/yr  net transfer %+9.4f亿 (90%%: %+.4f … %+.4f)  welfare %+9.4f亿 ± %.4f%n",
                        result.parties().get(p), efforts.get(result.parties().get(p)) / 1e8, net.mean() / 1e8, net.p5() / 1e8,
                        net.p95() / 1e8, welfare.mean() / 1e8, welfare.standardError() / 1e8);
            }
            w.println("results: " + target);
            w.flush();
        }
        return ExitCode.OK.code();
    }

    /** The agreement's parties that appear in the ledger, in declaration order, then fund accounts. */
    private static List<String> accounts(Scenario scenario, Ledger ledger) {
        List<String> used = ledger.accounts();
        List<String> accounts = new ArrayList<>();
        scenario.agreement().parties().keySet().stream().filter(used::contains).forEach(accounts::add);
        used.stream().filter(a -> !accounts.contains(a)).forEach(accounts::add);
        return accounts;
    }

    /** The years the rounds settle in which no section of the agreement has a sample, as "2026–2030, 2032". */
    private static Optional<String> yearsWithoutData(Scenario scenario, List<Sample> samples) {
        Set<Integer> measured = new HashSet<>();
        samples.stream().filter(x -> scenario.agreement().sections().containsKey(x.section()))
                .forEach(x -> measured.add(x.time().getYear()));
        TreeSet<Integer> missing = new TreeSet<>();
        scenario.agreement().rounds().forEach(r -> {
            for (int y = r.firstYear(); y <= r.lastYear(); y++) {
                if (!measured.contains(y)) {
                    missing.add(y);
                }
            }
        });
        List<String> ranges = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int y : missing) {
            if (last != null && y != last + 1) {
                ranges.add(first.equals(last) ? first.toString() : first + "–" + last);
                first = null;
            }
            first = first == null ? y : first;
            last = y;
        }
        if (first != null) {
            ranges.add(first.equals(last) ? first.toString() : first + "–" + last);
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ranges));
    }

    private static void summary(PrintWriter out, Scenario scenario, Ledger ledger, List<String> accounts, Path target) {
        out.printf(Locale.ROOT, "%s: %s, %d–%d, %s%n", scenario.title(),
                EcocompCommand.count(scenario.agreement().rounds().size(), "round", "rounds"),
                scenario.agreement().firstYear(), scenario.agreement().lastYear(),
                EcocompCommand.count(ledger.transfers().size(), "transfer", "transfers"));
        for (String account : accounts) {
            Balance b = ledger.balance(account, OptionalInt.empty());
            out.printf(Locale.ROOT, "  %-10s paid %10.4f亿  received %10.4f亿  net %+10.4f亿%n", account, b.paid() / 1e8,
                    b.received() / 1e8, b.net() / 1e8);
        }
        if (!scenario.standards().isEmpty()) {
            double[] range = Standard.range(scenario.standards());
            out.printf(Locale.ROOT, "  compensation standards (%s): %s per year (standards.csv)%n",
                    EcocompCommand.count(scenario.standards().size(), "valuation", "valuations"), range[0] == range[1]
                            ? String.format(Locale.ROOT, "%.4f亿", range[0] / 1e8)
                            : String.format(Locale.ROOT, "%.4f亿 to %.4f亿", range[0] / 1e8, range[1] / 1e8));
        }
        out.println("results: " + target);
        out.flush();
    }
}
