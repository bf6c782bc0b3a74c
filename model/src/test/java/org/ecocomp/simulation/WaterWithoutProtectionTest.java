package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ecocomp.quality.Indicator;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The projection's "water without protection": medians held at a month ({@link SectionProcess#heldAt}) and
 * multiplied by a pressure factor ({@link SectionProcess#times}).
 */
class WaterWithoutProtectionTest {

    /** CODMn 1.4 mg/L in 2010-01 falling log-linearly to 0.85 in 2020-01; TP constant; pH; flow. */
    private static final SectionProcess SECTION = new SectionProcess("S", List.of(
            new IndicatorProcess(Indicator.PH, new MedianPath.Constant(7.8), 0.2, 0.3, Seasonality.NONE),
            new IndicatorProcess(Indicator.CODMN, new MedianPath.Piecewise(List.of(
                    new Breakpoint(YearMonth.of(2010, 1), 1.4), new Breakpoint(YearMonth.of(2020, 1), 0.85))),
                    0.25, 0.4, new Seasonality(0.1, 7)),
            new IndicatorProcess(Indicator.TP, new MedianPath.Constant(0.018), 0.45, 0.4, new Seasonality(0.2, 6)),
            new IndicatorProcess(Indicator.FLOW, new MedianPath.Constant(540), 0.35, 0.6, new Seasonality(0.7, 7))),
            new Correlation(List.of(Indicator.CODMN, Indicator.TP), List.of(List.of(1.0, 0.3), List.of(0.3, 1.0))));

    private static IndicatorProcess process(SectionProcess s, Indicator i) {
        return s.processes().stream().filter(p -> p.indicator() == i).findFirst().orElseThrow();
    }

    @Test
    void heldAtAMonthEveryMedianIsThatMonthsValueForEver() {
        SectionProcess held = SECTION.heldAt(YearMonth.of(2015, 1));
        // Half-way on the log-linear path: the geometric mean √(1.4 · 0.85) = 1.090871…
        double half = Math.sqrt(1.4 * 0.85);
        for (YearMonth m : List.of(YearMonth.of(2015, 1), YearMonth.of(2024, 12), YearMonth.of(2008, 3))) {
            assertEquals(half, process(held, Indicator.CODMN).median().median(m, Scale.LOG), 1e-12);
        }
        assertEquals(0.018, process(held, Indicator.TP).median().median(YearMonth.of(2030, 1), Scale.LOG), 1e-15);
        assertEquals(7.8, process(held, Indicator.PH).median().median(YearMonth.of(2030, 1), Scale.LINEAR), 1e-15);
        // Seasonality, noise and correlation are the model's.
        assertEquals(process(SECTION, Indicator.CODMN).seasonality(), process(held, Indicator.CODMN).seasonality());
        assertEquals(SECTION.correlation(), held.correlation());
    }

    @Test
    void underPressureEveryDrawOfTheFactoredPollutantIsThatMultipleAndTheRestIsUnchanged() {
        SectionProcess pressed = SECTION.times(Map.of(Indicator.TP, 3.0, Indicator.CODMN, 1.5, Indicator.NH3N, 2.0));
        assertEquals(List.of(0.054), process(pressed, Indicator.TP).median().values().stream()
                .map(v -> Math.round(v * 1e9) / 1e9).toList());
        YearMonth first = YearMonth.of(2021, 1);
        double[][] base = new double[4][60];
        double[][] more = new double[4][60];
        SECTION.kernel(first, 60).fill(Seeds.generator(7, 0, 0), base);
        pressed.kernel(first, 60).fill(Seeds.generator(7, 0, 0), more);
        List<Indicator> order = SECTION.indicators();
        for (int t = 0; t < 60; t++) {
            // Log-normal: the same innovations give values in the ratio of the medians.
            assertEquals(3.0, more[order.indexOf(Indicator.TP)][t] / base[order.indexOf(Indicator.TP)][t], 1e-12);
            assertEquals(1.5, more[order.indexOf(Indicator.CODMN)][t] / base[order.indexOf(Indicator.CODMN)][t], 1e-12);
            assertEquals(base[order.indexOf(Indicator.PH)][t], more[order.indexOf(Indicator.PH)][t]);
            assertEquals(base[order.indexOf(Indicator.FLOW)][t], more[order.indexOf(Indicator.FLOW)][t]);
        }
    }

    @Test
    void noFactorLeavesTheProcessesAsTheyAre() {
        SectionProcess same = SECTION.times(Map.of());
        for (int k = 0; k < SECTION.processes().size(); k++) {
            assertSame(SECTION.processes().get(k), same.processes().get(k));
        }
    }

    @Test
    void aFactorMustBePositiveAndOnAConcentration() {
        assertThrows(BadParameterException.class, () -> SECTION.times(Map.of(Indicator.TP, 0.0)));
        assertThrows(BadParameterException.class, () -> SECTION.times(Map.of(Indicator.TP, Double.POSITIVE_INFINITY)));
        assertThrows(BadParameterException.class, () -> SECTION.times(Map.of(Indicator.PH, 2.0)));
    }
}
