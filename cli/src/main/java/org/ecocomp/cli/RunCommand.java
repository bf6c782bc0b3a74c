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
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.ecocomp.agreement.Balance;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Settlement;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.LoadedScenario;
import org.ecocomp.io.scenario.ScenarioFiles;
import org.ecocomp.io.table.LedgerTables;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.report.chart.LedgerCharts;
import org.ecocomp.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ecocomp run}: settles a scenario's agreement on its data (replay) and writes the ledger. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Settle a scenario's agreement year by year on its monitoring data.",
                "Writes ledger.csv, balances.csv, indices.csv, charts and manifest.json."})
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

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        LoadedScenario loaded = ScenarioFiles.read(scenarioFile);
        Scenario scenario = loaded.scenario();
        MonitoringRecord record = new MonitoringRecord(loaded.data().samples(), scenario.annualMean());
        Ledger ledger;
        try {
            ledger = new Settlement(scenario.agreement(), record, scenario.missingMonths()).settle();
        } catch (SettlementException e) {
            throw new InputException(Problem.ofFile(scenarioFile, e.getMessage()));
        }
        List<String> accounts = accounts(scenario, ledger);
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(scenarioFile));
        try (OutputDirectory dir = OutputDirectory.create(target)) {
            LedgerTables.ledger(ledger).write(dir.resolve("ledger.csv"), false);
            LedgerTables.balances(ledger, accounts).write(dir.resolve("balances.csv"), false);
            LedgerTables.indices(ledger).write(dir.resolve("indices.csv"), false);
            if (!noCharts) {
                Path charts = dir.resolve("charts");
                java.nio.file.Files.createDirectories(charts);
                new LedgerCharts(common.theme(spec.commandLine().getErr())).write(charts, ledger, accounts);
            }
            List<Path> inputs = new ArrayList<>(List.of(scenarioFile));
            inputs.addAll(scenario.dataFiles());
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("scenario", scenario.name());
            facts.put("mode", "replay");
            facts.put("transfers", Integer.toString(ledger.transfers().size()));
            new Manifest("run", spec.commandLine().getParseResult().originalArgs(), inputs, OptionalLong.empty(),
                    OptionalLong.empty(), 1, start, Instant.now(), facts).write(dir.resolve(OutputDirectory.MANIFEST),
                    EcocompCommand.version());
            dir.commit();
        }
        if (!common.quiet) {
            summary(spec.commandLine().getOut(), scenario, ledger, accounts, target);
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

    private static void summary(PrintWriter out, Scenario scenario, Ledger ledger, List<String> accounts, Path target) {
        out.printf(Locale.ROOT, "%s: %d rounds, %d–%d, %d transfers%n", scenario.title(), scenario.agreement().rounds().size(),
                scenario.agreement().firstYear(), scenario.agreement().lastYear(), ledger.transfers().size());
        for (String account : accounts) {
            Balance b = ledger.balance(account, OptionalInt.empty());
            out.printf(Locale.ROOT, "  %-10s paid %10.4f亿  received %10.4f亿  net %+10.4f亿%n", account, b.paid() / 1e8,
                    b.received() / 1e8, b.net() / 1e8);
        }
        out.println("results: " + target);
        out.flush();
    }
}
