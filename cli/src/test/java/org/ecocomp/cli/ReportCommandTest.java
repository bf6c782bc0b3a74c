package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.results.ResultTable;
import org.ecocomp.io.results.ResultsFolder;
import org.ecocomp.report.chart.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black-box tests of {@code ecocomp report}: the report of every kind of result has its parts and
 * every chart, is rebuilt byte for byte, and the workbook holds the CSV tables as numbers.
 */
class ReportCommandTest {

    private static final Path DONGJIANG = Path.of("../scenarios/pilots/dongjiang.yaml");
    private static final Path CNEMC = Path.of("../scenarios/data/cnemc/Jesse-dry_AquaDetective");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    @TempDir
    static Path shared;
    static Path replay;
    static Path monteCarlo;
    static Path assess;
    static Path sweep;

    @TempDir
    Path dir;

    @BeforeAll
    static void results() throws IOException {
        replay = shared.resolve("replay");
        ok(Cli.run("run", DONGJIANG.toString(), "--out", replay.toString(), "--lang", "zh", "--quiet"));
        monteCarlo = shared.resolve("mc");
        ok(Cli.run("run", DONGJIANG.toString(), "--monte-carlo", "--draws", "50", "--threads", "2", "--out", monteCarlo.toString(),
                "--quiet", "--no-progress"));
        assess = shared.resolve("assess");
        ok(Cli.run("assess", CNEMC.resolve("cnemc_pearl_extract_20260826.csv").toString(),
                CNEMC.resolve("cnemc_pearl_extract_20260923.csv").toString(), "--out", assess.toString(), "--quiet"));
        Path spec = Files.writeString(shared.resolve("ishigami.yaml"), """
                ecocomp-sweep: 1
                title: Ishigami, small
                function: {ishigami: {a: 7, b: 0.1}}
                design: {method: sobol, n: 64, bootstrap: 20}
                seed: 3
                """);
        sweep = shared.resolve("sweep");
        ok(Cli.run("sweep", spec.toString(), "--out", sweep.toString(), "--quiet", "--no-progress"));
    }

    private static void ok(Cli.Run r) {
        assertEquals(0, r.code(), r.err());
    }

    private static String report(Path folder, String... options) throws IOException {
        String[] args = Stream.concat(Stream.of("report", folder.toString(), "--quiet"), Stream.of(options)).toArray(String[]::new);
        ok(Cli.run(args));
        return Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /** Every chart of the folder is in the page: its drawing, without the XML prolog. */
    private static void everyChartInlined(Path folder, String html) throws IOException {
        List<Path> svgs;
        try (Stream<Path> s = Files.list(folder.resolve("charts"))) {
            svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertFalse(svgs.isEmpty());
        int inlined = 0;
        for (int i = html.indexOf("<svg class=\"chart\""); i >= 0; i = html.indexOf("<svg class=\"chart\"", i + 1)) {
            inlined++;
        }
        assertEquals(svgs.size(), inlined, "one inline SVG per chart");
        for (Path svg : svgs) {
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            Matcher path = Pattern.compile("<path d=\"[^\"]{40,}\"").matcher(text);
            assertTrue(path.find(), svg.toString());
            assertTrue(html.contains(path.group()), svg + " is not in the report");
            assertTrue(html.contains("charts/" + svg.getFileName()), svg.toString());
        }
        assertFalse(html.contains("<?xml"));
        assertFalse(html.contains("<script"));
    }

    private static void sections(String html, String... ids) {
        for (String id : ids) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
    }

    @Test
    void replayReportHasTheScenarioItsAssumptionsTheLedgerAndEveryChart() throws IOException {
        String html = report(replay);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), "the run's --lang when none is given");
        sections(html, "inputs", "data", "ledger", "provenance");
        assertFalse(html.contains("<section id=\"monte-carlo\">"));
        everyChartInlined(replay, html);
        assertTrue(html.contains("<title>东江流域上下游横向生态补偿 (Jiangxi → Guangdong)</title>"));
        // every assumption of the scenario, with its label
        String scenario = Files.readString(DONGJIANG, StandardCharsets.UTF_8);
        Matcher note = Pattern.compile("note: \"\\[([SIU])\\] ([^\"]{0,40})").matcher(scenario);
        int notes = 0;
        while (note.find()) {
            notes++;
            assertTrue(html.contains(note.group(2).replace("&", "&amp;").replace("'", "&#39;")), note.group(2));
        }
        assertTrue(notes >= 8);
        assertEquals(notes, count(html, "<span class=\"tag tag-"));
        assertTrue(html.contains("已核对：SHA-256 与运行时一致"));
        assertTrue(html.contains("合成数据"), "the bundled series says it is synthetic");
        assertTrue(html.contains("ledger.csv") && html.contains("balances.csv") && html.contains("indices.csv"));
        assertTrue(html.contains("./ecocomp run ../scenarios/pilots/dongjiang.yaml --out "));
    }

