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
            spec.commandLine().getOut().printf("%s: valid (%s, %d rounds %d–%d, %d clauses, %d parties, %d sections, %d samples)%n",
                    scenario, s.kind().name().toLowerCase(java.util.Locale.ROOT), s.agreement().rounds().size(),
                    s.agreement().firstYear(), s.agreement().lastYear(),
                    s.agreement().rounds().stream().mapToInt(r -> r.clauses().size()).sum(), s.agreement().parties().size(),
                    s.agreement().sections().size(), loaded.data().samples().size());
        }
        return ExitCode.OK.code();
    }
}
