package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ecocomp.io.sweep.LoadedSweep;
import org.ecocomp.io.sweep.SweepFiles;
import org.ecocomp.io.sweep.SweepTasks;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.GridDesign;
import org.ecocomp.sweep.LocalExecutor;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.SweepExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario sweep's files travel with its task: a worker that does not have them (here: they are
 * deleted after the driver read them) evaluates the points from the shipped copies, with the same
 * outputs and the same messages as where the files are.
 */
class ShippedFilesTest extends LocalSparkTest {

    @TempDir
    Path tmp;

    /** Copies bundled files (paths relative to the repository) under tmp, keeping their folders. */
    private Path copy(String... files) throws IOException {
        Path root = tmp.resolve("copy");
        for (String f : files) {
            Path target = root.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(SparkSweepCommandTest.repo().resolve(f), target);
        }
        return root;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Rows of a run: point, values, outputs; and the failure, if any. */
    private record Rows(List<double[]> rows, String failure) {
    }

    private static Rows rows(SweepExecutor executor, Design design, SweepExecutor.PointTask task) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try {
            executor.run(design, 0, task, (point, values, out) -> {
                double[] row = new double[1 + values.length + out.length];
                row[0] = point;
                System.arraycopy(values, 0, row, 1, values.length);
                System.arraycopy(out, 0, row, 1 + values.length, out.length);
                rows.add(row);
            }, ProgressListener.NONE);
            return new Rows(rows, null);
        } catch (PointFailedException e) {
            return new Rows(rows, e.getMessage());
        }
    }

