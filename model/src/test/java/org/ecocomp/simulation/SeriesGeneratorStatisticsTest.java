package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated series reproduce their parameters, checked on one 2,000-year series (24,000 months)
 * with a fixed seed. Every tolerance is 4 standard errors of the estimator under the model (a
 * two-sided 4σ band: a correct generator fails one check with probability 6e-5), plus an allowance
 * for the display rounding where rounding can move the estimate; each is derived where it is used.
 */
class SeriesGeneratorStatisticsTest {

    private static final int YEARS = 2000;
    private static final int N = 12 * YEARS;
    private static final double Z = 4;
    private static final long SEED = 20160101L;

    /** Innovation correlations of CODMn, TP (both phi 0.5), flow (phi 0.7) and pH (phi 0.2). */
    private static final Correlation CORRELATION = new Correlation(
            List.of(Indicator.CODMN, Indicator.TP, Indicator.FLOW, Indicator.PH),
            List.of(List.of(1.0, 0.4, 0.3, -0.2),
                    List.of(0.4, 1.0, 0.5, 0.0),
                    List.of(0.3, 0.5, 1.0, 0.0),
                    List.of(-0.2, 0.0, 0.0, 1.0)));

    private static final SectionProcess SECTION = new SectionProcess("S", List.of(
            new IndicatorProcess(Indicator.PH, new MedianPath.Constant(7.5), 0.3, 0.2, new Seasonality(0.2, 1)),
            new IndicatorProcess(Indicator.DO, new MedianPath.Constant(8.0), 0.15, 0.5, new Seasonality(0.15, 1)),
            new IndicatorProcess(Indicator.CODMN, new MedianPath.Constant(3.0), 0.3, 0.5, new Seasonality(0.2, 7)),
            // a trend: 1.0 mg/L until year 200, falling (log-linearly) to 0.2 mg/L in year 1200, then flat
            new IndicatorProcess(Indicator.NH3N, new MedianPath.Piecewise(List.of(
                    new Breakpoint(YearMonth.of(200, 1), 1.0), new Breakpoint(YearMonth.of(1200, 1), 0.2))),
                    0.5, 0.3, Seasonality.NONE),
            new IndicatorProcess(Indicator.TP, new MedianPath.Constant(0.1), 0.4, 0.5, new Seasonality(0.3, 6)),
            new IndicatorProcess(Indicator.FLOW, new MedianPath.Constant(100), 0.6, 0.7, new Seasonality(0.8, 6))),
            CORRELATION);

    private static final SyntheticSeries SERIES = new SyntheticSeries(new YearRange(1, YEARS), List.of(SECTION));

    /** Per process (in section order): the deviations d(t) = location(value) − location(t), t = 0…N−1. */
    private static double[][] deviations;
    /** Per process: the mean rounding variance on the process's scale, (10^−d / x)² / 12 (×x² for pH). */
    private static double[] roundingVariance;
    private static List<Sample> samples;

    @BeforeAll
    static void generate() {
        samples = new SeriesGenerator(SERIES).generate(SEED);
        assertEquals(N, samples.size());
        List<IndicatorProcess> processes = SECTION.processes();
        deviations = new double[processes.size()][N];
        roundingVariance = new double[processes.size()];
        for (int t = 0; t < N; t++) {
            Sample s = samples.get(t);
            YearMonth month = YearMonth.from(s.time());
            for (int i = 0; i < processes.size(); i++) {
                IndicatorProcess p = processes.get(i);
                double x = s.values().get(p.indicator());
                deviations[i][t] = p.scale().location(x) - p.location(month);
                // rounding to a step h adds a uniform error of variance h²/12; on the log scale h/x
                double h = Math.pow(10, -SeriesGenerator.decimals(p.indicator()));
                double relative = p.scale() == Scale.LOG ? h / x : h;
                roundingVariance[i] += relative * relative / 12 / N;
            }
        }
    }

    @Test
    void monthlyMediansAreTheMedianTimesTheSeasonalFactor() {
        List<IndicatorProcess> processes = SECTION.processes();
        for (int i = 0; i < processes.size(); i++) {
            IndicatorProcess p = processes.get(i);
            // The sample median of n normal values has standard error √(π/2)·sd/√n. Values of one
            // calendar month are 12 months apart; their correlation phi¹² (≤ 0.014 here) inflates the
            // variance by at most (1 + phi¹²)/(1 − phi¹²).
            double phi12 = Math.pow(p.phi(), 12);
            double se = Math.sqrt(Math.PI / 2) * p.sd() / Math.sqrt(YEARS) * Math.sqrt((1 + phi12) / (1 - phi12));
            for (Month m : Month.values()) {
                double[] d = new double[YEARS];
                double smallestMedian = Double.MAX_VALUE;
                for (int y = 0; y < YEARS; y++) {
                    int t = 12 * y + m.ordinal();
                    d[y] = deviations[i][t];
                    smallestMedian = Math.min(smallestMedian, p.monthlyMedian(SERIES.years().month(t)));
                }
                // The median is set by values near the monthly median; within one sd of it rounding
                // moves a log value by at most half a step over the smallest such value.
                double step = Math.pow(10, -SeriesGenerator.decimals(p.indicator())) / 2;
                double rounding = p.scale() == Scale.LOG ? step / (smallestMedian * Math.exp(-p.sd())) : step;
                double tolerance = Z * se + rounding;
                double median = median(d);
                assertTrue(Math.abs(median) <= tolerance, () -> p.indicator().code() + " " + m + ": median of log"
                        + " deviations " + median + ", tolerance " + tolerance);
            }
        }
    }

