package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 8, 26, 13, 0);

    private static Sample sample(Indicator indicator, double value) {
        return new Sample("兴宁电站", T, Map.of(indicator, value));
    }

    @ParameterizedTest
    @EnumSource(value = Indicator.class, names = {"PH", "FLOW"}, mode = EnumSource.Mode.EXCLUDE)
    void rejectsANegativeConcentration(Indicator indicator) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample(indicator, -0.01));
        assertTrue(e.getMessage().contains(indicator.code()), e.getMessage());
    }

    @Test
    void rejectsANegativeFlow() {
        assertThrows(IllegalArgumentException.class, () -> sample(Indicator.FLOW, -1.0));
    }

    @ParameterizedTest
    @EnumSource(Indicator.class)
    void rejectsNaN(Indicator indicator) {
        assertThrows(IllegalArgumentException.class, () -> sample(indicator, Double.NaN));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsInfiniteValues(double value) {
        assertThrows(IllegalArgumentException.class, () -> sample(Indicator.NH3N, value));
        assertThrows(IllegalArgumentException.class, () -> sample(Indicator.PH, value));
    }

    @Test
    void acceptsZeroConcentration() {
        assertEquals(Optional.of(0.0), sample(Indicator.NH3N, 0.0).value(Indicator.NH3N));
    }

    /**
     * A pH outside 0–14 is a data error (e.g. CNEMC's "no data" code -1 landing in the wrong column),
     * not a water class, so it is refused rather than graded 劣Ⅴ.
     */
    @Test
    void phOutsideZeroToFourteenIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> sample(Indicator.PH, -1.0));
        assertThrows(IllegalArgumentException.class, () -> sample(Indicator.PH, 14.01));
        assertEquals(Optional.of(0.0), sample(Indicator.PH, 0.0).value(Indicator.PH));
        assertEquals(Optional.of(14.0), sample(Indicator.PH, 14.0).value(Indicator.PH));
    }

    @Test
    void rejectsABlankSection() {
        assertThrows(IllegalArgumentException.class, () -> new Sample(" ", T, Map.of()));
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new Sample(null, T, Map.of()));
        assertThrows(NullPointerException.class, () -> new Sample("庙咀里", null, Map.of()));
        assertThrows(NullPointerException.class, () -> new Sample("庙咀里", T, Map.of(), null));
    }

    @Test
    void valuesAreACopyThatCannotBeModified() {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        values.put(Indicator.TP, 0.128);
        Sample s = new Sample("庙咀里", T, values);
        values.put(Indicator.TP, 9.0);
        values.put(Indicator.DO, 8.3);
        assertEquals(Map.of(Indicator.TP, 0.128), s.values());
        assertThrows(UnsupportedOperationException.class, () -> s.values().put(Indicator.DO, 1.0));
    }

    @Test
    void valueOfAnUnmeasuredIndicatorIsEmpty() {
        Sample s = sample(Indicator.TP, 0.128);
        assertEquals(Optional.empty(), s.value(Indicator.NH3N));
        assertEquals(Optional.empty(), s.reportedClass());
    }
}
