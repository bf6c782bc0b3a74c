package org.ecocomp.cli;

import java.nio.file.Files;
import org.ecocomp.io.table.LedgerTables;
import org.ecocomp.report.chart.ChartTheme;
import org.ecocomp.report.chart.LedgerCharts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.results.InputNotes;
import org.ecocomp.io.results.ResultTable;
import org.ecocomp.io.results.ResultsFolder;
import org.ecocomp.io.results.RunRecord;
import org.ecocomp.io.results.Workbook;
import org.ecocomp.report.chart.Language;
import org.ecocomp.report.html.HtmlReport;
import org.ecocomp.report.html.Provenance;
import org.ecocomp.report.html.ReportChart;
import org.ecocomp.report.html.ReportContent;
import org.ecocomp.report.html.ReportDocument;
import org.ecocomp.report.html.ReportInput;
import org.ecocomp.report.html.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ecocomp report}: rebuilds {@code report.html} and {@code results.xlsx} of a result folder
 * from its tables, charts and manifest, without running anything again. Other commands call
 * {@link #write(Path, Language, boolean)} on their folder before they commit it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rebuild report.html and results.xlsx in a results folder from its tables, charts and manifest.json, without running the simulation again. The same folder gives the same bytes.",
                "Without --lang the report is in the language the run was given (else English). With --excel-bom the CSV tables are also given a UTF-8 byte-order mark (for Excel).",
                "Input paths in the manifest are read from the current directory: run it where the command ran, or the report cannot show the scenario's assumptions."})
