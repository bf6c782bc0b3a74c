package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
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

/**
 * Many clusters set {@code spark.serializer} to Kryo, which carries the chunks and the broadcast
 * task: a sweep on such a context gives the local executor's rows.
 */
class KryoSerializerTest {

    private static List<double[]> rows(SweepExecutor executor, Design design, SweepExecutor.PointTask task) throws Exception {
        List<double[]> rows = new ArrayList<>();
        executor.run(design, 0, task, (point, values, out) -> {
            double[] row = new double[1 + out.length];
            row[0] = point;
            System.arraycopy(out, 0, row, 1, out.length);
            rows.add(row);
        }, ProgressListener.NONE);
        return rows;
    }

    @Test
    void aScenarioSweepOnAKryoContextGivesTheLocalRows() throws Exception {
        LoadedSweep loaded = SweepFiles.read(SparkSweepCommandTest.repo().resolve("scenarios/sweeps/xijiang.yaml"));
        Design design = GridDesign.of(loaded.spec().designParameters(), 3);
        List<double[]> local = rows(new LocalExecutor(1), design, SweepTasks.of(loaded));
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("kryo test").set("spark.ui.enabled", "false")
                .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        JavaSparkContext context = new JavaSparkContext(conf);
        try {
            SparkExecutor spark = new SparkExecutor(context);
            List<double[]> remote = rows(spark, design, SparkTasks.of(loaded));
            assertEquals(27, local.size());
            assertEquals(local.size(), remote.size());
            for (int i = 0; i < local.size(); i++) {
                assertArrayEquals(local.get(i), remote.get(i), "row " + i);
            }
            // A failing point comes back through Kryo too, with its number, after the rows before it.
            List<double[]> before = new ArrayList<>();
            PointFailedException e = assertThrows(PointFailedException.class, () -> spark.run(SparkExecutorTest.line(40), 0,
                    new SparkExecutorTest.Failing(23), (point, values, out) -> before.add(out), ProgressListener.NONE));
            assertEquals(23, e.point());
            assertEquals("point 23: boom", e.getMessage());
            assertEquals(23, before.size());
        } finally {
            context.stop();
        }
    }
}
