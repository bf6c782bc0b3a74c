package org.ecocomp.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
     */
    public static PointTask of(LoadedSweep loaded) {
        return switch (loaded.spec().target()) {
            case SweepSpec.Target.FunctionTarget f -> function(f.function());
            case SweepSpec.Target.ScenarioTarget s -> scenario(loaded.file());
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
     * The task of a scenario sweep: every worker JVM reads the sweep file (and its scenario) once, by
     * path, so the files must be readable at the same path on every worker (a shared file system, or
     * {@code local[N]}).
     *
     * @param sweepFile the sweep file
     * @return a serializable task
     */
    public static PointTask scenario(Path sweepFile) {
        return new ScenarioTask(sweepFile.toAbsolutePath().normalize().toString());
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

    /** Per worker JVM: sweep file path → the task of that sweep (its scenario read once). */
    private static final Map<String, PointTask> CACHE = new ConcurrentHashMap<>();

    /** A scenario sweep, by the path of its sweep file. */
    record ScenarioTask(String sweepFile) implements PointTask, Serializable {
        @Override
        public double[] evaluate(long point, double[] values) throws PointFailedException {
            return CACHE.computeIfAbsent(sweepFile, SparkTasks::prepare).evaluate(point, values);
        }
    }

    private static PointTask prepare(String sweepFile) {
        try {
            return SweepTasks.of(SweepFiles.read(Path.of(sweepFile)));
        } catch (InputException e) {
            throw new UncheckedIOException(new IOException("cannot read " + sweepFile + " on a Spark worker: " + e.getMessage(), e));
        }
    }
}
