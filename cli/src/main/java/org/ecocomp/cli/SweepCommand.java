package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.sweep.LoadedSweep;
import org.ecocomp.io.sweep.SweepFiles;
import org.ecocomp.io.sweep.SweepFingerprint;
import org.ecocomp.io.sweep.SweepLog;
import org.ecocomp.io.sweep.SweepTables;
import org.ecocomp.io.sweep.SweepTasks;
import org.ecocomp.random.Seeds;
import org.ecocomp.report.chart.SweepCharts;
import org.ecocomp.sweep.BadDesignException;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.LocalExecutor;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.SweepAnalysis;
import org.ecocomp.sweep.SweepExecutor;
import org.ecocomp.sweep.SweepSpec;
import org.ecocomp.simulation.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ecocomp sweep}: a batch parameter sweep with sensitivity analysis, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario (or a test function) over a design of parameter values and analyse which inputs matter.",
                "Writes design.csv, sweep.csv (appended as points finish), sensitivity.csv, charts and manifest.json."})
final class SweepCommand implements Callable<Integer> {

    /** Stream index of the bootstrap's randomness. */
    static final long BOOTSTRAP_STREAM = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "SWEEP", description = "Sweep file (YAML or JSON).")
    Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<sweep file stem>).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted sweep without recomputing its finished points.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--no-progress", description = "No progress bar (also off when stderr is not a terminal).")
    boolean noProgress;

    @Option(names = "--no-charts", description = "Write the tables only, no charts.")
    boolean noCharts;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = "Run the points on this machine's threads (default) or on Apache Spark: ./ecocomp builds and adds "
                    + "the spark module itself; on a cluster, submit spark/target/ecocomp-spark.jar (docs/distributed.md).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[*], local[2], local[2,3] (3 attempts per task), spark://HOST:PORT "
                    + "(default: spark-submit's --master, else local[*]).")
    String master;

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        LoadedSweep loaded = SweepFiles.read(sweepFile);
        SweepSpec sweep = loaded.spec();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(sweepFile, "--threads must be at least 1")));
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(sweepFile, "--engine '" + engine
                    + "' is not an engine; expected local or spark")));
        }
        if (master != null && engine.equals("local")) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(sweepFile, "--master is for --engine spark")));
        }
        Design design = loaded.design();
        List<String> names = sweep.parameters().stream().map(p -> p.parameter().name()).toList();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(names);
        header.addAll(sweep.outputs());
        Path target = out != null ? out : Path.of("results", AssessCommand.stem(sweepFile));
        SweepExecutor.PointTask task = engine.equals("spark") ? sparkTask(loaded) : SweepTasks.of(loaded);
        SweepExecutor executor = engine.equals("spark") ? sparkExecutor() : new LocalExecutor(workers);
        try {
            return run(loaded, design, names, header, target, executor, task, workers, start);
        } catch (BadDesignException e) {
            // The sweep file reader has checked the design: what is left is outputs that the analysis cannot take.
            throw new InputException(Problem.ofFile(sweepFile, "the points' outputs cannot be analysed: " + e.getMessage()));
        } finally {
            if (executor instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("stopping Spark failed", e);
                }
            }
        }
    }

    private int run(LoadedSweep loaded, Design design, List<String> names, List<String> header, Path target,
                    SweepExecutor executor, SweepExecutor.PointTask task, int workers, Instant start)
            throws InputException, IOException {
        SweepSpec sweep = loaded.spec();
        SweepAnalysis analysis;
        long done;
        try (OutputDirectory dir = OutputDirectory.resumable(target, resume, loaded.files())) {
            SweepFingerprint.of(loaded).keepIn(dir.resolve(""), sweepFile);
            Path log = dir.resolve("sweep.csv");
            try (SweepLog sweepLog = SweepLog.open(log, header, resume);
                 Progress progress = Progress.start("sweep", design.size(), "points", !noProgress && !common.quiet)) {
                SweepTables.design(dir.resolve("design.csv"), design, names);
                done = sweepLog.completed();
                progress.advanced(done, design.size());
                executor.run(design, done, task, sweepLog::append, progress);
            } catch (PointFailedException e) {
                throw new InputException(Problem.ofFile(sweepFile, e.getMessage() + " (finished points are kept: fix the cause "
                        + "and run again with --resume, or remove " + dir.resolve("sweep.csv").getParent() + ")"));
            }
            double[][] columns = SweepLog.columns(log, design.size(), names.size() + sweep.outputs().size());
            double[][] values = java.util.Arrays.copyOfRange(columns, 0, names.size());
            double[][] results = java.util.Arrays.copyOfRange(columns, names.size(), columns.length);
            analysis = SweepAnalysis.of(sweep, design, values, results, Seeds.generator(sweep.seed(), BOOTSTRAP_STREAM));
            SweepTables.sensitivity(analysis).write(dir.resolve("sensitivity.csv"), common.excelBom);
            if (!noCharts) {
                Path charts = dir.resolve("charts");
                java.nio.file.Files.createDirectories(charts);
                new SweepCharts(common.theme(spec.commandLine().getErr())).write(charts, analysis);
            }
            List<Path> inputs = loaded.files();
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("design", sweep.design().method());
            facts.put("engine", engine.equals("spark") ? "spark " + sparkMaster() : "local");
            facts.put("points", Long.toString(design.size()));
            facts.put("resumed_from_point", Long.toString(done));
            facts.put("monte_carlo_draws_per_point", sweep.monteCarlo() ? Integer.toString(sweep.draws()) : "");
            new Manifest("sweep", spec.commandLine().getParseResult().originalArgs(), inputs, OptionalLong.of(sweep.seed()),
                    OptionalLong.of(design.size()), workers, start, Instant.now(), facts).write(dir.resolve(OutputDirectory.MANIFEST),
                    EcocompCommand.version());
            ReportCommand.write(dir.resolve(""), common);
            java.nio.file.Files.delete(dir.resolve(SweepFingerprint.FILE));
            dir.commit();
        }
        if (!common.quiet) {
            summary(spec.commandLine().getOut(), sweep, design, analysis, done, target);
        }
        return ExitCode.OK.code();
    }

    /**
     * The Spark executor. The spark module is optional (a plain build has no Spark), so it is found by
     * name; without it the user is told how to get it.
     */
    private SweepExecutor sparkExecutor() throws InputException {
        try {
            return (SweepExecutor) spark("org.ecocomp.spark.SparkExecutor").getConstructor(String.class).newInstance(sparkMaster());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the spark module does not match this command line", e);
        }
    }

    /** --master, else the master spark-submit was given (it sets the system property), else all local cores. */
    private String sparkMaster() {
        return master != null ? master : System.getProperty("spark.master", "local[*]");
    }

    /** The point task in a form Spark can ship to its executors. */
    private SweepExecutor.PointTask sparkTask(LoadedSweep loaded) throws InputException, IOException {
        try {
            return (SweepExecutor.PointTask) spark("org.ecocomp.spark.SparkTasks").getMethod("of", LoadedSweep.class)
                    .invoke(null, loaded);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the spark module failed to ship the sweep", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the spark module does not match this command line", e);
        }
    }

    private Class<?> spark(String name) throws InputException {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new InputException(ExitCode.USAGE, List.of(Problem.ofFile(sweepFile, "--engine spark needs the spark module "
                    + "and Spark on the class path: run it through ./ecocomp, which adds them, or submit spark/target/ecocomp-spark.jar "
                    + "with spark-submit (docs/distributed.md)")));
        }
    }

    private static void summary(PrintWriter w, SweepSpec sweep, Design design, SweepAnalysis analysis, long resumedFrom,
                                Path target) {
        w.printf(Locale.ROOT, "%s: %s design, %d points%s%n", sweep.title(), sweep.design().method(), design.size(),
                resumedFrom > 0 ? " (resumed after " + resumedFrom + ")" : "");
        analysis.sobol().forEach((o, s) -> {
            w.printf(Locale.ROOT, "  %s%n", o);
            for (int i = 0; i < s.parameters().size(); i++) {
                w.printf(Locale.ROOT, "    %-30s S1 %7.4f [%7.4f, %7.4f]   ST %7.4f [%7.4f, %7.4f]%n", s.parameters().get(i),
                        s.firstOrder().get(i).value(), s.firstOrder().get(i).lower(), s.firstOrder().get(i).upper(),
                        s.totalOrder().get(i).value(), s.totalOrder().get(i).lower(), s.totalOrder().get(i).upper());
            }
        });
        analysis.morris().forEach((o, m) -> {
            w.printf(Locale.ROOT, "  %s (Morris, by mu*)%n", o);
            for (String p : m.ranking()) {
                var e = m.of(p);
                w.printf(Locale.ROOT, "    %-30s mu* %12.6g   sigma %12.6g%n", p, e.muStar().value(), e.sigma());
            }
        });
        analysis.tornado().forEach((o, t) -> {
            w.printf(Locale.ROOT, "  %s (±%.0f%%, by swing)%n", o, t.percent());
            t.bars().forEach(b -> w.printf(Locale.ROOT, "    %-30s %12.6g … %12.6g%n", b.parameter(), b.lowOutput(), b.highOutput()));
        });
        SweepTables.warnings(analysis).forEach(x -> w.println("  warning: " + x));
        w.println("results: " + target);
        w.flush();
    }
}
