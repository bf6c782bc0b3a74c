package org.ecocomp.io.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * Reads a CSV (UTF-8, optional BOM, {@code #} comment lines) or XLSX (first sheet) file into rows
 * of text cells; blank rows are dropped.
 */
final class TableFile {

    private TableFile() {
    }

    /** True for a file name ending in .xlsx. */
    static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads all non-blank rows, the header first; there is at least one.
     *
     * @param file the file
     * @return the rows
     * @throws InputException when the file is missing, empty, unreadable, not UTF-8, or malformed
     */
    static List<Row> read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(file, "no such file")));
        }
        List<Row> rows;
        try {
            rows = isXlsx(file) ? readXlsx(file) : readCsv(file);
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.ofFile(file, "not UTF-8 text; save the table as UTF-8 CSV"));
        } catch (IOException | RuntimeException e) {
            // Commons CSV and POI report malformed content as unchecked exceptions.
            throw new InputException(Problem.ofFile(file, "cannot read the table: " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new InputException(Problem.ofFile(file, "empty file; expected a header row and data rows"));
        }
        return rows;
    }

    private static List<Row> readCsv(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(stripBom(value.strip()));
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Row((int) parser.getCurrentLineNumber(), cells));
                }
            }
        }
        return rows;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static List<Row> readXlsx(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(new Row(row.getRowNum() + 1, cells));
                }
            }
        }
        return rows;
    }
}