final class ReportCommand implements Callable<Integer> {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "RESULTS_DIR", description = "A folder written by ecocomp run, assess, sweep or optimize.")
    Path folder;

    @Override
    public Integer call() throws InputException, IOException {
        ResultsFolder results = ResultsFolder.open(folder);
        Language language;
        if (spec.commandLine().getParseResult().hasMatchedOption("--lang")) {
            language = language(common.lang);
        } else {
            language = results.manifest().option("--lang").flatMap(Language::parse).orElse(Language.EN);
        }
        Path base = Path.of("");
        if (redrawLedgerCharts(results.dir(), language)) {
            results = ResultsFolder.open(folder);
        } else if (!common.quiet && !results.charts().isEmpty()
                && !language.equals(results.manifest().option("--lang").flatMap(Language::parse).orElse(Language.EN))) {
            spec.commandLine().getErr().println("ecocomp: note: the charts of this " + results.manifest().command()
                    + " folder keep the language they were drawn in; run the command again with --lang " + common.lang
                    + " to redraw them");
        }
        List<Path> written = write(results, language, common.excelBom, base);
        OutputDirectory.recordWritten(results.dir(), written);
        if (!common.quiet) {
            PrintWriter err = spec.commandLine().getErr();
            for (InputNotes in : results.inputs(base)) {
                if (in.status() != InputNotes.Status.VERIFIED) {
                    err.println("ecocomp: note: input " + in.recorded().path() + (in.status() == InputNotes.Status.MISSING
                            ? " is not found from this directory" : " has changed since the run (SHA-256 differs)")
                            + "; the report lists it but not its contents or assumptions");
                }
            }
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            written.forEach(p -> out.println("wrote " + p));
            out.flush();
        }
        return ExitCode.OK.code();
    }

    /**
     * Writes {@code report.html} and {@code results.xlsx} into a result folder, each through a
     * temporary file in the folder moved into place. Commands call this on their folder under
     * construction, after its tables, charts and {@code manifest.json} are written and before it is
     * committed; relative input paths of the manifest are read from the current directory.
     *
     * @param folder the result folder (it must hold a {@code manifest.json})
     * @param language the language of the report
     * @param bom whether to give every CSV table of the folder a UTF-8 byte-order mark it lacks
     * @return the files written
     * @throws InputException 66 when the folder is missing, 65 when it is not an ecocomp result
     * @throws IOException when a file cannot be read or written
     */
    static List<Path> write(Path folder, Language language, boolean bom) throws InputException, IOException {
        return write(ResultsFolder.open(folder), language, bom, Path.of(""));
    }

    /**
     * Writes {@code report.html} and {@code results.xlsx} into a result folder in the language the
     * command was given ({@code --lang}, the same that {@code ecocomp report} takes from the manifest,
     * so that rebuilding gives the same bytes), giving the CSV tables a byte-order mark with
     * {@code --excel-bom}. See {@link #write(Path, Language, boolean)}.
     *
     * @param folder the result folder under construction, with its {@code manifest.json} written
     * @param common the command's common options
     * @return the files written
     * @throws InputException 2 for a bad {@code --lang}, 66/65 for a folder that is missing or no result
     * @throws IOException when a file cannot be read or written
     */
    static List<Path> write(Path folder, CommonOptions common) throws InputException, IOException {
        return write(folder, language(common.lang), common.excelBom);
    }

    /**
     * Redraws the charts of a replay (ledger, cumulative balances, each clause's figures) from its
     * tables in the chosen language: drawn into a temporary folder, then moved over the old ones.
     *
     * @return whether the folder held a replay's tables
     * @throws InputException when a table is not well-formed (nothing is changed then)
     */
    private boolean redrawLedgerCharts(Path dir, Language language) throws InputException, IOException {
        Path ledger = dir.resolve("ledger.csv");
        Path indices = dir.resolve("indices.csv");
        Path balances = dir.resolve("balances.csv");
        if (!Files.isRegularFile(ledger) || !Files.isRegularFile(indices) || !Files.isRegularFile(balances)) {
            return false;
        }
        ChartTheme theme = ChartTheme.forLanguage(language);
        theme.fallbackWarning().ifPresent(w -> spec.commandLine().getErr().println("ecocomp: " + w));
        Path charts = dir.resolve("charts");
        Path staging = Files.createTempDirectory(dir, ".charts.partial-");
        try {
            List<Path> drawn = new LedgerCharts(theme).write(staging, LedgerTables.read(ledger, indices),
                    LedgerTables.accounts(balances));
            Files.createDirectories(charts);
            List<Path> moved = new ArrayList<>();
            for (Path p : drawn) {
                moved.add(Files.move(p, charts.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING));
            }
            OutputDirectory.recordWritten(dir, moved);
        } finally {
            try (var left = Files.list(staging)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(staging);
        }
        return true;
    }

    private static Language language(String code) throws InputException {
        return Language.parse(code).orElseThrow(() -> new InputException(ExitCode.USAGE, List.of(
                new Problem(Path.of("ecocomp"), 0, 0, "--lang", "'" + code + "' is not a language; expected zh or en"))));
    }

    private static List<Path> write(ResultsFolder results, Language language, boolean bom, Path base)
            throws InputException, IOException {
        // reads every table whole first: a table that is not well-formed stops the report before a file changes
        ReportContent content = content(results, base);
        if (bom) {
            for (ResultTable table : results.tables()) {
                addBom(table.path());
            }
        }
        String html = HtmlReport.render(content, language);
        Path report = results.dir().resolve(HtmlReport.FILE);
        replace(report, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        Path workbook = results.dir().resolve(Workbook.FILE);
        replace(workbook, out -> Workbook.write(results.tables(), Workbook.time(results.manifest()), out));
        return List.of(report, workbook);
    }

    /**
     * What the report of a result folder is made of.
     *
     * @param results the folder
     * @param base the directory relative input paths are read from
     * @return the content
     * @throws InputException when a table is not well-formed CSV (65, located)
     * @throws IOException when a table or chart cannot be read
     */
    static ReportContent content(ResultsFolder results, Path base) throws InputException, IOException {
        RunRecord m = results.manifest();
        Provenance provenance = new Provenance(m.tool(), m.version(), m.command(), m.arguments(), m.seed(), m.draws(),
                m.threads(), m.jvm(), m.start(), m.end(), m.facts());
        List<ReportInput> inputs = new ArrayList<>();
        for (InputNotes in : results.inputs(base)) {
            RunRecord.RecordedInput r = in.recorded();
            inputs.add(new ReportInput(r.path(), r.sha256(), r.bytes(), ReportInput.Status.valueOf(in.status().name()), in.title(),
                    in.name(), in.kind(), in.description(), in.synthetic(), in.sources(), in.comments(), in.assumptions(),
                    in.clauses(), in.parameters(), in.settings()));
        }
        List<ReportTable> tables = new ArrayList<>();
        for (ResultTable table : results.tables()) {
            ResultTable.Head head = table.head(HtmlReport.FULL_ROWS);
            tables.add(new ReportTable(table.file(), head.comments(), head.header(), head.rows(), head.totalRows()));
        }
        List<ReportChart> charts = new ArrayList<>();
        for (ResultsFolder.ChartFile chart : results.charts()) {
            charts.add(new ReportChart(chart.file(), chart.svg()));
        }
        List<ReportDocument> documents = new ArrayList<>();
        for (ResultsFolder.TextFile document : results.documents()) {
            documents.add(new ReportDocument(document.file(), document.text()));
        }
        return new ReportContent(provenance, inputs, tables, charts, documents);
    }

    /** Writes bytes to a file. */
    private interface Writing {
        void to(OutputStream out) throws InputException, IOException;
    }

    /** Writes a file through a temporary file beside it (a dot file, which a result folder ignores), then moves it into place. */
    private static void replace(Path target, Writing writing) throws InputException, IOException {
        Path dir = target.toAbsolutePath().getParent();
        // not Files.createTempFile, whose owner-only permissions the file would keep
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writing.to(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Gives a CSV file a UTF-8 byte-order mark unless it has one. */
    private static void addBom(Path csv) throws InputException, IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] start = in.readNBytes(3);
            if (java.util.Arrays.equals(start, BOM)) {
                return;
            }
        }
        replace(csv, out -> {
            out.write(BOM);
            try (InputStream in = Files.newInputStream(csv)) {
                in.transferTo(out);
            }
        });
    }
}