    @Test
    void constantMediansAreReproducedOnTheValueScale() {
        // The same check in the file's units for CODMn in July, the seasonal peak: median 3.0·e^0.2.
        IndicatorProcess codmn = process(Indicator.CODMN);
        List<Double> july = new ArrayList<>();
        for (Sample s : samples) {
            if (s.time().getMonth() == Month.JULY) {
                july.add(s.values().get(Indicator.CODMN));
            }
        }
        double expected = 3.0 * Math.exp(0.2);
        assertEquals(expected, codmn.monthlyMedian(YearMonth.of(7, 7)), 1e-12);
        double se = Math.sqrt(Math.PI / 2) * codmn.sd() / Math.sqrt(YEARS);
        // a log tolerance of Z·se is a relative tolerance of e^(Z·se) − 1; rounding moves a median by ≤ 0.005
        double tolerance = expected * (Math.exp(Z * se) - 1) + 0.005;
        assertEquals(expected, median(july.stream().mapToDouble(Double::doubleValue).toArray()), tolerance);
    }

    @Test
    void marginalStandardDeviationsMatch() {
        List<IndicatorProcess> processes = SECTION.processes();
        for (int i = 0; i < processes.size(); i++) {
            IndicatorProcess p = processes.get(i);
            double phi2 = p.phi() * p.phi();
            // For a Gaussian AR(1), Var(s²) ≈ 2σ⁴/n · (1 + phi²)/(1 − phi²), so se(s) ≈ σ/√(2n) · √((1 + phi²)/(1 − phi²)).
            double se = p.sd() / Math.sqrt(2.0 * N) * Math.sqrt((1 + phi2) / (1 - phi2));
            // Independent rounding errors add their variance v to σ², raising s by about v/(2σ).
            double rounding = roundingVariance[i] / (2 * p.sd());
            double s = Math.sqrt(variance(deviations[i]));
            double tolerance = Z * se + rounding;
            assertTrue(Math.abs(s - p.sd()) <= tolerance,
                    () -> p.indicator().code() + ": sd " + s + " vs " + p.sd() + ", tolerance " + tolerance);
        }
    }

    @Test
    void lagOneAutocorrelationsMatchPhi() {
        List<IndicatorProcess> processes = SECTION.processes();
        for (int i = 0; i < processes.size(); i++) {
            IndicatorProcess p = processes.get(i);
            // Bartlett: for an AR(1), Var(r₁) ≈ (1 − phi²)/n.
            double se = Math.sqrt((1 - p.phi() * p.phi()) / N);
            // Rounding noise of variance v shrinks r₁ by the factor σ²/(σ² + v): by at most phi·v/σ².
            double rounding = Math.abs(p.phi()) * roundingVariance[i] / (p.sd() * p.sd());
            double r1 = lagOneAutocorrelation(deviations[i]);
            double tolerance = Z * se + rounding;
            assertTrue(Math.abs(r1 - p.phi()) <= tolerance,
                    () -> p.indicator().code() + ": r1 " + r1 + " vs phi " + p.phi() + ", tolerance " + tolerance);
        }
    }

    @Test
    void innovationsHaveTheGivenCorrelations() {
        List<IndicatorProcess> processes = SECTION.processes();
        double[][] innovations = new double[processes.size()][N - 1];
        for (int i = 0; i < processes.size(); i++) {
            for (int t = 1; t < N; t++) {
                innovations[i][t - 1] = deviations[i][t] - processes.get(i).phi() * deviations[i][t - 1];
            }
        }
        for (int i = 0; i < processes.size(); i++) {
            for (int j = i + 1; j < processes.size(); j++) {
                double r = CORRELATION.get(processes.get(i).indicator(), processes.get(j).indicator());
                // Innovations are independent over time: the sample correlation of n normal pairs has
                // standard error (1 − r²)/√n. Rounding noise enters an innovation with variance
                // v·(1 + phi²) and shrinks the correlation by at most |r|·Σ v(1 + phi²)/(2σᵤ²).
                double tolerance = Z * (1 - r * r) / Math.sqrt(N - 1)
                        + Math.abs(r) * (shrink(processes.get(i), roundingVariance[i]) + shrink(processes.get(j), roundingVariance[j]));
                double estimate = correlation(innovations[i], innovations[j]);
                String pair = processes.get(i).indicator().code() + "~" + processes.get(j).indicator().code();
                assertTrue(Math.abs(estimate - r) <= tolerance,
                        () -> pair + ": " + estimate + " vs " + r + ", tolerance " + tolerance);
            }
        }
    }