    @Test
    void chartsThatAreNotRedrawnInAnotherLanguageAreNoted() throws IOException {
        Path spec = Files.writeString(dir.resolve("ishigami.yaml"), """
                ecocomp-sweep: 1
                function: {ishigami: {a: 7, b: 0.1}}
                design: {method: sobol, n: 16, bootstrap: 10}
                """);
        Path folder = dir.resolve("sweep");
        ok(Cli.run("sweep", spec.toString(), "--out", folder.toString(), "--quiet", "--no-progress"));
        Cli.Run zh = Cli.run("report", folder.toString(), "--lang", "zh");
        ok(zh);
        assertTrue(zh.err().contains("note: the charts of this sweep folder keep the language they were drawn in; "
                + "run the command again with --lang zh to redraw them"), zh.err());
        Cli.Run en = Cli.run("report", folder.toString(), "--lang", "en");
        ok(en);
        assertFalse(en.err().contains("keep the language"), en.err());
    }

    @Test
    void rebuildingGivesTheSameBytesAndEnglishOnRequest() throws IOException {
        byte[] first = Files.readAllBytes(replay.resolve("manifest.json"));
        String zh = report(replay);
        byte[] xlsx = Files.readAllBytes(replay.resolve("results.xlsx"));
        assertEquals(zh, report(replay));
        assertArrayEquals(xlsx, Files.readAllBytes(replay.resolve("results.xlsx")));
        String en = report(replay, "--lang", "en");
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(en.contains("Scenario and assumptions") && en.contains("Ledger and balances"));
        assertEquals(zh, report(replay, "--lang", "zh"));
        assertArrayEquals(first, Files.readAllBytes(replay.resolve("manifest.json")), "the report leaves the result alone");
        try (Stream<Path> s = Files.list(replay)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals(OutputDirectory.CONTENTS)), "no temporary file left");
        }
    }

    @Test
    void otherCommandsCallWriteOnTheirFolder() throws Exception {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("charts"));
        try (Stream<Path> s = Files.walk(monteCarlo)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, copy.resolve(monteCarlo.relativize(p).toString()));
            }
        }
        List<Path> written = ReportCommand.write(copy, Language.EN, false);
        assertEquals(List.of(copy.resolve("report.html"), copy.resolve("results.xlsx")), written);
        assertEquals(report(monteCarlo, "--lang", "en"), Files.readString(copy.resolve("report.html")),
                "the same tables give the same report wherever the folder is");
        CommonOptions common = new CommonOptions();
        common.lang = "zh";
        common.excelBom = true;
        ReportCommand.write(copy, common);
        assertTrue(Files.readString(copy.resolve("report.html")).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertEquals('\uFEFF', Files.readString(copy.resolve("mc-summary.csv")).charAt(0));
    }

    @Test
    void monteCarloAssessAndSweepReports() throws IOException {
        String mc = report(monteCarlo);
        sections(mc, "inputs", "monte-carlo", "provenance");
        everyChartInlined(monteCarlo, mc);
        assertTrue(mc.contains("mc-summary.csv") && mc.contains("<dt>Draws</dt><dd>50</dd>"));

        String as = report(assess);
        sections(as, "inputs", "data", "provenance");
        everyChartInlined(assess, as);
        assertTrue(as.contains("Input data</h2>"));
        assertTrue(as.contains("… 266 more rows in samples.csv"), "samples summarised");

        String sw = report(sweep);
        sections(sw, "inputs", "sweep", "provenance");
        everyChartInlined(sweep, sw);
        long points;
        try (Stream<String> lines = Files.lines(sweep.resolve("sweep.csv"))) {
            points = lines.count() - 1;
        }
        assertTrue(sw.contains("… " + (points - 20) + " more rows in sweep.csv"), "a big table is summarised");
        assertTrue(sw.contains("<title>Ishigami, small</title>"));
    }

    @Test
    void theWorkbookHoldsEveryTableWithNumbersAsNumbersUnderAFrozenHeader() throws Exception {
        for (Path folder : List.of(replay, monteCarlo, assess)) {
            report(folder);
            ResultsFolder rf = ResultsFolder.open(folder);
            try (InputStream in = Files.newInputStream(folder.resolve("results.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertEquals(rf.tables().size(), wb.getNumberOfSheets());
                for (ResultTable table : rf.tables()) {
                    Sheet sheet = wb.getSheet(table.name());
                    PaneInformation pane = sheet.getPaneInformation();
                    assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, table.file());
                    List<String> header = table.header();
                    for (int c = 0; c < header.size(); c++) {
                        assertEquals(header.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
                    }
                    int r = 0;
                    int numbers = 0;
                    try (Stream<List<String>> rows = table.rows()) {
                        for (List<String> csv : (Iterable<List<String>>) rows::iterator) {
                            Row row = sheet.getRow(++r);
                            for (int c = 0; c < csv.size(); c++) {
                                String v = csv.get(c);
                                Cell cell = row.getCell(c);
                                if (v.isEmpty()) {
                                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
                                } else if (NUMBER.matcher(v).matches()) {
                                    assertEquals(CellType.NUMERIC, cell.getCellType(), table.file() + " " + v);
                                    assertEquals(Double.parseDouble(v), cell.getNumericCellValue(), 0.0);
                                    numbers++;
                                } else {
                                    assertEquals(v, cell.getStringCellValue());
                                }
                            }
                        }
                    }
                    assertEquals(r, sheet.getLastRowNum(), table.file());
                    assertTrue(numbers > 0, table.file());
                }
            }
        }
    }

    @Test
    void excelBomMarksTheCsvFilesAndChangesNothingElse() throws IOException {
        Path copy = dir.resolve("bom");
        Files.createDirectories(copy);
        for (String f : List.of("manifest.json", "ledger.csv", "balances.csv", "indices.csv")) {
            Files.copy(replay.resolve(f), copy.resolve(f));
        }
        String before = report(copy);
        byte[] xlsx = Files.readAllBytes(copy.resolve("results.xlsx"));
        String after = report(copy, "--excel-bom");
        assertEquals(before, after);
        assertArrayEquals(xlsx, Files.readAllBytes(copy.resolve("results.xlsx")));
        byte[] ledger = Files.readAllBytes(copy.resolve("ledger.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(ledger, 3));
        assertEquals(Files.readString(replay.resolve("ledger.csv")), new String(ledger, 3, ledger.length - 3, StandardCharsets.UTF_8));
        report(copy, "--excel-bom");
        assertArrayEquals(ledger, Files.readAllBytes(copy.resolve("ledger.csv")), "one BOM only");
    }

    @Test
    void aMissingInputIsSaidAndTheReportStillWritten() throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Files.readString(DONGJIANG).replace("../data/", DONGJIANG.toAbsolutePath().getParent()
                .resolveSibling("data") + "/"));
        Path out = dir.resolve("r");
        ok(Cli.run("run", scenario.toString(), "--out", out.toString(), "--no-charts", "--quiet"));
        Files.delete(scenario);
        Cli.Run r = Cli.run("report", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("input " + scenario + " is not found"), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("not found at the recorded path"));
        assertFalse(html.contains("<span class=\"tag tag-U\">"), "no assumption of a file that is gone");
    }

    /** A copy of a result folder, to spoil. */
    private Path copy(Path folder, String name) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(folder.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return copy;
    }

    /** Every file of a folder with its bytes. */
    private static java.util.Map<Path, String> contents(Path folder) throws IOException {
        java.util.Map<Path, String> files = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void aTableCutShortOrNotUtf8Is65AndChangesNothing() throws IOException {
        Path cut = copy(replay, "cut");
        String ledger = Files.readString(cut.resolve("ledger.csv"), StandardCharsets.UTF_8);
        int quote = ledger.lastIndexOf(",\"") + 1;     // the last quoted field opens here
        Files.writeString(cut.resolve("ledger.csv"), ledger.substring(0, quote + 5), StandardCharsets.UTF_8);
        long line = ledger.substring(0, quote).chars().filter(c -> c == '\n').count() + 1;
        var before = contents(cut);
        Cli.Run r = Cli.run("report", cut.toString());
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().startsWith(cut.resolve("ledger.csv") + ":" + line + ": not well-formed CSV: a quoted field"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(before, contents(cut), "the old report, workbook and charts are kept");

        Path gbk = copy(assess, "gbk");
        Files.write(gbk.resolve("samples.csv"), "section,class\n兴宁电站,2\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        before = contents(gbk);
        Cli.Run g = Cli.run("report", gbk.toString(), "--excel-bom");
        assertEquals(65, g.code(), g.err());
        assertEquals(gbk.resolve("samples.csv") + ": not UTF-8 text (save it as UTF-8)", g.err().strip());
        assertEquals(before, contents(gbk), "no table is given a BOM when the report cannot be made");
    }

    @Test
    void aMissingFolderIs66AndAFolderThatIsNoResult65() throws IOException {
        Cli.Run missing = Cli.run("report", dir.resolve("nope").toString());
        assertEquals(66, missing.code());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Cli.Run plain = Cli.run("report", dir.toString());
        assertEquals(65, plain.code());
        assertTrue(plain.err().contains("not an ecocomp result (no manifest.json)"), plain.err());
        assertFalse(Files.exists(dir.resolve("report.html")));
        Cli.Run lang = Cli.run("report", replay.toString(), "--lang", "fr");
        assertEquals(2, lang.code());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
