package org.ecocomp.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecocomp.io.monitoring.TidyCsv;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.synthetic.SyntheticParameters;
import org.ecocomp.io.synthetic.SyntheticParametersReader;
import org.ecocomp.quality.Sample;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.SeriesGenerator;
import org.ecocomp.simulation.SyntheticSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ecocomp generate}: a synthetic monthly monitoring series from a documented parameter file,
 * written as tidy CSV whose first lines say it is synthetic and how it was made.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a SYNTHETIC monthly monitoring series (tidy CSV) from a parameter file (YAML).",
                "Model and file format: docs/synthetic-data.md. The same file and seed give the same bytes."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "PARAMS", description = "The parameter file (YAML).")
    Path params;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The CSV file to write; an earlier generated series there is replaced atomically, any other file is refused.")
    Path out;

    @Option(names = "--seed", paramLabel = "SEED", description = "Base seed (default: the parameter file's seed).")
    Long seed;

    @Override
    public Integer call() throws InputException {
        SyntheticParameters parameters = SyntheticParametersReader.read(params);
        long base = seed != null ? seed : parameters.seed();
        SyntheticSeries series = parameters.series();
        List<Sample> samples = new SeriesGenerator(series).generate(base);
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw cannotCreate("is a folder; expected the name of a CSV file");
        }
        if (Files.exists(target) && !generatedSeries(target)) {
            throw cannotCreate("exists and is not a series ecocomp generated (its first line is not '# SYNTHETIC ...'); "
                    + "choose another --out or remove it");
        }
        List<String> comments = comments(parameters, base, sha256());
        write(target, samples, comments);
        if (!common.quiet) {
            spec.commandLine().getOut().printf("generated SYNTHETIC series: %s × %s = %s, seed %d: %s%n",
                    EcocompCommand.count(series.sections().size(), "section", "sections"),
                    EcocompCommand.count(series.years().months(), "month", "months"),
                    EcocompCommand.count(samples.size(), "sample", "samples"), base, out);
        }
        return ExitCode.OK.code();
    }

    /** The provenance lines at the top of the file; file names only, so the bytes do not depend on folders. */
    private List<String> comments(SyntheticParameters parameters, long base, String hash) {
        SyntheticSeries series = parameters.series();
        List<String> lines = new ArrayList<>();
        lines.add("SYNTHETIC monitoring series: made by ecocomp's seeded generator, NOT measured data.");
        lines.add("parameters: " + params.getFileName() + " (SHA-256 " + hash + ")");
        lines.add("seed: " + base + (seed != null ? " (given with --seed)" : " (from the parameter file)"));
        lines.add("model: monthly log-normal AR(1) per indicator and flow (pH normal), cosine seasonal term,"
                + " median breakpoints interpolated in log space, innovations correlated through a Cholesky factor;"
                + " see docs/synthetic-data.md");
        lines.add("samples: " + String.join(", ", series.sections().stream().map(SectionProcess::name).toList())
                + "; " + series.years().from() + "-01 to " + series.years().to() + "-12, one per month on day "
                + SeriesGenerator.DAY_OF_MONTH + " at 00:00; values rounded as CNEMC displays them");
        lines.add("regenerate: ecocomp generate " + params.getFileName() + " --out " + out.getFileName()
                + (seed != null ? " --seed " + base : ""));
        parameters.description().lines().map(l -> "description: " + l.strip()).forEach(lines::add);
        return lines;
    }

    private String sha256() throws InputException {
        try {
            return Manifest.sha256(params);
        } catch (IOException e) {
            throw new InputException(ExitCode.IO, List.of(Problem.ofFile(params, "cannot read: " + e.getMessage())));
        }
    }

    /** Whether a file starts as ecocomp's generated series do, so replacing it loses nothing of the user's. */
    private static boolean generatedSeries(Path file) {
        try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.replace("\uFEFF", "").startsWith("# SYNTHETIC");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the CSV to a temporary file beside the target and moves it into place, so a failure never
     * leaves a half-written file or damages an existing one.
     */
    private void write(Path target, List<Sample> samples, List<String> comments) throws InputException {
        Path folder = target.getParent();
        Path partial = folder.resolve("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotCreate("cannot create the folder " + folder + ": " + e.getMessage());
        }
        try {
            TidyCsv.write(partial, samples, comments, common.excelBom);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotCreate("cannot write: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                spec.commandLine().getErr().println("ecocomp: could not remove the temporary file " + partial + ": "
                        + e.getMessage());
            }
        }
    }

    private InputException cannotCreate(String message) {
        return new InputException(ExitCode.CANNOT_CREATE, List.of(Problem.ofFile(out, message)));
    }
}