    @Test
    void valuesOfIndicatorsWithTheSamePhiCorrelateAsTheMatrixSays() {
        int codmn = SECTION.processes().indexOf(process(Indicator.CODMN));
        int tp = SECTION.processes().indexOf(process(Indicator.TP));
        double r = CORRELATION.get(Indicator.CODMN, Indicator.TP);
        // Both are AR(1) with phi = 0.5, so the pair is a bivariate AR(1) with a separable covariance
        // and Bartlett's formula gives Var(r) ≈ (1 − r²)²/n · Σₖ phi^2|k| = (1 − r²)²/n · (1 + phi²)/(1 − phi²).
        // Rounding noise of variance v shrinks it by at most |r|·(vᵢ/σᵢ² + vⱼ/σⱼ²)/2.
        double phi2 = 0.25;
        double rounding = Math.abs(r) * (roundingVariance[codmn] / (0.3 * 0.3) + roundingVariance[tp] / (0.4 * 0.4)) / 2;
        double tolerance = Z * (1 - r * r) / Math.sqrt(N) * Math.sqrt((1 + phi2) / (1 - phi2)) + rounding;
        assertEquals(r, correlation(deviations[codmn], deviations[tp]), tolerance);
    }

    @Test
    void theFirstMonthIsDrawnFromTheJointStationaryDistribution() {
        // 20,000 independent one-year series of a pair with very different phi (0.9 and 0) and
        // innovation correlation 0.8: their first months are independent draws from the start
        // distribution, which must be the stationary one: marginal sd as given, and correlation
        // 0.8·√((1 − 0.81)(1 − 0))/(1 − 0) = 0.349 rather than the innovations' 0.8.
        IndicatorProcess slow = new IndicatorProcess(Indicator.CODMN, new MedianPath.Constant(100), 0.5, 0.9, Seasonality.NONE);
        IndicatorProcess fast = new IndicatorProcess(Indicator.FLOW, new MedianPath.Constant(1000), 0.5, 0.0, Seasonality.NONE);
        Correlation r = new Correlation(List.of(Indicator.CODMN, Indicator.FLOW), List.of(List.of(1.0, 0.8), List.of(0.8, 1.0)));
        SeriesGenerator generator = new SeriesGenerator(new SyntheticSeries(new YearRange(2020, 2020),
                List.of(new SectionProcess("pair", List.of(slow, fast), r))));
        int reps = 20_000;
        double[] a = new double[reps];
        double[] b = new double[reps];
        for (int k = 0; k < reps; k++) {
            Sample first = generator.generate(0, Seeds.generator(SEED, k)).getFirst();
            a[k] = Math.log(first.values().get(Indicator.CODMN) / 100);
            b[k] = Math.log(first.values().get(Indicator.FLOW) / 1000);
        }
        double expected = 0.8 * Math.sqrt(1 - 0.81);
        // iid pairs: se(r) = (1 − ρ²)/√n and se(s) = σ/√(2n). Values of about 100 and 1000 rounded to
        // 0.01 and 0.1 carry a log rounding error of variance ≤ (1e-4)²/12: negligible.
        assertEquals(expected, correlation(a, b), Z * (1 - expected * expected) / Math.sqrt(reps));
        assertEquals(0.5, Math.sqrt(variance(a)), Z * 0.5 / Math.sqrt(2.0 * reps));
        assertEquals(0.5, Math.sqrt(variance(b)), Z * 0.5 / Math.sqrt(2.0 * reps));
    }

    /** The relative shrinkage of a correlation of innovations by rounding noise of variance v: v(1 + phi²)/(2σᵤ²). */
    private static double shrink(IndicatorProcess p, double v) {
        return v * (1 + p.phi() * p.phi()) / (2 * p.innovationSd() * p.innovationSd());
    }

    private static IndicatorProcess process(Indicator indicator) {
        return SECTION.processes().stream().filter(p -> p.indicator() == indicator).findFirst().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    private static double variance(double[] x) {
        double m = mean(x);
        return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
    }

    private static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int t = 0; t < x.length; t++) {
            sxy += (x[t] - mx) * (y[t] - my);
            sxx += (x[t] - mx) * (x[t] - mx);
            syy += (y[t] - my) * (y[t] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double lagOneAutocorrelation(double[] x) {
        double m = mean(x);
        double num = 0;
        double den = 0;
        for (int t = 0; t < x.length; t++) {
            den += (x[t] - m) * (x[t] - m);
            if (t > 0) {
                num += (x[t] - m) * (x[t - 1] - m);
            }
        }
        return num / den;
    }
}
