package org.ecocomp.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void numbersArePlainAndLocaleFree() {
        assertEquals("0.0001", CsvTable.number(1e-4));
        assertEquals("12.5", CsvTable.number(12.5));
        assertEquals("3", CsvTable.number(3.0));
        assertEquals("0.3", CsvTable.number(0.1 + 0.2));
        assertEquals("100000000", CsvTable.number(1e8));
        assertEquals("-2", CsvTable.number(-2));
        assertEquals("", CsvTable.number(Double.NaN));
        assertEquals("1.50", CsvTable.number(1.5, 2));
        assertEquals("0.12", CsvTable.number(0.125, 2), "half-even");
    }

    @Test
    void quotesCellsThatNeedIt() {
        CsvTable t = new CsvTable(List.of("made by a test"), List.of("section", "note"));
        t.add("新河村入湖口（金属筛片厂小桥）", "a, b");
        assertEquals("# made by a test\nsection,note\n新河村入湖口（金属筛片厂小桥）,\"a, b\"\n", t.toCsv());
        assertThrows(IllegalArgumentException.class, () -> t.add("only one"));
    }
}
