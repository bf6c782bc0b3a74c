package org.ecocomp.io.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * A result folder read back: its manifest, every CSV table at its top level, text results such as
 * {@code best.yaml}, and the SVG charts in {@code charts/}, each list in file-name order. Files whose names start with a dot (temporary
 * files) are ignored, and so are the report files the folder may already hold.
 */
public final class ResultsFolder {

    private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile(".*\\.(yaml|yml|txt|md)");
    /** The subfolder of the charts. */
    public static final String CHARTS = "charts";

    private final Path dir;
    private final RunRecord manifest;
    private final List<ResultTable> tables;
    private final List<ChartFile> charts;

    /**
     * One chart of the folder, as SVG.
     *
     * @param file the file name, e.g. {@code payments.svg}
     * @param path where the file is
     */
    public record ChartFile(String file, Path path) {

        /** Checks for nulls. */
        public ChartFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
        }

        /** The file name without {@code .svg}: {@code payments}. */
        public String name() {
            return file.substring(0, file.length() - 4);
        }

        /**
         * The SVG document's text.
         *
         * @return the text, UTF-8 decoded
         * @throws IOException when it cannot be read
         */
        public String svg() throws IOException {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
    }

    /**
     * A text result of the folder other than a table, such as the {@code best.yaml} an optimisation writes.
     *
     * @param file the file name
     * @param path where the file is
     */
    public record TextFile(String file, Path path) {

        /** Checks for nulls. */
        public TextFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
        }

        /**
         * The file's text.
         *
         * @return the text, UTF-8 decoded
         * @throws IOException when it cannot be read
         */
        public String text() throws IOException {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
    }

    private final List<TextFile> documents;

    private ResultsFolder(Path dir, RunRecord manifest, List<ResultTable> tables, List<ChartFile> charts,
                          List<TextFile> documents) {
        this.dir = dir;
        this.manifest = manifest;
        this.tables = tables;
        this.charts = charts;
        this.documents = documents;
    }

    /**
     * Opens a result folder.
     *
     * @param dir the folder an ecocomp command wrote
     * @return the folder's contents
     * @throws InputException 66 when the folder does not exist, 65 when it is not an ecocomp result
     *     (not a folder, no {@code manifest.json}, or a manifest ecocomp did not write)
     * @throws IOException when the folder cannot be listed or the manifest read
     */
    public static ResultsFolder open(Path dir) throws InputException, IOException {
        if (!Files.exists(dir)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(dir,
                    "no such folder; expected a results folder written by ecocomp run, assess, sweep or optimize")));
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(ExitCode.DATA, List.of(Problem.ofFile(dir,
                    "is a file, not a results folder; expected a folder written by ecocomp run, assess, sweep or optimize")));
        }
        Path manifestFile = dir.resolve(OutputDirectory.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(ExitCode.DATA, List.of(Problem.ofFile(dir,
                    "not an ecocomp result (no manifest.json); expected a folder written by ecocomp run, assess, sweep or optimize")));
        }
        RunRecord manifest = RunRecord.read(manifestFile);
        List<ResultTable> tables = new ArrayList<>();
        List<TextFile> documents = new ArrayList<>();
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (name.endsWith(".csv") && Files.isRegularFile(p)) {
                tables.add(new ResultTable(name, p));
            } else if (TEXT.matcher(name).matches() && Files.isRegularFile(p)) {
                documents.add(new TextFile(name, p));
            }
        }
        List<ChartFile> charts = new ArrayList<>();
        Path chartDir = dir.resolve(CHARTS);
        if (Files.isDirectory(chartDir)) {
            for (Path p : list(chartDir)) {
                String name = p.getFileName().toString();
                if (name.endsWith(".svg") && Files.isRegularFile(p)) {
                    charts.add(new ChartFile(name, p));
                }
            }
        }
        return new ResultsFolder(dir, manifest, List.copyOf(tables), List.copyOf(charts), List.copyOf(documents));
    }

    /** The folder's entries, dot files left out, in file-name order (the same on every file system). */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** How the result was made. */
    public RunRecord manifest() {
        return manifest;
    }

    /** The CSV tables at the folder's top level, in file-name order. */
    public List<ResultTable> tables() {
        return tables;
    }

    /** Text results at the folder's top level ({@code *.yaml}, {@code *.yml}, {@code *.txt}, {@code *.md}), in file-name order. */
    public List<TextFile> documents() {
        return documents;
    }

    /** The SVG charts in {@code charts/}, in file-name order. */
    public List<ChartFile> charts() {
        return charts;
    }

    /**
     * The manifest's inputs, each checked against its recorded SHA-256 and, when unchanged, read for
     * its notes (title, sources, assumptions, ...).
     *
     * @param base the directory relative input paths are taken from: the directory the command ran in
     * @return one entry per input, in the manifest's order
     */
    public List<InputNotes> inputs(Path base) {
        return manifest.inputs().stream().map(in -> InputNotes.read(in, base)).toList();
    }
}
