package org.ecocomp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark-submit jar ({@code target/ecocomp-spark.jar}) submitted the way {@code spark-submit} does it, on the
 * class path a Spark 4.2 distribution provides ({@code spark/cluster}): in {@code local[2]} and in
 * {@code local-cluster[2,1,1024]}, where a master, a worker and two executor JVMs are separate processes that get
 * the jar from the driver. The result folders equal the local executor's; an invalid point is reported by number.
 */
class SparkSubmitIT {

    @TempDir
    static Path tmp;

    /** A Spark home as a distribution lays it out: jars/ with Spark and its dependencies. */
    private static Path sparkHome;

    private static Path localXijiang;

    @BeforeAll
    static void setUp() throws Exception {
        sparkHome = Files.createDirectories(tmp.resolve("spark-home"));
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        String classPath = Files.readString(Path.of(System.getProperty("ecocomp.spark.classpath")), StandardCharsets.UTF_8).strip();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
        assertTrue(Files.exists(jars.resolve("spark-core_2.13-" + System.getProperty("ecocomp.spark.version") + ".jar")),
                "spark/cluster resolves another Spark than the spark module compiles against");
        localXijiang = tmp.resolve("local-xijiang");
        assertEquals(0, SparkSweepCommandTest.ecocomp("sweep", xijiang(), "--out", localXijiang.toString(), "--no-progress").code());
    }

    private static String xijiang() {
        return SparkSweepCommandTest.repo().resolve("scenarios/sweeps/xijiang.yaml").toString();
    }

    /** Exit code and what the process printed. */
    record Submitted(int code, String out, String err) {
    }

    /** {@code spark-submit --master MASTER ecocomp-spark.jar ARGS}, as bin/spark-submit launches it. */
    private static Submitted submit(String master, String... args) throws IOException, InterruptedException {
        List<String> opens = Arrays.asList(System.getProperty("ecocomp.spark.opens").strip().split("\\s+"));
        String options = String.join(" ", opens);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(opens);
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
                "--master", master, "--conf", "spark.log.level=WARN",
                "--conf", "spark.driver.extraJavaOptions=" + options, "--conf", "spark.executor.extraJavaOptions=" + options,
                "--conf", "spark.executor.memory=1g",
                System.getProperty("ecocomp.spark.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        // What a distribution's bin/load-spark-env.sh exports; the worker needs it to launch executors.
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not finish in 10 minutes: " + Files.readString(err));
        }
        return new Submitted(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void submittedOnLocalTwoTheSweepWritesTheLocalFiles() throws Exception {
        Path out = tmp.resolve("submit-local");
        Submitted s = submit("local[2]", "sweep", xijiang(), "--engine", "spark", "--out", out.toString(), "--no-progress");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("results: " + out), s.out());
        SparkSweepCommandTest.assertSameResults(localXijiang, out, "local[2]");
    }

    @Test
    void submittedToAClusterOfTwoExecutorProcessesTheSweepWritesTheLocalFiles() throws Exception {
        Path out = tmp.resolve("submit-cluster");
        Submitted s = submit("local-cluster[2,1,1024]", "sweep", xijiang(), "--engine", "spark", "--out", out.toString(),
                "--no-progress");
        assertEquals(0, s.code(), s.err());
        SparkSweepCommandTest.assertSameResults(localXijiang, out, "local-cluster[2,1,1024]");
    }

    @Test
    void anInvalidPointOnTheClusterIsReportedByNumberWithoutAStackTrace() throws Exception {
        Path sweep = ShippedFilesTest.badStakeSweep(tmp, SparkSweepCommandTest.repo().resolve("scenarios/pilots/jiuzhou.yaml").toString());
        Path out = tmp.resolve("bad");
        Submitted s = submit("local-cluster[2,1,1024]", "sweep", sweep.toString(), "--engine", "spark", "--out", out.toString(),
                "--no-progress");
        assertEquals(65, s.code(), s.err());
        assertTrue(s.err().matches("(?s).*" + java.util.regex.Pattern.quote(sweep.toString()) + ": point \\d+: .*stake.*"), s.err());
        assertFalse(s.err().contains("\tat "), "a stack trace: " + s.err());
        assertFalse(Files.exists(out), "a failed sweep must not leave a finished result folder");
    }
}
