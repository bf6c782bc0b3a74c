package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecocomp.io.sweep.SweepFiles;
import org.ecocomp.io.sweep.SweepFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code ecocomp sweep}: analytic answers, thread invariance, kill-and-resume. */
class SweepCommandTest {

    @TempDir
    Path dir;

    private Path sweep(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static final String ISHIGAMI = """
            ecocomp-sweep: 1
            function: {ishigami: {a: 7, b: 0.1}}
            design: {method: sobol, n: %d, bootstrap: 200}
            seed: 3
            """;

    @Test
    void theBundledIshigamiSweepFindsTheAnalyticIndices() throws IOException {
        Path out = dir.resolve("ish");
        Cli.Run r = Cli.run("sweep", "../scenarios/sweeps/ishigami.yaml", "--out", out.toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        // Analytic Ishigami (a = 7, b = 0.1) indices (Ishigami & Homma 1990; Saltelli et al. 2008):
        // S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437. Each must lie in its bootstrap interval.
        List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
        double[][] expected = {{0.3139, 0.5576}, {0.4424, 0.4424}, {0.0, 0.2437}};
        for (int p = 0; p < 3; p++) {
            for (int k = 0; k < 2; k++) {
                String prefix = "y,x" + (p + 1) + ",sobol," + (k == 0 ? "S1" : "ST") + ",";
                String line = lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
                String[] c = line.split(",");
                double low = Double.parseDouble(c[5]);
                double high = Double.parseDouble(c[6]);
                assertTrue(low <= expected[p][k] && expected[p][k] <= high, line);
            }
        }
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles() throws IOException {
        Path spec = sweep("s.yaml", ISHIGAMI.formatted(512));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Cli.run("sweep", spec.toString(), "--out", a.toString(), "--threads", "1", "--no-charts").code());
        assertEquals(0, Cli.run("sweep", spec.toString(), "--out", b.toString(), "--threads", "2", "--no-charts").code());
        for (String f : List.of("design.csv", "sweep.csv", "sensitivity.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void aLineCutByACrashIsRedoneOnResume() throws Exception {
        Path spec = sweep("s.yaml", ISHIGAMI.formatted(256));
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", spec.toString(), "--out", whole.toString(), "--no-charts").code());
        byte[] full = Files.readAllBytes(whole.resolve("sweep.csv"));
        // What a crash leaves: the first 100 points and half of the 101st line, in the partial folder.
        Path out = dir.resolve("cut");
        Path partial = dir.resolve(".cut.partial");
        interruptedSweep(spec, partial);
        String text = new String(full, java.nio.charset.StandardCharsets.UTF_8);
        int end = 0;
        for (int line = 0; line < 102; line++) {
            end = text.indexOf('\n', end) + 1;
        }
        Files.writeString(partial.resolve("sweep.csv"), text.substring(0, end - 7));
        assertEquals(73, Cli.run("sweep", spec.toString(), "--out", out.toString(), "--no-charts").code(),
                "an interrupted sweep is not overwritten without --resume");
        Cli.Run r = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resumed after 100"), r.out());
        assertArrayEquals(full, Files.readAllBytes(out.resolve("sweep.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("sensitivity.csv")), Files.readAllBytes(out.resolve("sensitivity.csv")));
        assertFalse(Files.exists(partial));
    }

    /** What the start of an interrupted sweep leaves: its partial folder with the sweep's fingerprint. */
    private static void interruptedSweep(Path spec, Path partial) throws Exception {
        Files.createDirectories(partial);
        SweepFingerprint.of(SweepFiles.read(spec)).keepIn(partial, spec);
    }

    private static final String THREE_PARAMETERS = """
            ecocomp-sweep: 1
            function: {ishigami: {a: 7, b: 0.1}}
            design: {method: random, size: 64}
            seed: 3
            parameters:
              - {name: x1, uniform: [-3, 3]}
              - {name: x2, uniform: [%s]}
              - {name: x3, uniform: [-3, 3]}
            """;

    @Test
    void resumeRefusesASweepWhoseDesignWasEdited() throws Exception {
        Path spec = sweep("s.yaml", THREE_PARAMETERS.formatted("-3, 3"));
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", spec.toString(), "--out", whole.toString(), "--no-charts").code());
        List<String> lines = Files.readAllLines(whole.resolve("sweep.csv"));
        Path out = dir.resolve("cut");
        Path partial = dir.resolve(".cut.partial");
        interruptedSweep(spec, partial);
        Files.write(partial.resolve("sweep.csv"), lines.subList(0, 11));
        // Same names and columns, another distribution: the 10 finished points are of the old design.
        sweep("s.yaml", THREE_PARAMETERS.formatted("0, 1"));
        Cli.Run r = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().contains(spec + ": this sweep is not the interrupted one in " + partial), r.err());
        assertTrue(r.err().contains("parameters[1] differs from the interrupted sweep's: was x2 Uniform[low=-3.0, high=3.0], "
                + "now x2 Uniform[low=0.0, high=1.0]"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(lines.subList(0, 11), Files.readAllLines(partial.resolve("sweep.csv")));
        // The seed alone is refused too, and so is an interrupted sweep that kept no fingerprint.
        sweep("s.yaml", THREE_PARAMETERS.formatted("-3, 3").replace("seed: 3", "seed: 4"));
        Cli.Run seed = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(65, seed.code(), seed.err());
        assertTrue(seed.err().contains("seed differs from the interrupted sweep's: was 3, now 4"), seed.err());
        Files.delete(partial.resolve(SweepFingerprint.FILE));
        Cli.Run none = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(65, none.code(), none.err());
        assertTrue(none.err().contains("cannot be checked to be this sweep"), none.err());
        // Back to the original sweep file, resume continues.
        sweep("s.yaml", THREE_PARAMETERS.formatted("-3, 3"));
        Files.delete(partial.resolve("sweep.csv"));
        interruptedSweep(spec, partial);
        Files.write(partial.resolve("sweep.csv"), lines.subList(0, 11));
        Cli.Run resumed = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(lines, Files.readAllLines(out.resolve("sweep.csv")));
        assertFalse(Files.exists(out.resolve(SweepFingerprint.FILE)), "the fingerprint is not part of the result");
    }

    @Test
    void resumeReportsANonNumericValueInTheInterruptedLogAndLeavesItAlone() throws Exception {
        Path spec = sweep("s.yaml", THREE_PARAMETERS.formatted("-3, 3"));
        Path partial = dir.resolve(".cut.partial");
        interruptedSweep(spec, partial);
        Path log = partial.resolve("sweep.csv");
        Files.writeString(log, "point,x1,x2,x3,y\n0,1,2,3,4\n1,1,2,3,4\n2,1,two,3,4\n3,1,2");
        byte[] before = Files.readAllBytes(log);
        Cli.Run r = Cli.run("sweep", spec.toString(), "--out", dir.resolve("cut").toString(), "--resume", "--no-charts");
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().contains(log + ":4:5: x2: 'two' is not a number"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertArrayEquals(before, Files.readAllBytes(log));
        try (var files = Files.list(partial)) {
            assertEquals(2, files.count(), "the fingerprint and sweep.csv only: no design.csv was written");
        }
    }

    @Test
    void designsThatCannotBeBuiltOrAreTooLargeAreLocatedAndWriteNothing() throws IOException {
        String[][] cases = {
                {"{method: morris, trajectories: 2, levels: 1}", "", ":3:", "design.levels: p = 1"},
                {"{method: tornado, percent: -10}", "", ":3:", "design.percent: '-10' is not a positive percentage"},
                {"{method: grid, levels: 100000}", "", ":3:", "design: 1,000,000,000,000,000 points"},
                {"{method: morris, trajectories: 2, levels: 4}",
                        "parameters:\n  - {name: a, uniform: [0, 1]}\n  - {name: a, uniform: [0, 1]}\n", ":7:",
                        "parameters[1].name: 'a' already names parameters[0]"}};
        for (String[] c : cases) {
            Path spec = sweep("bad.yaml", ISHIGAMI.formatted(512).replace("{method: sobol, n: 512, bootstrap: 200}", c[0]) + c[1]);
            Cli.Run r = Cli.run("sweep", spec.toString(), "--out", dir.resolve("o").toString(), "--no-charts");
            assertEquals(65, r.code(), r.err());
            assertTrue(r.err().contains(spec + c[2]) && r.err().contains(c[3]), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "only the sweep file: no output or partial folder");
            }
        }
    }

    /**
     * Kills a real sweep process with SIGKILL at several moments and resumes it each time: the final
     * files equal an uninterrupted run's.
     */
    @Test
    void aSweepKilledWithSigkillAndResumedGivesTheSameFiles() throws Exception {
        Path spec = sweep("s.yaml", ISHIGAMI.formatted(8192));
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", spec.toString(), "--out", whole.toString(), "--no-charts").code());
        Path out = dir.resolve("killed");
        Path log = dir.resolve(".killed.partial").resolve("sweep.csv");
        int kills = 0;
        for (long threshold : new long[] {1, 200_000, 900_000, 2_000_000}) {
            Process p = sweepProcess(spec, out);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && (!Files.exists(log) || Files.size(log) < threshold) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (p.isAlive()) {
                p.destroyForcibly();     // SIGKILL on Linux
                p.waitFor();
                kills++;
            }
        }
        Process last = sweepProcess(spec, out);
        assertEquals(0, last.waitFor(), new String(last.getErrorStream().readAllBytes()));
        assertTrue(kills > 0, "at least one run was killed mid-way");
        for (String f : List.of("design.csv", "sweep.csv", "sensitivity.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    private static Process sweepProcess(Path spec, Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", EcocompCommand.class.getName(),
                "sweep", spec.toString(), "--out", out.toString(), "--resume", "--no-charts", "--quiet"));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aScenarioSweepReplaysEveryPointAndAPointThatBreaksTheScenarioIsNamed() throws IOException {
        Path out = dir.resolve("xj");
        Cli.Run r = Cli.run("sweep", "../scenarios/sweeps/xijiang.yaml", "--out", out.toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertEquals(256 * 5 + 1, Files.readAllLines(out.resolve("sweep.csv")).size());
        // The manifest records every file the sweep read: the sweep, its scenario, and what the
        // scenario names (data.files [../data/xijiang.csv], simulation.quality ../data/xijiang.params.yaml).
        List<String> inputs = new ArrayList<>();
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("inputs")
                .forEach(i -> inputs.add(Path.of(i.get("path").asText()).toAbsolutePath().normalize().toString()));
        Path scenarios = Path.of("../scenarios").toAbsolutePath().normalize();
        assertEquals(List.of("sweeps/xijiang.yaml", "pilots/xijiang.yaml", "data/xijiang.csv", "data/xijiang.params.yaml").stream()
                .map(f -> scenarios.resolve(f).toString()).toList(), inputs);
        Path bad = sweep("bad.yaml", """
                ecocomp-sweep: 1
                scenario: %s
                mode: replay
                design: {method: random, size: 4}
                parameters:
                  - {name: stake, path: "rounds[0].clauses[gd-pays-1].stake", uniform: [-2, -1]}
                outputs: [GX.net_transfer]
                """.formatted(Path.of("../scenarios/pilots/jiuzhou.yaml").toAbsolutePath()));
        Cli.Run b = Cli.run("sweep", bad.toString(), "--out", dir.resolve("bad").toString(), "--no-charts");
        assertEquals(65, b.code());
        assertTrue(b.err().contains("point 0:"), b.err());
        assertFalse(b.err().contains("Exception"), b.err());
    }

    @Test
    void badSweepFilesAreLocated() throws IOException {
        Path s = sweep("s.yaml", """
                ecocomp-sweep: 1
                scenario: %s
                design: {method: sobol, n: 1000}
                parameters:
                  - {name: stake, path: "rounds[0].clauses[nope].stake", uniform: [1, 2]}
                outputs: [XX.net_transfer]
                """.formatted(Path.of("../scenarios/pilots/jiuzhou.yaml").toAbsolutePath()));
        Cli.Run r = Cli.run("sweep", s.toString(), "--out", dir.resolve("o").toString());
        assertEquals(65, r.code());
        assertTrue(r.err().contains(s + ":3:"), r.err());
        assertTrue(r.err().contains("use 512 or 1024"), r.err());
        assertTrue(r.err().contains("parameters[0].path: 'rounds[0].clauses[nope].stake'"), r.err());
        assertTrue(r.err().contains("outputs[0]: unknown output 'XX.net_transfer'"), r.err());
    }

    @Test
    void aPathToATextFieldIsLocatedInTheSweepFile() throws IOException {
        Path s = sweep("text.yaml", """
                ecocomp-sweep: 1
                scenario: %s
                design: {method: random, size: 4}
                parameters:
                  - {name: name, path: "parties[0].name", uniform: [1, 2]}
                outputs: [GX.net_transfer]
                """.formatted(Path.of("../scenarios/pilots/jiuzhou.yaml").toAbsolutePath()));
        Cli.Run r = Cli.run("sweep", s.toString(), "--out", dir.resolve("o").toString());
        assertEquals(65, r.code());
        assertTrue(r.err().contains(s + ":5:"), r.err());
        assertTrue(r.err().contains("'parties[0].name' names the text '广西壮族自治区', not a number or an amount"), r.err());
    }

    @Test
    void sparkWithoutTheSparkModuleIsAUsageErrorThatWritesNothing() throws IOException {
        Path spec = sweep("s.yaml", ISHIGAMI.formatted(256));
        Cli.Run r = Cli.run("sweep", spec.toString(), "--engine", "spark", "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--engine spark needs the spark module"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the sweep file: no output or partial folder");
        }
        assertEquals(2, Cli.run("sweep", spec.toString(), "--engine", "hadoop").code());
    }
}
