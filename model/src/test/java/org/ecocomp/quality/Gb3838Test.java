package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Class boundaries of GB 3838-2002 Table 1 (limits transcribed from DOMAIN.md section 4, not read
 * from {@link Gb3838}).
 */
class Gb3838Test {

    /**
     * Every class limit of every graded indicator, GB 3838-2002 Table 1.
     *
     * <p>Columns: indicator, water body (BOTH = river and lake), the class the limit belongs to, the
     * limit in mg/L, the class of a value exactly at the limit, the class of a value just beyond it
     * (on the worse side), and the next displayed rounding unit (CNEMC shows DO, CODMn and TN to
     * 0.01 mg/L, NH3-N and TP to 0.001 mg/L; COD and BOD5 taken as 0.1 mg/L).
     * COD Classes I and II share 15 and BOD5 Classes I and II share 3, so a value at the shared limit is
     * Class I and a value just above it is Class III.
     */
    private static final String TABLE_1 = """
            DO,    BOTH,  I,   7.5,   I,   II,           0.01
            DO,    BOTH,  II,  6,     II,  III,          0.01
            DO,    BOTH,  III, 5,     III, IV,           0.01
            DO,    BOTH,  IV,  3,     IV,  V,            0.01
            DO,    BOTH,  V,   2,     V,   WORSE_THAN_V, 0.01
            CODMN, BOTH,  I,   2,     I,   II,           0.01
            CODMN, BOTH,  II,  4,     II,  III,          0.01
            CODMN, BOTH,  III, 6,     III, IV,           0.01
            CODMN, BOTH,  IV,  10,    IV,  V,            0.01
            CODMN, BOTH,  V,   15,    V,   WORSE_THAN_V, 0.01
            COD,   BOTH,  I,   15,    I,   III,          0.1
            COD,   BOTH,  II,  15,    I,   III,          0.1
            COD,   BOTH,  III, 20,    III, IV,           0.1
            COD,   BOTH,  IV,  30,    IV,  V,            0.1
            COD,   BOTH,  V,   40,    V,   WORSE_THAN_V, 0.1
            BOD5,  BOTH,  I,   3,     I,   III,          0.1
            BOD5,  BOTH,  II,  3,     I,   III,          0.1
            BOD5,  BOTH,  III, 4,     III, IV,           0.1
            BOD5,  BOTH,  IV,  6,     IV,  V,            0.1
            BOD5,  BOTH,  V,   10,    V,   WORSE_THAN_V, 0.1
            NH3N,  BOTH,  I,   0.15,  I,   II,           0.001
            NH3N,  BOTH,  II,  0.5,   II,  III,          0.001
            NH3N,  BOTH,  III, 1.0,   III, IV,           0.001
            NH3N,  BOTH,  IV,  1.5,   IV,  V,            0.001
            NH3N,  BOTH,  V,   2.0,   V,   WORSE_THAN_V, 0.001
            TP,    RIVER, I,   0.02,  I,   II,           0.001
            TP,    RIVER, II,  0.1,   II,  III,          0.001
            TP,    RIVER, III, 0.2,   III, IV,           0.001
            TP,    RIVER, IV,  0.3,   IV,  V,            0.001
            TP,    RIVER, V,   0.4,   V,   WORSE_THAN_V, 0.001
            TP,    LAKE,  I,   0.01,  I,   II,           0.001
            TP,    LAKE,  II,  0.025, II,  III,          0.001
            TP,    LAKE,  III, 0.05,  III, IV,           0.001
            TP,    LAKE,  IV,  0.1,   IV,  V,            0.001
            TP,    LAKE,  V,   0.2,   V,   WORSE_THAN_V, 0.001
            TN,    LAKE,  I,   0.2,   I,   II,           0.01
            TN,    LAKE,  II,  0.5,   II,  III,          0.01
            TN,    LAKE,  III, 1.0,   III, IV,           0.01
            TN,    LAKE,  IV,  1.5,   IV,  V,            0.01
            TN,    LAKE,  V,   2.0,   V,   WORSE_THAN_V, 0.01
            """;

