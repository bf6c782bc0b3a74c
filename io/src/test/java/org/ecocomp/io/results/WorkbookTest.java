package org.ecocomp.io.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecocomp.io.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {

    @TempDir
    Path dir;

    @Test
    void oneSheetPerTableWithNumbersAsNumbersAndAFrozenHeader() throws Exception {
        ResultsFolder rf = ResultsFolder.open(ResultsFolderTest.folder(dir, List.of()));
        Path file = dir.resolve(Workbook.FILE);
        Workbook.write(rf, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
            for (ResultTable table : rf.tables()) {
                Sheet sheet = wb.getSheet(table.name());
                PaneInformation pane = sheet.getPaneInformation();
                assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, table.file());
                List<String> header = table.header();
                for (int c = 0; c < header.size(); c++) {
                    assertEquals(header.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
                }
                try (Stream<List<String>> rows = table.rows()) {
                    int r = 0;
                    for (List<String> csv : rows.toList()) {
                        Row row = sheet.getRow(++r);
                        for (int c = 0; c < csv.size(); c++) {
                            String v = csv.get(c);
                            Cell cell = row.getCell(c);
                            if (v.isEmpty()) {
                                assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
                            } else if (v.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                                assertEquals(CellType.NUMERIC, cell.getCellType(), v);
                                assertEquals(Double.parseDouble(v), cell.getNumericCellValue(), 0.0, v);
                            } else {
                                assertEquals(CellType.STRING, cell.getCellType(), v);
                                assertEquals(v, cell.getStringCellValue());
                            }
                        }
                    }
                    assertEquals(r, sheet.getLastRowNum());
                }
            }
            Sheet ledger = wb.getSheet("ledger");
            assertEquals(CellType.STRING, ledger.getRow(3).getCell(1).getCellType(), "007 keeps its zeros");
            assertEquals("#,##0.00", ledger.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals(1000.0, wb.getSheet("balances").getRow(1).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void theSameTablesGiveTheSameBytesDatedByTheManifest() throws Exception {
        ResultsFolder rf = ResultsFolder.open(ResultsFolderTest.folder(dir, List.of()));
        Instant time = Workbook.time(rf.manifest());
        assertEquals(Instant.parse("2026-01-02T03:04:09.5Z"), time);
        byte[] first = bytes(rf, time);
        Thread.sleep(1100);         // a wall-clock time anywhere would now differ
        byte[] second = bytes(rf, time);
        assertArrayEquals(first, second);
        String core = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.of(2026, 1, 2, 3, 4, 8), e.getTimeLocal(), e.getName() + " (DOS time: even seconds)");
                if (e.getName().equals("docProps/core.xml")) {
                    core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(core != null && core.contains("2026-01-02T03:04:09Z") && !core.contains(Integer.toString(
                LocalDateTime.now().getYear() + 1)), core);
    }

    private static byte[] bytes(ResultsFolder rf, Instant time) throws InputException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook.write(rf.tables(), time, out);
        return out.toByteArray();
    }

    @Test
    void aTableLongerThanASheetIsCutWithANote() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "a\n1\n2\n3\n");
        Path exact = Files.writeString(dir.resolve("u.csv"), "a\n1\n2\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook.write(List.of(new ResultTable("t.csv", csv), new ResultTable("u.csv", exact)), Instant.EPOCH.plusSeconds(1L << 30),
                out, 2);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet t = wb.getSheet("t");
            assertEquals(2, t.getLastRowNum());
            assertEquals(1.0, t.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("… 2 more rows in t.csv (a sheet holds 2 rows under its header)", t.getRow(2).getCell(0).getStringCellValue());
            Sheet u = wb.getSheet("u");
            assertEquals(2, u.getLastRowNum());
            assertEquals(2.0, u.getRow(2).getCell(0).getNumericCellValue(), "a table that just fits is not cut");
        }
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        Set<String> taken = new HashSet<>();
        assertEquals("a_b_c", Workbook.sheetName(taken, "a[b]c"));
        assertEquals("a_b_c-2", Workbook.sheetName(taken, "a:b?c"));
        String longName = "x".repeat(40);
        assertEquals("x".repeat(31), Workbook.sheetName(taken, longName));
        assertEquals("x".repeat(29) + "-2", Workbook.sheetName(taken, longName));
    }
}
