package org.ecocomp.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {

    private static final CSVFormat COMMENTED = CSVFormat.RFC4180.builder().setCommentMarker('#').get();

    @TempDir
    Path dir;

    /** Every record of a file as lists of cells, each with the line it ends on. */
    private static List<String> records(Path file, CSVFormat format) throws InputException {
        List<String> lines = new ArrayList<>();
        try (CsvInput input = CsvInput.open(file).parse(format)) {
            for (Optional<CSVRecord> r = input.next(); r.isPresent(); r = input.next()) {
                lines.add(input.line() + ": " + r.get().toList());
            }
        }
        return lines;
    }

    @Test
    void aByteOrderMarkBeforeACommentLineIsIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.csv"), "\uFEFF# SYNTHETIC\nsection,value\n甲,1\n", StandardCharsets.UTF_8);
        assertEquals(List.of("2: [section, value]", "3: [甲, 1]"), records(file, COMMENTED));
        try (CsvInput input = CsvInput.open(file)) {
            assertEquals(List.of("SYNTHETIC"), input.leadingComments());
            input.parse(CSVFormat.RFC4180);
            assertEquals(List.of("section", "value"), input.next().orElseThrow().toList());
            assertEquals(2, input.line(), "lines count the comment lines taken before the records");
        }
    }

    @Test
    void textInAnotherEncodingIsRefusedAsNotUtf8() throws Exception {
        Path file = Files.write(dir.resolve("gbk.csv"), "section,value\n兴宁电站,1\n".getBytes(Charset.forName("GBK")));
        InputException e = assertThrows(InputException.class, () -> records(file, COMMENTED));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(file + ": not UTF-8 text (save it as UTF-8)", e.getMessage());
    }

    @Test
    void aFileCutShortInsideAQuotedFieldIsLocatedAtItsRow() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.csv"), "a,b\n1,x\n2,\"starts here\nand never ends\n");
        InputException e = assertThrows(InputException.class, () -> records(file, CSVFormat.RFC4180));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(file + ":3: not well-formed CSV: a quoted field that starts in this row is not closed before the end of "
                + "the file (is the file cut short?)", e.getMessage());
    }

    @Test
    void aMissingFileIs66() {
        InputException e = assertThrows(InputException.class, () -> CsvInput.open(dir.resolve("nope.csv")));
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
    }
}