    private static List<WaterBodyType> bodies(String body) {
        return body.equals("BOTH") ? List.of(WaterBodyType.RIVER, WaterBodyType.LAKE)
                : List.of(WaterBodyType.valueOf(body));
    }

    /** Moves a value towards worse water: up for upper bounds, down for DO. */
    private static double worse(Indicator indicator, double value, double by) {
        return indicator == Indicator.DO ? value - by : value + by;
    }

    @ParameterizedTest(name = "GB 3838-2002 Table 1: {0} ({1}) at the Class {2} limit {3} is Class {4}")
    @CsvSource(textBlock = TABLE_1)
    void aValueExactlyAtALimitMeetsThatLimitsClass(Indicator indicator, String body, WaterClass limitOf,
                                                   double limit, WaterClass atLimit) {
        for (WaterBodyType type : bodies(body)) {
            assertEquals(Optional.of(atLimit), Gb3838.classify(indicator, limit, type), type.toString());
        }
    }

    @ParameterizedTest(name = "GB 3838-2002 Table 1: {0} ({1}) a hair beyond {3} is Class {5}")
    @CsvSource(textBlock = TABLE_1)
    void aValueRelativelyOneInABillionBeyondALimitIsTheNextClass(Indicator indicator, String body,
                                                                 WaterClass limitOf, double limit,
                                                                 WaterClass atLimit, WaterClass beyond) {
        double value = worse(indicator, limit, limit * 1e-9);
        for (WaterBodyType type : bodies(body)) {
            assertEquals(Optional.of(beyond), Gb3838.classify(indicator, value, type), type + " at " + value);
        }
    }

    @ParameterizedTest(name = "GB 3838-2002 Table 1: {0} ({1}) one display unit ({6}) beyond {3} is Class {5}")
    @CsvSource(textBlock = TABLE_1)
    void aValueOneDisplayedUnitBeyondALimitIsTheNextClass(Indicator indicator, String body, WaterClass limitOf,
                                                          double limit, WaterClass atLimit, WaterClass beyond,
                                                          double unit) {
        double value = worse(indicator, limit, unit);
        for (WaterBodyType type : bodies(body)) {
            assertEquals(Optional.of(beyond), Gb3838.classify(indicator, value, type), type + " at " + value);
        }
    }

