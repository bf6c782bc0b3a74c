package org.ecocomp.io.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.table.CsvInput;

/**
 * Reads a CSV (as every table: {@link CsvInput}; {@code #} comment lines) or XLSX (first sheet) file
 * into rows of text cells; blank rows are dropped.
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
        List<Row> rows = isXlsx(file) ? readXlsx(file) : readCsv(file);
        if (rows.isEmpty()) {
            throw new InputException(Problem.ofFile(file, "empty file; expected a header row and data rows"));
        }
        return rows;
    }

    private static List<Row> readCsv(Path file) throws InputException {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CsvInput input = CsvInput.open(file).parse(format)) {
            for (Optional<CSVRecord> record = input.next(); record.isPresent(); record = input.next()) {
                List<String> cells = record.get().stream().map(String::strip).toList();
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Row(input.line(), cells));
                }
            }
        }
        return rows;
    }

    private static List<Row> readXlsx(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(file, "no such file")));
        }
        try {
            return xlsxRows(file);
        } catch (IOException | RuntimeException e) {
            // POI reports malformed content as unchecked exceptions
            throw new InputException(Problem.ofFile(file, "cannot read the table: " + e.getMessage()));
        }
    }

    private static List<Row> xlsxRows(Path file) throws IOException {
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
