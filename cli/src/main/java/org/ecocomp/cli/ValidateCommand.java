package org.ecocomp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.scenario.LoadedScenario;
import org.ecocomp.io.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ecocomp validate}: checks a scenario file and its data, listing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and the data it names; list every problem as file:line:col: field: what.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenario;

    @Override
    public Integer call() throws InputException {
        LoadedScenario loaded = ScenarioFiles.read(scenario);
        if (!common.quiet) {
            var s = loaded.scenario();
            spec.commandLine().getOut().printf("%s: valid (%s, %s %d–%d, %s, %s, %s, %s)%n",
                    scenario, s.kind().name().toLowerCase(java.util.Locale.ROOT),
                    EcocompCommand.count(s.agreement().rounds().size(), "round", "rounds"), s.agreement().firstYear(), s.agreement().lastYear(),
                    EcocompCommand.count(s.agreement().rounds().stream().mapToInt(r -> r.clauses().size()).sum(), "clause", "clauses"),
                    EcocompCommand.count(s.agreement().parties().size(), "party", "parties"),
                    EcocompCommand.count(s.agreement().sections().size(), "section", "sections"),
                    EcocompCommand.count(loaded.data().samples().size(), "sample", "samples"));
        }
        return ExitCode.OK.code();
    }
}
