package org.ecocomp.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.SweepExecutor;

/**
 * Runs a sweep on Apache Spark. The point indices [from, size) are cut into slices; the driver
 * computes each slice's parameter values (cheap, and designs are not {@link Serializable}), spreads
 * them in chunks over the cluster, where the {@link Serializable} task evaluates them, collects the
 * outputs, sorts them by point and hands them to the sink in point order. The driver holds one slice
 * at a time, so memory stays bounded for any design size, and the rows are the same, bit for bit, as
 * {@link org.ecocomp.sweep.LocalExecutor}'s.
 *
 * <p>The task must be {@link Serializable}: see {@link SparkTasks} for function and scenario targets.
 * A point that fails stops the sweep after the rows before it have been delivered, as locally.
 */
public final class SparkExecutor implements SweepExecutor, AutoCloseable {

    /** Chunks per slice per unit of default parallelism. */
    static final int CHUNKS_PER_CORE = 8;

    private final JavaSparkContext context;
    private final boolean owned;

    /**
     * An executor with its own Spark context, stopped by {@link #close()}.
     *
     * @param master the Spark master, e.g. {@code local[2]} or {@code spark://host:7077}
     */
    public SparkExecutor(String master) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("ecocomp sweep")
                .set("spark.ui.enabled", "false")
                .set("spark.task.maxFailures", "1");
        this.context = new JavaSparkContext(conf);
        this.owned = true;
    }

    /**
     * An executor on an existing Spark context, which the caller stops.
     *
     * @param context the context
     */
    public SparkExecutor(JavaSparkContext context) {
        this.context = context;
        this.owned = false;
    }

    /** Parameter values of consecutive points, shipped to a worker. */
    record Input(long from, double[][] values) implements Serializable {
    }

    /** Outputs of consecutive points, or the first failure among them. */
    record Output(long from, double[][] outputs, long failedPoint, String failure) implements Serializable {
    }

    @Override
    public void run(Design design, long from, PointTask task, RowSink sink, ProgressListener listener)
            throws PointFailedException, IOException {
        if (!(task instanceof Serializable)) {
            throw new IllegalArgumentException("a Spark sweep needs a Serializable task (see SparkTasks), got " + task.getClass());
        }
        long size = design.size();
        int parallelism = Math.max(1, context.defaultParallelism());
        long slice = (long) SweepExecutor.MAX_CHUNK * CHUNKS_PER_CORE * parallelism;
        int chunk = SweepExecutor.chunk(design.size() - from, parallelism);
        for (long start = from; start < size; start += slice) {
            long end = Math.min(size, start + slice);
            List<Input> inputs = new ArrayList<>();
            for (long c = start; c < end; c += chunk) {
                int n = (int) (Math.min(end, c + chunk) - c);
                double[][] values = new double[n][];
                for (int k = 0; k < n; k++) {
                    values[k] = design.point(c + k);
                }
                inputs.add(new Input(c, values));
            }
            PointTask shipped = task;
            List<Output> outputs = new ArrayList<>(context.parallelize(inputs, Math.min(inputs.size(), parallelism * 4))
                    .map(in -> evaluate(shipped, in))
                    .collect());
            outputs.sort(Comparator.comparingLong(Output::from));
            int i = 0;
            for (Output out : outputs) {
                Input in = inputs.get(i++);
                if (in.from() != out.from()) {
                    throw new IllegalStateException("Spark returned chunk " + out.from() + " where " + in.from() + " was expected");
                }
                for (int k = 0; k < out.outputs().length; k++) {
                    sink.accept(in.from() + k, in.values()[k], out.outputs()[k]);
                }
                if (out.failure() != null) {
                    listener.advanced(in.from() + out.outputs().length, size);
                    throw new PointFailedException(out.failedPoint(), out.failure());
                }
                listener.advanced(in.from() + in.values().length, size);
            }
        }
    }

    private static Output evaluate(PointTask task, Input in) {
        double[][] values = in.values();
        double[][] outputs = new double[values.length][];
        for (int k = 0; k < values.length; k++) {
            try {
                outputs[k] = task.evaluate(in.from() + k, values[k]);
            } catch (PointFailedException e) {
                String prefix = "point " + e.point() + ": ";
                String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
                return new Output(in.from(), java.util.Arrays.copyOf(outputs, k), e.point(), message);
            }
        }
        return new Output(in.from(), outputs, -1, null);
    }

    @Override
    public void close() {
        if (owned) {
            context.stop();
        }
    }
}
