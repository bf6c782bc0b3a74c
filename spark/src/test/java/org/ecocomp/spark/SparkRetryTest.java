package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.sweep.LocalExecutor;
import org.ecocomp.sweep.SweepExecutor;
import org.junit.jupiter.api.Test;

/** Spark retries a task that failed; the sweep's rows are the same as if nothing had failed. */
class SparkRetryTest {

    @Test
    void everyTaskFailsOnItsFirstAttemptAndTheSweepStillCompletesWithTheLocalRows() throws Exception {
        List<double[]> local = new ArrayList<>();
        new LocalExecutor(2).run(SparkExecutorTest.line(1000), 0, (point, values) -> new double[] {Math.sqrt(values[0])},
                (point, values, outputs) -> local.add(outputs), ProgressListener.NONE);
        List<double[]> distributed = new ArrayList<>();
        // local[2,2]: two workers, two attempts per task. Without the retry the first failure would end the job.
        try (SparkExecutor spark = new SparkExecutor("local[2,2]")) {
            spark.run(SparkExecutorTest.line(1000), 0, new FlakyRoot(), (point, values, outputs) -> distributed.add(outputs),
                    ProgressListener.NONE);
        }
        assertEquals(1000, distributed.size());
        for (int k = 0; k < local.size(); k++) {
            assertArrayEquals(local.get(k), distributed.get(k));
        }
    }

    /** √x, after throwing on every task's first attempt (as a lost executor would). */
    record FlakyRoot() implements SweepExecutor.PointTask, java.io.Serializable {
        @Override
        public double[] evaluate(long point, double[] values) {
            if (TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("first attempt of the task with point " + point);
            }
            return new double[] {Math.sqrt(values[0])};
        }
    }
}
