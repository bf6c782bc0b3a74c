package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final Labels ZH = new Labels(Language.ZH);
    private static final Labels EN = new Labels(Language.EN);

    @Test
    void languageCodes() {
        assertEquals(Optional.of(Language.ZH), Language.parse(" ZH "));
        assertEquals(Optional.of(Language.EN), Language.parse("en"));
        assertEquals(Optional.empty(), Language.parse("fr"));
    }

    @Test
    void indicatorsAndAxes() {
        assertEquals("氨氮", ZH.indicator(Indicator.NH3N));
        assertEquals("ammonia nitrogen (NH3-N)", EN.indicator(Indicator.NH3N));
        assertEquals("pH", ZH.indicator(Indicator.PH));
        assertEquals("氨氮 (mg/L)", ZH.valueAxis(Indicator.NH3N));
        assertEquals("NH3-N (mg/L)", EN.valueAxis(Indicator.NH3N));
        assertEquals("pH", EN.valueAxis(Indicator.PH));
    }

    @Test
    void classesAndLimits() {
        assertEquals("劣Ⅴ类", ZH.waterClass(WaterClass.WORSE_THAN_V));
        assertEquals("Worse than V", EN.waterClass(WaterClass.WORSE_THAN_V));
        assertEquals("Ⅲ类 目标", ZH.limit(List.of(WaterClass.III), true));
        assertEquals("Ⅰ/Ⅱ类", ZH.limit(List.of(WaterClass.I, WaterClass.II), false));
        assertEquals("Class I–V (target)", EN.limit(List.of(WaterClass.I, WaterClass.II, WaterClass.III,
                WaterClass.IV, WaterClass.V), true));
    }

    @Test
    void monthsAndTicks() {
        assertEquals("7月", ZH.month(Month.JULY));
        assertEquals("Jul", EN.month(Month.JULY));
        assertEquals("2009", EN.monthTick(YearMonth.of(2009, 1)));
        assertEquals("2009年7月", ZH.monthTick(YearMonth.of(2009, 7)));
        assertEquals("Jul 2009", EN.monthTick(YearMonth.of(2009, 7)));
    }

    @Test
    void parties() {
        assertEquals("江西", ZH.party("JX"));
        assertEquals("Central government", EN.party("CENTRAL"));
        assertEquals("XX", EN.party("XX"));
    }

    @Test
    void titles() {
        assertEquals("各断面月均水质类别（目标 Ⅲ类）", ZH.classMapTitle(Optional.of(WaterClass.III)));
        assertEquals("Monthly water class by section", EN.classMapTitle(Optional.empty()));
        assertEquals("鹰嘴: dissolved oxygen (DO)", EN.seriesTitle("鹰嘴", Indicator.DO));
    }
}