    @ParameterizedTest(name = "GB 3838-2002 Table 1: the Class {2} limit of {0} ({1}) is {3}")
    @CsvSource(textBlock = TABLE_1)
    void limitReturnsTheTableValue(Indicator indicator, String body, WaterClass limitOf, double limit) {
        for (WaterBodyType type : bodies(body)) {
            assertEquals(Optional.of(limit), Gb3838.limit(indicator, type, limitOf), type.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Indicator.class, names = {"CODMN", "COD", "BOD5", "NH3N", "TP"})
    void zeroConcentrationIsClassI(Indicator indicator) {
        assertEquals(Optional.of(WaterClass.I), Gb3838.classify(indicator, 0, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.I), Gb3838.classify(indicator, 0, WaterBodyType.LAKE));
    }

    @Test
    void dissolvedOxygenIsALowerBoundHigherIsBetter() {
        assertEquals(Optional.of(WaterClass.I), Gb3838.classify(Indicator.DO, 12.0, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.I), Gb3838.classify(Indicator.DO, 7.5, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.II), Gb3838.classify(Indicator.DO, 7.49, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.IV), Gb3838.classify(Indicator.DO, 4.0, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.V), Gb3838.classify(Indicator.DO, 2.0, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), Gb3838.classify(Indicator.DO, 1.99, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), Gb3838.classify(Indicator.DO, 0.0, WaterBodyType.LAKE));
    }

    @ParameterizedTest
    @ValueSource(doubles = {6.0, 6.5, 7.0, 8.61, 9.0})
    void phFromSixToNineInclusiveIsAcceptableForEveryClass(double ph) {
        assertEquals(Optional.of(WaterClass.I), Gb3838.classify(Indicator.PH, ph, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.I), Gb3838.classify(Indicator.PH, ph, WaterBodyType.LAKE));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 4.0, 5.99, 9.01, 9.34, 14.0})
    void phOutsideSixToNineIsWorseThanV(double ph) {
        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), Gb3838.classify(Indicator.PH, ph, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), Gb3838.classify(Indicator.PH, ph, WaterBodyType.LAKE));
    }

    @Test
    void lakesHaveStricterPhosphorusLimitsThanRivers() {
        // GB 3838-2002 Table 1, TP upper limits: river 0.02 / 0.1 / 0.2 / 0.3 / 0.4, lake 0.01 / 0.025 / 0.05 / 0.1 / 0.2
        assertEquals(Optional.of(WaterClass.II), Gb3838.classify(Indicator.TP, 0.05, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.III), Gb3838.classify(Indicator.TP, 0.05, WaterBodyType.LAKE));
        assertEquals(Optional.of(WaterClass.II), Gb3838.classify(Indicator.TP, 0.08, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.IV), Gb3838.classify(Indicator.TP, 0.08, WaterBodyType.LAKE));
        // 0.15 is above the lake Class IV limit 0.1, so Class V in a lake (not IV)
        assertEquals(Optional.of(WaterClass.III), Gb3838.classify(Indicator.TP, 0.15, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.V), Gb3838.classify(Indicator.TP, 0.15, WaterBodyType.LAKE));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.5, 1.8, 5.0})
    void totalNitrogenIsNotGradedInRivers(double tn) {
        assertEquals(Optional.empty(), Gb3838.classify(Indicator.TN, tn, WaterBodyType.RIVER));
        assertTrue(Gb3838.classify(Indicator.TN, tn, WaterBodyType.LAKE).isPresent());
    }

    @Test
    void gradedIndicatorsPerWaterBody() {
        assertFalse(Gb3838.isGraded(Indicator.TN, WaterBodyType.RIVER));
        assertTrue(Gb3838.isGraded(Indicator.TN, WaterBodyType.LAKE));
        assertTrue(Gb3838.isGraded(Indicator.PH, WaterBodyType.RIVER));
        assertFalse(Gb3838.isGraded(Indicator.FLOW, WaterBodyType.RIVER));
        assertFalse(Gb3838.isGraded(Indicator.FLOW, WaterBodyType.LAKE));
        for (Indicator i : List.of(Indicator.DO, Indicator.CODMN, Indicator.COD, Indicator.BOD5, Indicator.NH3N,
                Indicator.TP)) {
            assertTrue(Gb3838.isGraded(i, WaterBodyType.RIVER), i.toString());
            assertTrue(Gb3838.isGraded(i, WaterBodyType.LAKE), i.toString());
        }
    }

    @Test
    void flowIsNeverClassified() {
        assertEquals(Optional.empty(), Gb3838.classify(Indicator.FLOW, 120.0, WaterBodyType.RIVER));
        assertEquals(Optional.empty(), Gb3838.classify(Indicator.FLOW, 120.0, WaterBodyType.LAKE));
    }

    @Test
    void noSingleLimitForPhFlowRiverNitrogenOrWorseThanV() {
        assertEquals(Optional.empty(), Gb3838.limit(Indicator.PH, WaterBodyType.RIVER, WaterClass.III));
        assertEquals(Optional.empty(), Gb3838.limit(Indicator.FLOW, WaterBodyType.RIVER, WaterClass.III));
        assertEquals(Optional.empty(), Gb3838.limit(Indicator.TN, WaterBodyType.RIVER, WaterClass.III));
        assertEquals(Optional.empty(), Gb3838.limit(Indicator.NH3N, WaterBodyType.RIVER, WaterClass.WORSE_THAN_V));
    }

    @Test
    void phRangeConstantsAreSixAndNine() {
        assertEquals(6.0, Gb3838.PH_MIN);
        assertEquals(9.0, Gb3838.PH_MAX);
    }
}
