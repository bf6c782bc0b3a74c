package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.ecocomp.quality.Indicator;
import org.junit.jupiter.api.Test;

/** Median paths interpolate as documented: linearly in log space (linearly for pH), flat outside. */
class MedianPathTest {

    private static final MedianPath.Piecewise PATH = new MedianPath.Piecewise(List.of(
            new Breakpoint(YearMonth.of(2010, 1), 1.0), new Breakpoint(YearMonth.of(2012, 1), 0.25),
            new Breakpoint(YearMonth.of(2013, 1), 0.25)));

    @Test
    void logScaleInterpolatesGeometrically() {
        assertEquals(1.0, PATH.median(YearMonth.of(2010, 1), Scale.LOG), 1e-15);
        // halfway in months (12 of 24) is halfway in log: √(1 · 0.25)
        assertEquals(0.5, PATH.median(YearMonth.of(2011, 1), Scale.LOG), 1e-15);
        // a quarter of the way: 1 · 0.25^(6/24)
        assertEquals(Math.pow(0.25, 0.25), PATH.median(YearMonth.of(2010, 7), Scale.LOG), 1e-15);
        assertEquals(0.25, PATH.median(YearMonth.of(2012, 6), Scale.LOG), 1e-15);
        assertEquals(Math.log(0.5), PATH.location(YearMonth.of(2011, 1), Scale.LOG), 1e-15);
    }

    @Test
    void linearScaleInterpolatesArithmetically() {
        assertEquals(0.625, PATH.median(YearMonth.of(2011, 1), Scale.LINEAR), 1e-15);
    }

    @Test
    void theMedianIsFlatBeforeTheFirstAndAfterTheLastBreakpoint() {
        assertEquals(1.0, PATH.median(YearMonth.of(1990, 5), Scale.LOG), 1e-15);
        assertEquals(0.25, PATH.median(YearMonth.of(2030, 5), Scale.LOG), 1e-15);
        MedianPath single = new MedianPath.Piecewise(List.of(new Breakpoint(YearMonth.of(2015, 3), 4.0)));
        assertEquals(4.0, single.median(YearMonth.of(2000, 1), Scale.LOG), 1e-15);
        assertEquals(4.0, single.median(YearMonth.of(2020, 1), Scale.LOG), 1e-15);
        assertEquals(4.0, new MedianPath.Constant(4.0).median(YearMonth.of(2020, 1), Scale.LOG), 1e-15);
    }

    @Test
    void theMonthlyMedianIsTheMedianTimesTheSeasonalFactor() {
        IndicatorProcess p = new IndicatorProcess(Indicator.NH3N, PATH, 0.4, 0.5, new Seasonality(0.3, 2));
        assertEquals(0.5 * Math.exp(0.3 * Math.cos(2 * Math.PI * (1 - 2) / 12)), p.monthlyMedian(YearMonth.of(2011, 1)), 1e-15);
        assertEquals(0.25 * Math.exp(0.3), p.monthlyMedian(YearMonth.of(2014, 2)), 1e-15);
        assertEquals(0.25 * Math.exp(-0.3), p.monthlyMedian(YearMonth.of(2014, 8)), 1e-15);
        IndicatorProcess ph = new IndicatorProcess(Indicator.PH, new MedianPath.Constant(7.5), 0.3, 0.2, new Seasonality(0.2, 1));
        assertEquals(7.7, ph.monthlyMedian(YearMonth.of(2014, 1)), 1e-12);
        assertEquals(7.3, ph.monthlyMedian(YearMonth.of(2014, 7)), 1e-12);
    }

    @Test
    void theSeasonalTermAveragesToZeroOverAYear() {
        Seasonality s = new Seasonality(0.8, 6);
        double sum = 0;
        for (Month m : Month.values()) {
            sum += s.offset(m);
        }
        assertEquals(0, sum, 1e-12);
        assertEquals(0.8, s.offset(Month.JUNE), 1e-15);
        assertEquals(-0.8, s.offset(Month.DECEMBER), 1e-15);
        assertEquals(0, s.offset(Month.MARCH), 1e-15);
    }
}
