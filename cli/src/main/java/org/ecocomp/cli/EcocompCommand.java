package org.ecocomp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code ecocomp} command: dispatches to subcommands and maps errors to exit codes. */
@Command(name = "ecocomp", mixinStandardHelpOptions = true, versionProvider = EcocompCommand.Version.class,
        description = "Simulator of cross-province river-basin eco-compensation (流域横向生态保护补偿).",
        subcommands = {ValidateCommand.class, RunCommand.class, SweepCommand.class, OptimizeCommand.class, AllocateCommand.class,
                AssessCommand.class, GenerateCommand.class,
                PilotsCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 1)
public final class EcocompCommand {

    static {
        // POI logs through the Log4j API; without a provider Log4j prints a warning on stderr. ecocomp
        // reports problems itself, so route Log4j to its simple logger and switch it off — unless Spark
        // is on the class path (launched through spark-submit), which needs Log4j's own core.
        if (EcocompCommand.class.getClassLoader().getResource("org/apache/spark/SparkContext.class") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line, also used by tests through {@link CommandLine#execute}.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EcocompCommand());
        cl.setExecutionExceptionHandler(EcocompCommand::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parse) {
        PrintWriter err = cl.getErr();
        boolean debug = parse.originalArgs().contains("--debug");
        if (e instanceof InputException input) {
            err.println(input.getMessage());
            if (input.problems().size() > 1) {
                err.println(input.problems().size() + " problems; nothing was written.");
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return input.exitCode().code();
        }
        if (e instanceof IOException io) {
            err.println("ecocomp: I/O error: " + io.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.IO.code();
        }
        err.println("ecocomp: internal error (a bug; please report it with this trace):");
        e.printStackTrace(err);
        err.flush();
        return ExitCode.SOFTWARE.code();
    }

    /**
     * A count with its noun for a summary line: {@code 1 round}, {@code 3 rounds}.
     *
     * @param n the count
     * @param one the noun for one
     * @param many the noun for any other count
     * @return the text
     */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** ecocomp's version, from the build. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = EcocompCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read version.properties from the jar", e);
        }
        return p.getProperty("version", "unknown");
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ecocomp " + version(), "JVM: ${java.version} (${java.vendor})"};
        }
    }
}
