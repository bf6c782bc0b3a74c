package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.io.game.GameFiles;
import org.ecocomp.io.game.SplitTables;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.Money;
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
                "With --costs, also the river cost-sharing rules (Ni–Wang local responsibility and upstream equal sharing, upstream responsibility) of the players' cleaning costs; with --weights, asymmetric Nash bargaining.",
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

    @Option(names = "--weights", split = ",", paramLabel = "PLAYER=W",
            description = "Bargaining weights of the Nash solution, e.g. GX=2,GD=1 (positive; players not named weigh 1).")
    Map<String, String> weights;

    @Option(names = "--costs", split = ",", paramLabel = "PLAYER=MONEY",
            description = "Cleaning cost of each player's river segment, every player named, e.g. GX=6000万,GD=2亿.")
    Map<String, String> costs;

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        CharacteristicFunction game = GameFiles.read(gameFile);
        List<Problem> problems = new ArrayList<>();
        Optional<double[]> cleaningCosts = perPlayer(game, costs, "--costs", true, problems);
        Optional<double[]> bargainingWeights = perPlayer(game, weights, "--weights", false, problems);
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.USAGE, problems);
        }
        List<Splits.Split> splits = Splits.of(game, cleaningCosts, bargainingWeights, Seeds.generator(seed));
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(gameFile));
        try (OutputDirectory dir = OutputDirectory.create(target, List.of(gameFile))) {
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

    /**
     * A value per player from an option's PLAYER=VALUE pairs, in the game's player order: money for
     * costs (every player named, not negative), a positive number for weights (1 when not named).
     * What is wrong goes to {@code problems}.
     */
    private static Optional<double[]> perPlayer(CharacteristicFunction game, Map<String, String> given, String option,
                                                boolean money, List<Problem> problems) {
        if (given == null) {
            return Optional.empty();
        }
        double[] out = new double[game.size()];
        for (int i = 0; i < out.length; i++) {
            String player = game.players().get(i);
            String text = given.get(player);
            if (text == null) {
                if (money) {
                    problems.add(usage(option, "no cleaning cost for " + player + "; name every player: "
                            + String.join(", ", game.players())));
                }
                out[i] = 1;
                continue;
            }
            OptionalDouble v = money ? Money.parse(text) : number(text);
            if (v.isEmpty() || !Double.isFinite(v.getAsDouble()) || (money ? v.getAsDouble() < 0 : v.getAsDouble() <= 0)) {
                problems.add(usage(option, player + "=" + text + " is not " + (money
                        ? "money (e.g. 6000万, 2亿, 1.5e8 yuan; not negative)" : "a positive number")));
            }
            out[i] = v.orElse(1);
        }
        for (String player : given.keySet()) {
            if (!game.players().contains(player)) {
                problems.add(usage(option, "unknown player '" + player + "'; the game's players are "
                        + String.join(", ", game.players())));
            }
        }
        return Optional.of(out);
    }

    private static OptionalDouble number(String text) {
        try {
            return OptionalDouble.of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Problem usage(String option, String message) {
        return new Problem(Path.of("ecocomp allocate"), 0, 0, option, message);
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
