package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.io.game.GameFiles;
import org.ecocomp.io.game.SplitTables;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.random.Seeds;
import org.ecocomp.scenario.Splits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ecocomp allocate}: every cooperative solution of a characteristic function given as a table. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = {"Every cooperative solution (Shapley, nucleolus, least core, Nash bargaining, downstream incremental, claims rules) of a characteristic function given as a CSV table coalition,value (members separated by spaces or +, e.g. 'GX GD'; players upstream first for the river rules).",
                "Writes allocations.csv and core.csv."})
final class AllocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "GAME.csv", description = "The characteristic function.")
    Path gameFile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed of Shapley sampling (more than 20 players).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<game file stem>).")
    Path out;

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        CharacteristicFunction game = GameFiles.read(gameFile);
        List<Splits.Split> splits = Splits.of(game, Optional.empty(), Seeds.generator(seed));
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(gameFile));
        try (OutputDirectory dir = OutputDirectory.create(target)) {
            SplitTables.allocations(game, splits, Optional.empty()).write(dir.resolve("allocations.csv"), common.excelBom);
            SplitTables.core(game, splits).write(dir.resolve("core.csv"), common.excelBom);
            new Manifest("allocate", spec.commandLine().getParseResult().originalArgs(), List.of(gameFile), OptionalLong.of(seed),
                    OptionalLong.empty(), 1, start, Instant.now(), Map.of("players", String.join(" ", game.players())))
                    .write(dir.resolve(OutputDirectory.MANIFEST), EcocompCommand.version());
            ReportCommand.write(dir.resolve(""), common);
            dir.commit();
        }
        if (!common.quiet) {
            print(spec.commandLine().getOut(), game, splits, target);
        }
        return ExitCode.OK.code();
    }

    /** The splits as a table on the terminal. */
    static void print(PrintWriter w, CharacteristicFunction game, List<Splits.Split> splits, Path target) {
        w.printf(Locale.ROOT, "%d players, v(N) = %.6g; superadditive %s, convex %s%n", game.size(), game.grandValue(),
                game.isSuperadditive(1e-9), game.isConvex(1e-9));
        int width = splits.stream().mapToInt(s -> s.rule().length()).max().orElse(4);
        // Amounts below a billionth of the game's scale are solver round-off: shown as 0.
        double scale = 0;
        for (Splits.Split s : splits) {
            for (double a : s.amounts()) {
                scale = Math.max(scale, Math.abs(a));
            }
        }
        double noise = 1e-9 * Math.max(scale, Math.abs(game.grandValue()));
        w.printf(Locale.ROOT, "  %-" + width + "s", "rule");
        game.players().forEach(p -> w.printf(Locale.ROOT, " %14s", p));
        w.println("  in core");
        for (Splits.Split s : splits) {
            w.printf(Locale.ROOT, "  %-" + width + "s", s.rule());
            for (double a : s.amounts()) {
                w.printf(Locale.ROOT, " %14.6g", Math.abs(a) < noise ? 0.0 : a);
            }
            w.println("  " + s.inCore().map(b -> b ? "yes" : "no").orElse("-"));
        }
        w.println("results: " + target);
        w.flush();
    }
}
