package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaterClassTest {

    @ParameterizedTest(name = "\"{0}\" is Class {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1      | I
            2      | II
            3      | III
            4      | IV
            5      | V
            6      | WORSE_THAN_V
            Ⅰ      | I
            Ⅱ      | II
            Ⅲ      | III
            Ⅳ      | IV
            Ⅴ      | V
            劣Ⅴ     | WORSE_THAN_V
            I      | I
            II     | II
            III    | III
            IV     | IV
            V      | V
            劣V     | WORSE_THAN_V
            Ⅲ类     | III
            劣Ⅴ类    | WORSE_THAN_V
            Class III | III
            worse than V | WORSE_THAN_V
            """)
    void parsesTheWaysTablesWriteAClass(String text, WaterClass expected) {
        assertEquals(Optional.of(expected), WaterClass.parse(text));
    }

    @Test
    void parseIgnoresSurroundingWhitespace() {
        assertEquals(Optional.of(WaterClass.II), WaterClass.parse(" 2 "));
        assertEquals(Optional.of(WaterClass.IV), WaterClass.parse("\tⅣ\n"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a class")
    @ValueSource(strings = {"-1", "--", "", "0", "7", "VII", "X", "Class", "good"})
    void rejectsWhatIsNotAClass(String text) {
        assertEquals(Optional.empty(), WaterClass.parse(text));
    }

    @Test
    void numbersRunFromOneToSixInOrder() {
        WaterClass[] all = WaterClass.values();
        for (int n = 1; n <= 6; n++) {
            assertEquals(n, all[n - 1].number());
            assertSame(all[n - 1], WaterClass.ofNumber(n));
        }
        assertEquals(6, WaterClass.WORSE_THAN_V.number());
        assertEquals("劣Ⅴ", WaterClass.WORSE_THAN_V.label());
        assertEquals("Ⅲ", WaterClass.III.label());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 7})
    void ofNumberRejectsOutOfRange(int n) {
        assertThrows(IllegalArgumentException.class, () -> WaterClass.ofNumber(n));
    }

    @Test
    void meetsMeansSameOrBetter() {
        assertTrue(WaterClass.I.meets(WaterClass.III));
        assertTrue(WaterClass.III.meets(WaterClass.III));
        assertFalse(WaterClass.IV.meets(WaterClass.III));
        assertFalse(WaterClass.WORSE_THAN_V.meets(WaterClass.V));
        assertTrue(WaterClass.V.meets(WaterClass.V));
    }

    @Test
    void worseReturnsTheHigherNumber() {
        assertSame(WaterClass.IV, WaterClass.II.worse(WaterClass.IV));
        assertSame(WaterClass.IV, WaterClass.IV.worse(WaterClass.II));
        assertSame(WaterClass.WORSE_THAN_V, WaterClass.I.worse(WaterClass.WORSE_THAN_V));
        assertSame(WaterClass.III, WaterClass.III.worse(WaterClass.III));
    }
}
