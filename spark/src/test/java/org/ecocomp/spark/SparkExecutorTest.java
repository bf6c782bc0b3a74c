package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.Distribution;
import org.ecocomp.sweep.GridDesign;
import org.ecocomp.sweep.Parameter;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.SweepExecutor;
import org.junit.jupiter.api.Test;

/** The executor's contract on {@code local[2]}, where Spark makes one attempt per task. */
class SparkExecutorTest extends LocalSparkTest {

    /** n points of one parameter on a grid in (0, 1). */
    static Design line(int n) {
        return GridDesign.of(List.of(new Parameter("x", new Distribution.Uniform(0, 1))), n);
    }

    @Test
    void rowsArriveInPointOrderFromTheFirstUnfinishedPoint() throws Exception {
        List<Long> delivered = new ArrayList<>();
        Design design = line(3000);
        spark.run(design, 17, new Square(), (point, values, out) -> {
            delivered.add(point);
            assertArrayEquals(design.point(point), values);
            assertEquals(values[0] * values[0], out[0]);
        }, ProgressListener.NONE);
        assertEquals(3000 - 17, delivered.size());
        for (int k = 0; k < delivered.size(); k++) {
            assertEquals(17 + k, delivered.get(k));
        }
    }

    @Test
    void aFailedPointStopsTheSweepAfterTheRowsBeforeIt() {
        List<Long> delivered = new ArrayList<>();
        PointFailedException e = assertThrows(PointFailedException.class, () -> spark.run(line(4096), 10, new Failing(700),
                (point, values, outputs) -> delivered.add(point), ProgressListener.NONE));
        assertEquals(700, e.point());
        assertEquals("point 700: boom", e.getMessage());
        assertEquals(690, delivered.size());
        for (int k = 0; k < delivered.size(); k++) {
            assertEquals(10 + k, delivered.get(k));
        }
    }

    @Test
    void whenSparkGivesUpOnATaskItsPointsAndTheWorkersMessageAreReported() {
        IOException e = assertThrows(IOException.class, () -> spark.run(line(100), 0, new Broken(42),
                (point, values, outputs) -> { }, ProgressListener.NONE));
        Matcher m = Pattern.compile("Spark gave up on points (\\d+)–(\\d+): disk on fire at point 42 \\(Job aborted.*failed 1 times\\)")
                .matcher(e.getMessage());
        assertTrue(m.matches(), e.getMessage());
        assertTrue(Long.parseLong(m.group(1)) <= 42 && 42 <= Long.parseLong(m.group(2)), "the range must hold the point: " + e.getMessage());
    }

    @Test
    void aTaskThatCannotTravelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> spark.run(line(1), 0, (point, values) -> values,
                (point, values, outputs) -> { }, ProgressListener.NONE));
    }

    /** y = x². */
    record Square() implements SweepExecutor.PointTask, java.io.Serializable {
        @Override
        public double[] evaluate(long point, double[] values) {
            return new double[] {values[0] * values[0]};
        }
    }

    /** A point whose scenario is invalid, at one point. */
    record Failing(long at) implements SweepExecutor.PointTask, java.io.Serializable {
        @Override
        public double[] evaluate(long point, double[] values) throws PointFailedException {
            if (point == at) {
                throw new PointFailedException(point, "boom");
            }
            return values;
        }
    }

    /** A worker that breaks (not the point's fault) at one point, on every attempt. */
    record Broken(long at) implements SweepExecutor.PointTask, java.io.Serializable {
        @Override
        public double[] evaluate(long point, double[] values) {
            if (point == at) {
                throw new IllegalStateException("disk on fire at point " + point);
            }
            return values;
        }
    }
}
