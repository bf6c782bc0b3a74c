package org.ecocomp.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.sweep.LoadedSweep;
import org.ecocomp.io.sweep.SweepFiles;
import org.ecocomp.io.sweep.SweepTasks;
import org.ecocomp.sweep.Ishigami;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.ReferenceFunction;
import org.ecocomp.sweep.SobolG;
import org.ecocomp.sweep.SweepExecutor.PointTask;
import org.ecocomp.sweep.SweepSpec;

/**
 * Serializable point tasks for {@link SparkExecutor}: what a worker needs to evaluate a sweep's
 * points, rebuilt there from plain data (the model's functions and io's scenario template are not
 * {@link Serializable}).
 */
public final class SparkTasks {


    private SparkTasks() {
    }

    /**
     * The task of a sweep file: its function, or its scenario.
     *
     * @param loaded the sweep, read on the driver
     * @return a serializable task
     * @throws IOException when a file the sweep read can no longer be read
     */
    public static PointTask of(LoadedSweep loaded) throws IOException {
        return switch (loaded.spec().target()) {
            case SweepSpec.Target.FunctionTarget f -> function(f.function());
            case SweepSpec.Target.ScenarioTarget s -> scenario(loaded);
        };
    }

    /**
     * The task of a reference function: its single output y.
     *
     * @param function the function
     * @return a serializable task that rebuilds the function from its coefficients
     */
    public static PointTask function(ReferenceFunction function) {
        return switch (function) {
            case Ishigami i -> new FunctionTask(0, new double[] {i.a(), i.b()});
            case SobolG g -> new FunctionTask(1, g.a().stream().mapToDouble(Double::doubleValue).toArray());
        };
    }

    /**
     * The task of a scenario sweep: the sweep file and every file its scenario reads travel with the
     * task ({@link ShippedFiles}); each worker JVM rebuilds the sweep from them once.
     *
     * @param loaded the sweep, read on the driver
     * @return a serializable task
     * @throws IOException when a file the sweep read can no longer be read
     */
    public static PointTask scenario(LoadedSweep loaded) throws IOException {
        return new ScenarioTask(loaded.file().toAbsolutePath().normalize().toString(), ShippedFiles.read(loaded.files()));
    }

    /** A reference function by kind (0 Ishigami, 1 Sobol' G) and coefficients. */
    record FunctionTask(int kind, double[] coefficients) implements PointTask, Serializable {
        @Override
        public double[] evaluate(long point, double[] values) {
            return new double[] {function().applyAsDouble(values)};
        }

        ReferenceFunction function() {
            return switch (kind) {
                case 0 -> new Ishigami(coefficients[0], coefficients[1]);
                case 1 -> new SobolG(java.util.Arrays.stream(coefficients).boxed().toList());
                default -> throw new IllegalStateException("unknown function kind " + kind);
            };
        }
    }

    /** Per worker JVM: digest of a sweep's files → the task of that sweep (its files read once). */
    private static final Map<String, PointTask> CACHE = new ConcurrentHashMap<>();

    /** A scenario sweep: its sweep file's path and the files it reads. */
    record ScenarioTask(String sweepFile, ShippedFiles files) implements PointTask, Serializable {
        @Override
        public double[] evaluate(long point, double[] values) throws PointFailedException {
            return CACHE.computeIfAbsent(files.digest(), k -> prepare(this)).evaluate(point, values);
        }
    }

    /**
     * The sweep read where its files are: at their own paths when this machine has them, else from
     * copies under a folder of Spark's, with that folder taken out of the messages again.
     */
    private static PointTask prepare(ScenarioTask shipped) {
        String sweepFile = shipped.sweepFile();
        if (shipped.files().inPlace()) {
            return read(Path.of(sweepFile), sweepFile, "");
        }
        Path root;
        try {
            root = Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "ecocomp-sweep-");
            shipped.files().writeUnder(root);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot copy the files of " + sweepFile + " on a Spark worker: "
                    + e.getMessage(), e));
        }
        String prefix = root.toString();
        PointTask task = read(ShippedFiles.under(root, sweepFile), sweepFile, prefix);
        return (point, values) -> {
            try {
                return task.evaluate(point, values);
            } catch (PointFailedException e) {
                throw new PointFailedException(point, e.reason().replace(prefix, ""));
            }
        };
    }

    /** The task of the sweep file at a path; messages name the files without the copies' folder. */
    private static PointTask read(Path file, String sweepFile, String copies) {
        try {
            return SweepTasks.of(SweepFiles.read(file));
        } catch (InputException e) {
            String message = copies.isEmpty() ? e.getMessage() : e.getMessage().replace(copies, "");
            throw new UncheckedIOException(new IOException("cannot read " + sweepFile + " on a Spark worker: " + message, e));
        }
    }
}
