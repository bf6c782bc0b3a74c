package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.ecocomp.quality.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every parameter outside its domain is refused, naming the parameter. */
class ParameterValidationTest {

    private static void refused(String parameter, String fragment, Executable construction) {
        BadParameterException e = assertThrows(BadParameterException.class, construction);
        assertEquals(parameter, e.parameter());
        assertTrue(e.detail().contains(fragment), e.getMessage());
    }

    private static IndicatorProcess tp(double median, double sd, double phi) {
        return new IndicatorProcess(Indicator.TP, new MedianPath.Constant(median), sd, phi, Seasonality.NONE);
    }

    @Test
    void indicatorProcesses() {
        refused("median", "must be > 0", () -> tp(-0.1, 0.3, 0.5));
        refused("median", "must be > 0", () -> tp(0, 0.3, 0.5));
        refused("sd", "> 0", () -> tp(0.1, 0, 0.5));
        refused("sd", "> 0", () -> tp(0.1, -0.2, 0.5));
        refused("sd", "> 0", () -> tp(0.1, Double.NaN, 0.5));
        refused("phi", "between −1 and 1", () -> tp(0.1, 0.3, 1));
        refused("phi", "between −1 and 1", () -> tp(0.1, 0.3, -1.2));
        refused("median", "0–14", () -> new IndicatorProcess(Indicator.PH, new MedianPath.Constant(15), 0.3, 0, Seasonality.NONE));
        refused("median", "must be > 0", () -> new IndicatorProcess(Indicator.FLOW, new MedianPath.Piecewise(List.of(
                new Breakpoint(YearMonth.of(2010, 1), 5), new Breakpoint(YearMonth.of(2011, 1), -5))), 0.3, 0, Seasonality.NONE));
        // pH is on the linear scale: a median of 7 with any finite sd is fine
        new IndicatorProcess(Indicator.PH, new MedianPath.Constant(7), 0.3, -0.5, Seasonality.NONE);
    }

    @Test
    void medianPaths() {
        refused("median", "at least one", () -> new MedianPath.Piecewise(List.of()));
        refused("median", "increase strictly", () -> new MedianPath.Piecewise(List.of(
                new Breakpoint(YearMonth.of(2012, 1), 1), new Breakpoint(YearMonth.of(2012, 1), 2))));
        refused("median", "finite", () -> new MedianPath.Constant(Double.POSITIVE_INFINITY));
        refused("value", "finite", () -> new Breakpoint(YearMonth.of(2012, 1), Double.NaN));
    }

    @Test
    void seasonality() {
        refused("amplitude", "≥ 0", () -> new Seasonality(-0.1, 6));
        refused("peakMonth", "1–12", () -> new Seasonality(0.1, 0));
        refused("peakMonth", "1–12", () -> new Seasonality(0.1, 13));
    }

    @Test
    void yearRanges() {
        refused("to", "before the first year", () -> new YearRange(2025, 2010));
        refused("from", "1–9999", () -> new YearRange(0, 2010));
        refused("to", "1–9999", () -> new YearRange(2010, 10_000));
        assertEquals(12, new YearRange(2020, 2020).months());
    }

    @Test
    void correlations() {
        List<Indicator> two = List.of(Indicator.TP, Indicator.FLOW);
        refused("matrix", "not symmetric", () -> new Correlation(two, List.of(List.of(1.0, 0.3), List.of(0.2, 1.0))));
        refused("matrix", "diagonal", () -> new Correlation(two, List.of(List.of(0.9, 0.3), List.of(0.3, 1.0))));
        refused("matrix", "−1…1", () -> new Correlation(two, List.of(List.of(1.0, 1.3), List.of(1.3, 1.0))));
        refused("matrix", "2×2", () -> new Correlation(two, List.of(List.of(1.0, 0.3))));
        refused("matrix", "row 2", () -> new Correlation(two, List.of(List.of(1.0, 0.3), List.of(0.3))));
        refused("indicators", "twice", () -> new Correlation(List.of(Indicator.TP, Indicator.TP),
                List.of(List.of(1.0, 0.3), List.of(0.3, 1.0))));
        // each pair is a valid correlation, but TP~CODMn and TP~flow strong with CODMn~flow strongly negative is impossible
        refused("matrix", "not positive definite", () -> new Correlation(List.of(Indicator.TP, Indicator.CODMN, Indicator.FLOW),
                List.of(List.of(1.0, 0.9, 0.9), List.of(0.9, 1.0, -0.9), List.of(0.9, -0.9, 1.0))));
        // perfectly correlated: singular, not positive definite
        refused("matrix", "not positive definite", () -> new Correlation(two, List.of(List.of(1.0, 1.0), List.of(1.0, 1.0))));
        assertEquals(0.3, new Correlation(two, List.of(List.of(1.0, 0.3), List.of(0.3, 1.0))).get(Indicator.FLOW, Indicator.TP));
        assertEquals(0, Correlation.NONE.get(Indicator.FLOW, Indicator.TP));
    }

    @Test
    void sectionsAndSeries() {
        IndicatorProcess tp = tp(0.1, 0.3, 0.5);
        refused("name", "needs a name", () -> new SectionProcess(" ", List.of(tp), Correlation.NONE));
        refused("processes", "models no indicator", () -> new SectionProcess("A", List.of(), Correlation.NONE));
        refused("processes", "twice", () -> new SectionProcess("A", List.of(tp, tp), Correlation.NONE));
        Correlation withFlow = new Correlation(List.of(Indicator.TP, Indicator.FLOW), List.of(List.of(1.0, 0.3), List.of(0.3, 1.0)));
        refused("correlation", "does not model", () -> new SectionProcess("A", List.of(tp), withFlow));
        SectionProcess a = new SectionProcess("A", List.of(tp), Correlation.NONE);
        refused("sections", "two sections are named A", () -> new SyntheticSeries(new YearRange(2010, 2011), List.of(a, a)));
        refused("sections", "no section", () -> new SyntheticSeries(new YearRange(2010, 2011), List.of()));
    }
}
