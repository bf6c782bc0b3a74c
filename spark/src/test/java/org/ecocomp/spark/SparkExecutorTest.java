package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecocomp.io.sweep.LoadedSweep;
import org.ecocomp.io.sweep.SweepFiles;
import org.ecocomp.io.sweep.SweepLog;
import org.ecocomp.io.sweep.SweepTables;
import org.ecocomp.random.Seeds;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.LocalExecutor;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.SweepAnalysis;
import org.ecocomp.sweep.SweepExecutor;
import org.ecocomp.sweep.SweepSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkExecutorTest {

    /** As SweepCommand's DESIGN_STREAM and BOOTSTRAP_STREAM. */
    private static final long DESIGN_STREAM = 1;
    private static final long BOOTSTRAP_STREAM = 2;

    private static SparkExecutor spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = new SparkExecutor("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("scenarios/sweeps"))) {
            p = p.getParent();
        }
        return p;
    }

    /** Runs a sweep file as the command line does, with the given executor and task; returns the folder. */
    private Path sweep(Path file, SweepExecutor executor, SweepExecutor.PointTask task, String name) throws Exception {
        LoadedSweep loaded = SweepFiles.read(file);
        SweepSpec sweep = loaded.spec();
        Design design = sweep.design().build(sweep.designParameters(), Seeds.generator(sweep.seed(), DESIGN_STREAM));
        List<String> names = sweep.parameters().stream().map(p -> p.parameter().name()).toList();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(names);
        header.addAll(sweep.outputs());
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path log = dir.resolve("sweep.csv");
        try (SweepLog sweepLog = SweepLog.open(log, header, false)) {
            executor.run(design, 0, task, sweepLog::append, ProgressListener.NONE);
        }
        double[][] columns = SweepLog.columns(log, design.size(), names.size() + sweep.outputs().size());
        double[][] values = Arrays.copyOfRange(columns, 0, names.size());
        double[][] results = Arrays.copyOfRange(columns, names.size(), columns.length);
        SweepAnalysis analysis = SweepAnalysis.of(sweep, design, values, results, Seeds.generator(sweep.seed(), BOOTSTRAP_STREAM));
        SweepTables.sensitivity(analysis).write(dir.resolve("sensitivity.csv"), false);
        return dir;
    }

    private static void assertSameFiles(Path local, Path distributed) throws Exception {
        for (String f : List.of("sweep.csv", "sensitivity.csv")) {
            byte[] a = Files.readAllBytes(local.resolve(f));
            byte[] b = Files.readAllBytes(distributed.resolve(f));
            assertTrue(a.length > 100, f + " is nearly empty");
            assertArrayEquals(a, b, f + " differs between the local and the Spark executor");
        }
    }

    @Test
    void anIshigamiSweepOnSparkGivesTheLocalFilesByteForByte() throws Exception {
        String text = Files.readString(repo().resolve("scenarios/sweeps/ishigami.yaml"), StandardCharsets.UTF_8)
                .replace("n: 8192", "n: 512").replace("bootstrap: 1000", "bootstrap: 100");
        assertTrue(text.contains("n: 512"));
        Path file = Files.writeString(tmp.resolve("ishigami.yaml"), text, StandardCharsets.UTF_8);
        LoadedSweep loaded = SweepFiles.read(file);
        var f = ((SweepSpec.Target.FunctionTarget) loaded.spec().target()).function();
        // The local task exactly as SweepCommand builds it.
        Path local = sweep(file, new LocalExecutor(3), (point, values) -> new double[] {f.applyAsDouble(values)}, "local");
        Path distributed = sweep(file, spark, SparkTasks.of(loaded), "spark");
        assertEquals(512 * (3 * 2 + 2) + 1, Files.readAllLines(local.resolve("sweep.csv")).size());
        assertSameFiles(local, distributed);
    }

    @Test
    void aScenarioSweepOnSparkGivesTheLocalFilesByteForByte() throws Exception {
        Path file = repo().resolve("scenarios/sweeps/xijiang.yaml");
        LoadedSweep loaded = SweepFiles.read(file);
        Path local = sweep(file, new LocalExecutor(3), SparkTasks.scenario(file), "local");
        Path distributed = sweep(file, spark, SparkTasks.of(loaded), "spark");
        assertSameFiles(local, distributed);
    }

    @Test
    void aFailedPointStopsTheSweepAfterTheRowsBeforeIt() throws Exception {
        String text = Files.readString(repo().resolve("scenarios/sweeps/ishigami.yaml"), StandardCharsets.UTF_8)
                .replace("n: 8192", "n: 512");
        LoadedSweep loaded = SweepFiles.read(Files.writeString(tmp.resolve("i.yaml"), text, StandardCharsets.UTF_8));
        SweepSpec sweep = loaded.spec();
        Design design = sweep.design().build(sweep.designParameters(), Seeds.generator(sweep.seed(), DESIGN_STREAM));
        List<Long> delivered = new ArrayList<>();
        PointFailedException e = assertThrows(PointFailedException.class, () -> spark.run(design, 10, new Failing(700),
                (point, values, outputs) -> delivered.add(point), ProgressListener.NONE));
        assertEquals(700, e.point());
        assertEquals("point 700: boom", e.getMessage());
        assertEquals(690, delivered.size());
        for (int k = 0; k < delivered.size(); k++) {
            assertEquals(10 + k, delivered.get(k));
        }
    }

    @Test
    void aTaskThatCannotTravelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> spark.run(null, 0, (point, values) -> values,
                (point, values, outputs) -> { }, ProgressListener.NONE));
    }

    /** Fails at one point. */
    record Failing(long at) implements SweepExecutor.PointTask, java.io.Serializable {
        @Override
        public double[] evaluate(long point, double[] values) throws PointFailedException {
            if (point == at) {
                throw new PointFailedException(point, "boom");
            }
            return values;
        }
    }
}
