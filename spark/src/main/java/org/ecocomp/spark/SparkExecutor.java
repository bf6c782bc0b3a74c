package org.ecocomp.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
     * An executor with its own Spark context, stopped by {@link #close()}. Settings given to
     * {@code spark-submit} (application name, UI, task retries: {@code spark.task.maxFailures}, or
     * {@code local[N,F]}) are kept; only the master is set here.
     *
     * @param master the Spark master, e.g. {@code local[2]}, {@code local[2,3]} (3 attempts per task)
     *               or {@code spark://host:7077}
     */
    public SparkExecutor(String master) {
        SparkConf conf = new SparkConf().setMaster(master)
                .setIfMissing("spark.app.name", "ecocomp sweep")
                .setIfMissing("spark.ui.enabled", "false");
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

    /**
     * Parameter values of consecutive points, shipped to a worker. A class, not a record: it travels
     * with the cluster's {@code spark.serializer}, and Kryo cannot rebuild records.
     */
    static final class Input implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long from;
        private final double[][] values;

        Input(long from, double[][] values) {
            this.from = from;
            this.values = values;
        }

        long from() {
            return from;
        }

        double[][] values() {
            return values;
        }
    }

    /** Outputs of consecutive points, or the first failure among them (a class, as {@link Input}). */
    static final class Output implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long from;
        private final double[][] outputs;
        private final long failedPoint;
        private final String failure;

        Output(long from, double[][] outputs, long failedPoint, String failure) {
            this.from = from;
            this.outputs = outputs;
            this.failedPoint = failedPoint;
            this.failure = failure;
        }

        long from() {
            return from;
        }

        double[][] outputs() {
            return outputs;
        }

        long failedPoint() {
            return failedPoint;
        }

        String failure() {
            return failure;
        }
    }

    @Override
    public void run(Design design, long from, PointTask task, RowSink sink, ProgressListener listener)
            throws PointFailedException, IOException {
        if (!(task instanceof Serializable)) {
            throw new IllegalArgumentException("a Spark sweep needs a Serializable task (see SparkTasks), got " + task.getClass());
        }
        SharedTask shared = SharedTask.of(context, task);
        try {
            runShared(design, from, shared, sink, listener);
        } catch (PointFailedException | IOException | RuntimeException e) {
            try {
                shared.destroy();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        shared.destroy();
    }

    private void runShared(Design design, long from, SharedTask task, RowSink sink, ProgressListener listener)
            throws PointFailedException, IOException {
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
            List<Output> outputs = collect(task, inputs, parallelism);
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

    /**
     * Evaluates the chunks on the cluster. A task that throws is retried by Spark (as many attempts as
     * the master or {@code spark.task.maxFailures} allow); when Spark gives up, the points of the
     * chunk and the worker's own message are reported, not an executor's stack trace.
     */
    private List<Output> collect(SharedTask task, List<Input> inputs, int parallelism) throws IOException {
        try {
            return new ArrayList<>(context.parallelize(inputs, Math.min(inputs.size(), parallelism * 4))
                    .map(in -> evaluate(task.task(), in))
                    .collect());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // SparkException: checked, but thrown undeclared from Scala.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ChunkFailedException chunk) {
                    throw new IOException("Spark gave up on " + chunk.getMessage() + " (" + summary(e) + ")", e);
                }
            }
            throw new IOException("Spark failed: " + summary(e), e);
        }
    }

    /** The first line of Spark's message, which says which task failed how many times. */
    private static String summary(Exception e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(", most recent failure");
        return (cut > 0 ? message.substring(0, cut) : message.lines().findFirst().orElse(message)).strip();
    }

    /** An unexpected failure while a worker evaluated a chunk: retried by Spark, named by its points. */
    static final class ChunkFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChunkFailedException(long from, int size, RuntimeException cause) {
            super("points " + from + "–" + (from + size - 1) + ": " + cause.getMessage(), cause);
        }
    }

    private static Output evaluate(PointTask task, Input in) {
        double[][] values = in.values();
        double[][] outputs = new double[values.length][];
        for (int k = 0; k < values.length; k++) {
            try {
                outputs[k] = task.evaluate(in.from() + k, values[k]);
            } catch (RuntimeException e) {
                throw new ChunkFailedException(in.from(), values.length, e);
            } catch (PointFailedException e) {
                return new Output(in.from(), Arrays.copyOf(outputs, k), e.point(), e.reason());
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