    @Test
    void theFilesAreTheSweepTheScenarioItsDataAndItsQualityModel() throws Exception {
        Path root = copy("scenarios/sweeps/xijiang.yaml", "scenarios/pilots/xijiang.yaml", "scenarios/data/xijiang.csv",
                "scenarios/data/xijiang.params.yaml");
        LoadedSweep loaded = SweepFiles.read(root.resolve("scenarios/sweeps/xijiang.yaml"));
        // scenarios/pilots/xijiang.yaml names data.files [../data/xijiang.csv] and simulation.quality
        // ../data/xijiang.params.yaml.
        List<Path> expected = List.of(root.resolve("scenarios/sweeps/xijiang.yaml"), root.resolve("scenarios/pilots/xijiang.yaml"),
                root.resolve("scenarios/data/xijiang.csv"), root.resolve("scenarios/data/xijiang.params.yaml"));
        assertEquals(expected, loaded.files().stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    @Test
    void aWorkerWithoutTheFilesGivesTheSameRowsFromTheShippedCopies() throws Exception {
        Path root = copy("scenarios/sweeps/xijiang.yaml", "scenarios/pilots/xijiang.yaml", "scenarios/data/xijiang.csv",
                "scenarios/data/xijiang.params.yaml");
        LoadedSweep loaded = SweepFiles.read(root.resolve("scenarios/sweeps/xijiang.yaml"));
        Design design = GridDesign.of(loaded.spec().designParameters(), 3);
        Rows local = rows(new LocalExecutor(1), design, SweepTasks.of(loaded));
        SweepExecutor.PointTask shipped = SparkTasks.of(loaded);
        delete(root);
        Rows remote = rows(spark, design, shipped);
        assertEquals(null, local.failure());
        assertEquals(null, remote.failure());
        assertEquals(27, local.rows().size());
        assertEquals(local.rows().size(), remote.rows().size());
        for (int i = 0; i < local.rows().size(); i++) {
            assertArrayEquals(local.rows().get(i), remote.rows().get(i), "row " + i);
        }
    }

    @Test
    void anInvalidPointIsReportedWithTheDriversPathsNotTheCopies() throws Exception {
        Path root = copy("scenarios/pilots/jiuzhou.yaml", "scenarios/data/jiuzhou.csv", "scenarios/data/jiuzhou.params.yaml");
        Path sweep = badStakeSweep(root.resolve("scenarios"), "pilots/jiuzhou.yaml");
        LoadedSweep loaded = SweepFiles.read(sweep);
        // Grid levels at the strata midpoints: stakes -0.6, 0.2, 1.0, 1.8, 2.6; only point 0 is negative.
        Design design = GridDesign.of(loaded.spec().designParameters(), 5);
        Rows local = rows(new LocalExecutor(1), design, SweepTasks.of(loaded));
        SweepExecutor.PointTask shipped = SparkTasks.of(loaded);
        delete(root);
        Rows remote = rows(spark, design, shipped);
        assertTrue(local.failure() != null && local.failure().startsWith("point 0: "), local.failure());
        assertTrue(local.failure().contains(root.resolve("scenarios/pilots/jiuzhou.yaml").toAbsolutePath().toString()), local.failure());
        assertEquals(local.failure(), remote.failure());
        assertFalse(remote.failure().contains("ecocomp-sweep-"), remote.failure());
    }

    /** A sweep of jiuzhou's first stake over [-1, 3]: negative stakes are invalid points. */
    static Path badStakeSweep(Path folder, String scenario) throws IOException {
        return Files.writeString(folder.resolve("bad.yaml"), """
                ecocomp-sweep: 1
                scenario: %s
                mode: replay
                design: {method: random, size: 8}
                parameters:
                  - {name: stake, path: "rounds[0].clauses[gd-pays-1].stake", uniform: [-1, 3]}
                outputs: [GX.net_transfer]
                """.formatted(scenario), StandardCharsets.UTF_8);
    }

    @Test
    void copiesInAScratchFolderGivenRelativelyStillGiveTheDriversPaths() throws Exception {
        // A Spark executor's scratch folder is "." (its working folder): relative to the working directory.
        Path root = copy("scenarios/pilots/jiuzhou.yaml", "scenarios/data/jiuzhou.csv", "scenarios/data/jiuzhou.params.yaml");
        LoadedSweep loaded = SweepFiles.read(badStakeSweep(root.resolve("scenarios"), "pilots/jiuzhou.yaml"));
        Design design = GridDesign.of(loaded.spec().designParameters(), 5);
        Rows local = rows(new LocalExecutor(1), design, SweepTasks.of(loaded));
        SparkTasks.ScenarioTask shipped = (SparkTasks.ScenarioTask) SparkTasks.of(loaded);
        delete(root);
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        SparkTasks.Prepared copied = SparkTasks.fromCopies(shipped, Path.of("").toAbsolutePath().relativize(scratch));
        assertEquals(null, copied.failure());
        PointFailedException e = assertThrows(PointFailedException.class, () -> copied.task().evaluate(0, design.point(0)));
        assertEquals(local.failure(), e.getMessage());
        assertTrue(e.getMessage().contains(root.resolve("scenarios/pilots/jiuzhou.yaml").toString()), e.getMessage());
    }

    @Test
    void aWorkerWithoutTheFilesRefusesAScenarioNamedByAnAbsolutePath() throws Exception {
        Path root = copy("scenarios/pilots/jiuzhou.yaml", "scenarios/data/jiuzhou.csv", "scenarios/data/jiuzhou.params.yaml");
        Path scenario = root.resolve("scenarios/pilots/jiuzhou.yaml").toAbsolutePath();
        LoadedSweep loaded = SweepFiles.read(badStakeSweep(root.resolve("scenarios"), scenario.toString()));
        SparkTasks.ScenarioTask shipped = (SparkTasks.ScenarioTask) SparkTasks.of(loaded);
        // The sweep file is gone from this machine, the scenario is still at its absolute path: read
        // from the copies, the sweep would reach past them to the machine's own scenario file.
        Files.delete(root.resolve("scenarios/bad.yaml"));
        SparkTasks.Prepared copied = SparkTasks.fromCopies(shipped, Files.createDirectories(tmp.resolve("scratch")));
        assertEquals(null, copied.task());
        assertTrue(copied.failure().contains("it names " + scenario + " by an absolute path"), copied.failure());
        try (Stream<Path> left = Files.list(tmp.resolve("scratch"))) {
            assertEquals(0, left.count(), "the copies of a sweep that cannot be read are deleted");
        }
    }

    @Test
    void aWorkerThatCannotReadTheShippedSweepSaysWhichFile() throws Exception {
        Path root = copy("scenarios/sweeps/xijiang.yaml", "scenarios/pilots/xijiang.yaml", "scenarios/data/xijiang.csv",
                "scenarios/data/xijiang.params.yaml");
        LoadedSweep loaded = SweepFiles.read(root.resolve("scenarios/sweeps/xijiang.yaml"));
        Files.writeString(root.resolve("scenarios/pilots/xijiang.yaml"), "ecocomp-scenario: 1\n", StandardCharsets.UTF_8);
        // The scenario changed between the driver's read and the shipping: the copies are what the
        // driver ships now, and the worker finds them invalid.
        SweepExecutor.PointTask shipped = SparkTasks.of(loaded);
        delete(root);
        IOException e = assertThrows(IOException.class, () -> rows(spark, GridDesign.of(loaded.spec().designParameters(), 2), shipped));
        assertTrue(e.getMessage().contains("cannot read " + root.resolve("scenarios/sweeps/xijiang.yaml").toAbsolutePath()), e.getMessage());
        assertFalse(e.getMessage().contains("ecocomp-sweep-"), e.getMessage());
    }
}
