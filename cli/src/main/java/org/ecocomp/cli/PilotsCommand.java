package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.ScenarioFiles;
import org.ecocomp.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ecocomp pilots}: lists the bundled pilot scenarios with one line each. */
@Command(name = "pilots", mixinStandardHelpOptions = true,
        description = "List the bundled pilot and design scenarios (scenarios/pilots/) with one line each.")
final class PilotsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder of the scenarios (default: scenarios/pilots of the ecocomp installation).")
    Path dir;

    @Override
    public Integer call() throws InputException, IOException {
        Path folder = dir != null ? dir : Path.of(System.getProperty("ecocomp.home", "."), "scenarios", "pilots");
        if (!Files.isDirectory(folder)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(folder, "no such folder")));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            Scenario sc = ScenarioFiles.read(f).scenario();
            Path shown = Path.of("").toAbsolutePath().relativize(f.toAbsolutePath().normalize());
            out.printf("%-42s %-7s %d–%d  %s%n", shown, sc.kind().name().toLowerCase(java.util.Locale.ROOT),
                    sc.agreement().firstYear(), sc.agreement().lastYear(), sc.title());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
