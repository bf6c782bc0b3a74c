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

    /**
     * Per worker JVM: digest of a sweep's files → the task of that sweep, or why this worker cannot
     * read it (kept, so that retries fail at once with the same message). A worker JVM serves one
     * Spark application, so the map holds that application's sweeps.
     */
    private static final Map<String, Prepared> CACHE = new ConcurrentHashMap<>();

    /** The task of a sweep on this worker, or why there is none. */
    record Prepared(PointTask task, String failure) {
    }

    /** A scenario sweep: its sweep file's path and the files it reads. */
    record ScenarioTask(String sweepFile, ShippedFiles files) implements PointTask, Serializable {
        @Override
        public double[] evaluate(long point, double[] values) throws PointFailedException {
            Prepared prepared = CACHE.computeIfAbsent(files.digest(), k -> prepare(this));
            if (prepared.failure() != null) {
                throw new UncheckedIOException(new IOException(prepared.failure()));
            }
            return prepared.task().evaluate(point, values);
        }
    }

    /** The sweep read where its files are: at their own paths when this machine has them, else from copies. */
    private static Prepared prepare(ScenarioTask shipped) {
        if (shipped.files().inPlace()) {
            try {
                return new Prepared(SweepTasks.of(SweepFiles.read(Path.of(shipped.sweepFile()))), null);
            } catch (InputException e) {
                return new Prepared(null, "cannot read " + shipped.sweepFile() + " on a Spark worker: " + e.getMessage());
            }
        }
        return fromCopies(shipped, Path.of(SparkFiles.getRootDirectory()));
    }

    /**
     * The sweep read from copies of its files written under a new folder in a scratch folder; messages
     * name the driver's paths. Every file the sweep reads must be among the copies: one named by an
     * absolute path would be read from this machine's disk, which may hold another version.
     *
     * @param shipped the task as shipped
     * @param scratch where to make the folder (relative to the working directory if relative)
     * @return the task, or why it cannot be read here
     */
    static Prepared fromCopies(ScenarioTask shipped, Path scratch) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(scratch.toAbsolutePath().normalize(), "ecocomp-sweep-");
            shipped.files().writeUnder(folder);
            LoadedSweep loaded = SweepFiles.read(ShippedFiles.under(folder, shipped.sweepFile()));
            for (Path f : loaded.files()) {
                if (!f.toAbsolutePath().normalize().startsWith(folder)) {
                    ShippedFiles.delete(folder);
                    return new Prepared(null, "cannot read " + shipped.sweepFile() + " on a Spark worker that lacks the driver's files: "
                            + "it names " + f + " by an absolute path; name it relative to the file that names it, or put the "
                            + "files at the same path on every worker");
                }
            }
            PointTask task = SweepTasks.of(loaded);
            Path copies = folder;
            return new Prepared((point, values) -> {
                try {
                    return task.evaluate(point, values);
                } catch (PointFailedException e) {
                    throw new PointFailedException(point, shipped.files().onTheDriver(copies, e.reason()));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(shipped.files().onTheDriver(copies, String.valueOf(e.getMessage())), e);
                }
            }, null);
        } catch (InputException e) {
            ShippedFiles.delete(folder);
            return new Prepared(null, "cannot read " + shipped.sweepFile() + " on a Spark worker: "
                    + shipped.files().onTheDriver(folder, e.getMessage()));
        } catch (IOException e) {
            if (folder != null) {
                ShippedFiles.delete(folder);
            }
            return new Prepared(null, "cannot copy the files of " + shipped.sweepFile() + " on a Spark worker: " + e.getMessage());
        }
    }
}
