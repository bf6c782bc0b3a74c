package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NH3-N            | NH3N
            nh3n             | NH3N
            NH3_N            | NH3N
            nh3 n            | NH3N
            氨氮              | NH3N
            ammonia nitrogen | NH3N
            CODMn            | CODMN
            codmn            | CODMN
            高锰酸盐指数       | CODMN
            COD              | COD
            化学需氧量         | COD
            BOD5             | BOD5
            五日生化需氧量      | BOD5
            DO               | DO
            溶解氧            | DO
            dissolved oxygen | DO
            TP               | TP
            总磷              | TP
            TN               | TN
            总氮              | TN
            pH               | PH
            PH               | PH
            flow             | FLOW
            流量              | FLOW
            """)
    void parsesCodesAndChineseAndEnglishNames(String name, Indicator expected) {
        assertEquals(Optional.of(expected), Indicator.parse(name));
    }

    @ParameterizedTest(name = "\"{0}\" is unknown")
    @ValueSource(strings = {"", "--", "叶绿素α", "电导率", "NH4", "BOD", "CODMnX", "水温"})
    void rejectsUnknownNames(String name) {
        assertEquals(Optional.empty(), Indicator.parse(name));
    }

    @ParameterizedTest
    @EnumSource(Indicator.class)
    void everyIndicatorParsesFromItsOwnCodeAndChineseName(Indicator indicator) {
        assertEquals(Optional.of(indicator), Indicator.parse(indicator.code()));
        assertEquals(Optional.of(indicator), Indicator.parse(indicator.chineseName()));
        assertEquals(Optional.of(indicator), Indicator.parse(indicator.englishName()));
    }

    @Test
    void directionsFollowGb3838() {
        assertEquals(Direction.LOWER_BOUND, Indicator.DO.direction());
        assertEquals(Direction.RANGE, Indicator.PH.direction());
        assertEquals(Direction.NONE, Indicator.FLOW.direction());
        for (Indicator i : new Indicator[] {Indicator.CODMN, Indicator.COD, Indicator.BOD5, Indicator.NH3N,
                Indicator.TP, Indicator.TN}) {
            assertEquals(Direction.UPPER_BOUND, i.direction(), i.toString());
        }
    }

    @Test
    void concentrationsAreTheMilligramPerLitreIndicators() {
        assertFalse(Indicator.PH.isConcentration());
        assertFalse(Indicator.FLOW.isConcentration());
        assertTrue(Indicator.DO.isConcentration());
        assertTrue(Indicator.NH3N.isConcentration());
        assertEquals("mg/L", Indicator.TP.unit());
    }
}
