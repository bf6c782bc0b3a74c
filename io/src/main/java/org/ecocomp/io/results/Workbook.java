package org.ecocomp.io.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecocomp.io.problem.InputException;

/**
 * Writes a result folder's CSV tables as one Excel workbook, {@code results.xlsx}: one sheet per
 * table, named after the file ({@code ledger.csv} → {@code ledger}), the CSV header as the first
 * row (the column names carry the units, e.g. {@code amount_cny}), frozen, with a filter.
 *
 * <p>Cells that are numbers in the CSV ({@code -12.5}, {@code 100000000.00}, {@code 1e-9}; not
 * {@code 007} or {@code 2026-08}) are stored as numeric cells with the CSV's exact value; money
 * columns ({@code *_cny}) are shown with thousands separators and two decimals. Every other cell is
 * text, as written. A table longer than a sheet can hold (1,048,575 rows under the header) keeps
 * its first 1,048,574 rows, and the sheet's last row says how many more are in the CSV file.
 *
 * <p>The same tables and time give the same bytes: the document's created and modified dates and
 * the time of every zip entry are the given time (for a result folder, the end time its manifest
 * records), and rows are streamed, so a sweep of a million points needs little memory.
 */
public final class Workbook {

    /** The workbook's file name in a result folder. */
    public static final String FILE = "results.xlsx";
    /** Most data rows a sheet holds under its header row. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_SHEET_NAME = 31;
    private static final int WIDTH_SAMPLE_ROWS = 200;

    private Workbook() {
    }

    /**
     * Writes the tables of a result folder, dated by its manifest's end time (the epoch when the
     * manifest has none).
     *
     * @param folder the result folder
     * @param file where the workbook goes, replaced if it exists
     * @throws InputException when a table is not well-formed, as {@link ResultTable#head(int)}
     * @throws IOException when the file cannot be written
     */
    public static void write(ResultsFolder folder, Path file) throws InputException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(folder.tables(), time(folder.manifest()), out);
        }
    }

    /**
     * The instant a workbook of a result is dated with: the manifest's end, else its start, else the epoch.
     *
     * @param manifest the result's manifest
     * @return the time
     */
    public static Instant time(RunRecord manifest) {
        for (String t : List.of(manifest.end(), manifest.start())) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                // try the next
            }
        }
        return Instant.EPOCH;
    }

    /**
     * Writes tables as a workbook.
     *
     * @param tables the tables, one sheet each, in this order
     * @param time the date of the document and of its zip entries (second precision; 1980 or later)
     * @param out where the bytes go; not closed
     * @throws InputException when a table is not well-formed, as {@link ResultTable#head(int)}
     * @throws IOException when the bytes cannot be written
     */
    public static void write(List<ResultTable> tables, Instant time, OutputStream out) throws InputException, IOException {
        write(tables, time, out, MAX_ROWS);
    }

    /** {@link #write(List, Instant, OutputStream)} with sheets of at most {@code maxRows} rows under the header. */
    static void write(List<ResultTable> tables, Instant time, OutputStream out, int maxRows) throws InputException, IOException {
        Path raw = Files.createTempFile("ecocomp-workbook-", ".xlsx");
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(256)) {
                wb.setCompressTempFiles(false);
                Styles styles = new Styles(wb);
                Set<String> names = new HashSet<>();
                for (ResultTable table : tables) {
                    sheet(wb, styles, table, sheetName(names, table.name()), maxRows);
                }
                POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
                Date date = Date.from(time);
                core.setCreated(Optional.of(date));
                core.setModified(Optional.of(date));
                core.setCreator("ecocomp");
                try (OutputStream rawOut = Files.newOutputStream(raw)) {
                    wb.write(rawOut);
                }
            }
            rezip(raw, LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0), out);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** The cell styles of a workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(false);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        }
    }

    private static void sheet(SXSSFWorkbook wb, Styles styles, ResultTable table, String name, int maxRows)
            throws InputException, IOException {
        SXSSFSheet sheet = wb.createSheet(name);
        ResultTable.Head head = table.head(WIDTH_SAMPLE_ROWS);
        List<String> header = head.header();
        int[] widths = new int[header.size()];
        boolean[] money = new boolean[header.size()];
        Row first = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            money[c] = header.get(c).endsWith("_cny");
            widths[c] = width(header.get(c));
            Cell cell = first.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header);
        }
        for (List<String> row : head.rows()) {
            for (int c = 0; c < Math.min(row.size(), widths.length); c++) {
                widths[c] = Math.max(widths[c], money[c] && NUMBER.matcher(row.get(c)).matches()
                        ? width(row.get(c)) + row.get(c).length() / 3 : width(row.get(c)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 0;
        try (Stream<List<String>> rows = table.rows()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                List<String> cells = it.next();
                if (r == maxRows - 1 && it.hasNext()) {
                    // more rows than a sheet holds: the last row of the sheet says how many are left out
                    long more = 1;
                    while (it.hasNext()) {
                        it.next();
                        more++;
                    }
                    sheet.createRow(r + 1).createCell(0).setCellValue("… " + more + " more rows in " + table.file()
                            + " (a sheet holds " + maxRows + " rows under its header)");
                    break;
                }
                r++;
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (NUMBER.matcher(v).matches()) {
                        cell.setCellValue(Double.parseDouble(v));
                        if (c < money.length && money[c]) {
                            cell.setCellStyle(styles.money);
                        }
                    } else {
                        cell.setCellValue(v.length() > MAX_CELL_CHARS ? v.substring(0, MAX_CELL_CHARS - 1) + "…" : v);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();     // head() read the whole table: it changed since
        }
        if (!header.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, header.size() - 1));
        }
    }

    /** Column width in characters: CJK characters count twice. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /** A valid, unique sheet name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(Set<String> taken, String stem) {
        String base = stem.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("^'+|'+$", "");
        if (base.isBlank()) {
            base = "table";
        }
        base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = "-" + i;
            name = (base.length() + suffix.length() > MAX_SHEET_NAME
                    ? base.substring(0, MAX_SHEET_NAME - suffix.length()) : base) + suffix;
        }
        return name;
    }

    /** Copies a zip, every entry in the same order and compressed again, dated {@code time}. */
    private static void rezip(Path raw, LocalDateTime time, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        zip.setLevel(6);
        int entries = 0;
        // ZipFile reads the central directory: POI's local headers may leave sizes to data descriptors
        try (ZipFile in = new ZipFile(raw.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
                entries++;
            }
        }
        if (entries == 0) {
            throw new IOException("Apache POI wrote an empty workbook");
        }
        zip.finish();
        zip.flush();
    }

    /** Keeps the caller's stream open when the zip stream is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
