package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecocomp.cli.EcocompCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ecocomp sweep --engine spark} against {@code --engine local}, in-process through the command line a
 * user runs: the result folders hold the same design, rows, indices and charts, byte for byte.
 */
class SparkSweepCommandTest {

    @TempDir
    Path tmp;

    /** Exit code and error output of one run. */
    record Run(int code, String err) {
    }

    static Run ecocomp(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EcocompCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), err.toString());
    }

    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("scenarios/sweeps"))) {
            p = p.getParent();
        }
        return p;
    }

    /** Every file of a result folder except those that name how it was run (manifest, report, workbook). */
    static List<Path> results(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !List.of("manifest.json", "report.html", "results.xlsx").contains(p.toString()))
                    .sorted().toList();
        }
    }

    static void assertSameResults(Path local, Path spark, String master) throws Exception {
        List<Path> files = results(local);
        assertEquals(files, results(spark));
        assertTrue(files.containsAll(List.of(Path.of("design.csv"), Path.of("sweep.csv"), Path.of("sensitivity.csv"))), files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f + " differs");
        }
        assertTrue(Files.readString(spark.resolve("manifest.json")).contains("\"engine\" : \"spark " + master + "\""),
                Files.readString(spark.resolve("manifest.json")));
    }

    @Test
    void anIshigamiSweepOnSparkWritesTheLocalFiles() throws Exception {
        String text = Files.readString(repo().resolve("scenarios/sweeps/ishigami.yaml"), StandardCharsets.UTF_8)
                .replace("n: 8192", "n: 512").replace("bootstrap: 1000", "bootstrap: 100");
        assertTrue(text.contains("n: 512") && text.contains("bootstrap: 100}"), "the bundled Ishigami sweep changed");
        Path file = Files.writeString(tmp.resolve("ishigami.yaml"), text, StandardCharsets.UTF_8);
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        assertEquals(0, ecocomp("sweep", file.toString(), "--out", local.toString(), "--no-progress", "--threads", "3").code());
        assertEquals(0, ecocomp("sweep", file.toString(), "--out", spark.toString(), "--no-progress",
                "--engine", "spark", "--master", "local[2]").code());
        assertEquals(512 * (3 * 2 + 2) + 1, Files.readAllLines(local.resolve("sweep.csv")).size());
        assertSameResults(local, spark, "local[2]");
    }

    @Test
    void aScenarioSweepOnSparkWritesTheLocalFiles() throws Exception {
        String file = repo().resolve("scenarios/sweeps/xijiang.yaml").toString();
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        assertEquals(0, ecocomp("sweep", file, "--out", local.toString(), "--no-progress").code());
        assertEquals(0, ecocomp("sweep", file, "--out", spark.toString(), "--no-progress", "--engine", "spark",
                "--master", "local[2]").code());
        assertSameResults(local, spark, "local[2]");
    }

    @Test
    void aMasterWithoutTheSparkEngineIsAUsageErrorThatWritesNothing() {
        Path out = tmp.resolve("o");
        Run r = ecocomp("sweep", repo().resolve("scenarios/sweeps/ishigami.yaml").toString(), "--out", out.toString(),
                "--master", "local[2]");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--master is for --engine spark"), r.err());
        assertFalse(Files.exists(out));
    }
}
