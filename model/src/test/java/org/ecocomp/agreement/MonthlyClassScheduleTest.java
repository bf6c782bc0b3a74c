package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecocomp.agreement.Clause.ClassSchedule;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * A class schedule on each month's class (DOMAIN.md §3.4: "annual (or monthly) class → amount and
 * direction"), with 豫鲁's steps per month [U]: better than Ⅲ ⇒ downstream pays 500万 a month, Ⅲ ⇒
 * nothing, worse ⇒ upstream pays 500万 per class step. Expected payments worked out by hand.
 */
class MonthlyClassScheduleTest {

    private static final double WAN = 1e4;

    private static Agreement monthly() {
        Map<WaterClass, Double> steps = new EnumMap<>(WaterClass.class);
        steps.put(WaterClass.I, 1000 * WAN);
        steps.put(WaterClass.II, 500 * WAN);
        steps.put(WaterClass.III, 0.0);
        steps.put(WaterClass.IV, -500 * WAN);
        steps.put(WaterClass.V, -1000 * WAN);
        steps.put(WaterClass.WORSE_THAN_V, -1500 * WAN);
        ClassSchedule c = new ClassSchedule("steps", "刘庄", "HA", "SD", evaluation(CODMN, NH3N), steps, true);
        return Fixtures.agreement(List.of("HA", "SD"), Map.of("刘庄", "HA"), new Round("r", 2023, 2023, List.of(c)));
    }

    @Test
    void eachMonthSettlesItsOwnClass() throws SettlementException {
        // Jan–Jun Class Ⅱ (NH3-N 0.4), Jul–Sep Class Ⅲ (0.8), Oct–Nov Class Ⅳ (1.2), Dec missing.
        // SD pays HA 6 × 500万 = 3000万; HA pays SD 2 × 500万 = 1000万, and with count-as-failed also
        // December as 劣Ⅴ: 1500万 more.
        List<Sample> data = Fixtures.year("刘庄", 2023, m -> m <= 6 ? values(CODMN, 3.0, NH3N, 0.4)
                : m <= 9 ? values(CODMN, 3.0, NH3N, 0.8) : m <= 11 ? values(CODMN, 3.0, NH3N, 1.2) : null);
        Ledger excluded = settle(monthly(), data, MissingMonthPolicy.EXCLUDE);
        assertEquals(3000 * WAN, paid(excluded, "SD", "HA"), FEN);
        assertEquals(1000 * WAN, paid(excluded, "HA", "SD"), FEN);
        Ledger failed = settle(monthly(), data, MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals(3000 * WAN, paid(failed, "SD", "HA"), FEN);
        assertEquals(2500 * WAN, paid(failed, "HA", "SD"), FEN);
    }
}
