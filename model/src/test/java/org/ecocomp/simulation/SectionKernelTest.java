package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * {@link SectionKernel} against a straightforward reference implementation of the model (the
 * generator's loop before it had a kernel), bit for bit, and against the rounded samples of
 * {@link SeriesGenerator}.
 */
class SectionKernelTest {

    private static final SectionProcess SECTION = new SectionProcess("S", List.of(
            new IndicatorProcess(Indicator.TN, new MedianPath.Constant(1.7), 0.25, 0.5, new Seasonality(0.2, 1)),
            new IndicatorProcess(Indicator.PH, new MedianPath.Constant(7.4), 0.2, 0.3, new Seasonality(0.1, 8)),
            new IndicatorProcess(Indicator.CODMN, new MedianPath.Piecewise(List.of(
                    new Breakpoint(YearMonth.of(2015, 12), 2.6), new Breakpoint(YearMonth.of(2019, 1), 2.2))),
                    0.3, 0.4, new Seasonality(0.1, 7)),
            new IndicatorProcess(Indicator.NH3N, new MedianPath.Piecewise(List.of(
                    new Breakpoint(YearMonth.of(2015, 12), 0.3), new Breakpoint(YearMonth.of(2019, 1), 0.15))),
                    0.6, 0.4, new Seasonality(0.3, 1)),
            new IndicatorProcess(Indicator.TP, new MedianPath.Constant(0.08), 0.45, -0.2, Seasonality.NONE),
            new IndicatorProcess(Indicator.FLOW, new MedianPath.Constant(210), 0.45, 0.6, new Seasonality(0.9, 6))),
            new Correlation(List.of(Indicator.CODMN, Indicator.NH3N, Indicator.TP, Indicator.FLOW), List.of(
                    List.of(1.0, 0.2, 0.3, 0.2),
                    List.of(0.2, 1.0, 0.2, -0.3),
                    List.of(0.3, 0.2, 1.0, 0.5),
                    List.of(0.2, -0.3, 0.5, 1.0))));

    /** The model written out plainly: 2-D Cholesky factors, per-month locations, exp per value. */
    private static double[][] reference(SectionProcess section, YearMonth first, int months, RandomGenerator random) {
        List<IndicatorProcess> p = section.processes();
        int k = p.size();
        double[][] innovation = new double[k][k];
        double[][] stationary = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double r = section.correlation().get(p.get(i).indicator(), p.get(j).indicator());
                double phiI = p.get(i).phi();
                double phiJ = p.get(j).phi();
                innovation[i][j] = r;
                stationary[i][j] = r * Math.sqrt((1 - phiI * phiI) * (1 - phiJ * phiJ)) / (1 - phiI * phiJ);
            }
        }
        double[][] l = new CholeskyDecomposition(new Array2DRowRealMatrix(innovation)).getL().getData();
        double[][] l0 = new CholeskyDecomposition(new Array2DRowRealMatrix(stationary)).getL().getData();
        double[][] out = new double[k][months];
        double[] e = new double[k];
        double[] z = new double[k];
        double[] eps = new double[k];
        for (int t = 0; t < months; t++) {
            for (int i = 0; i < k; i++) {
                z[i] = random.nextGaussian();
            }
            double[][] lower = t == 0 ? l0 : l;
            for (int i = 0; i < k; i++) {
                double sum = 0;
                for (int j = 0; j <= i; j++) {
                    sum += lower[i][j] * z[j];
                }
                eps[i] = sum;
            }
            for (int i = 0; i < k; i++) {
                IndicatorProcess q = p.get(i);
                e[i] = t == 0 ? q.sd() * eps[i] : q.phi() * e[i] + q.innovationSd() * eps[i];
                out[i][t] = q.scale().value(q.location(first.plusMonths(t)) + e[i]);
            }
        }
        return out;
    }

    @Test
    void theKernelEqualsTheReferenceBitForBit() {
        for (long seed = 0; seed < 20; seed++) {
            SectionKernel kernel = SECTION.kernel(new YearRange(2010, 2025));
            double[][] out = new double[6][192];
            kernel.fill(Seeds.generator(seed, 0), out);
            double[][] expected = reference(SECTION, YearMonth.of(2010, 1), 192, Seeds.generator(seed, 0));
            for (int i = 0; i < 6; i++) {
                for (int t = 0; t < 192; t++) {
                    assertEquals(Double.doubleToRawLongBits(expected[i][t]), Double.doubleToRawLongBits(out[i][t]),
                            "seed " + seed + ", row " + i + ", month " + t);
                }
            }
        }
    }

    @Test
    void aKernelOverOtherMonthsFollowsTheMedianPathThere() {
        // projection months that start mid-year, inside and after the breakpoints
        YearMonth first = YearMonth.of(2017, 5);
        SectionKernel kernel = SECTION.kernel(first, 100);
        assertEquals(first, kernel.first());
        assertEquals(100, kernel.months());
        double[][] out = new double[6][100];
        kernel.fill(Seeds.generator(3, 1), out);
        double[][] expected = reference(SECTION, first, 100, Seeds.generator(3, 1));
        for (int i = 0; i < 6; i++) {
            for (int t = 0; t < 100; t++) {
                assertEquals(expected[i][t], out[i][t], "row " + i + ", month " + t);
            }
        }
    }

    @Test
    void rowsFollowTheIndicatorOrder() {
        List<Indicator> order = List.of(Indicator.PH, Indicator.CODMN, Indicator.NH3N, Indicator.TP, Indicator.TN,
                Indicator.FLOW);
        assertEquals(order, SECTION.indicators());
        assertEquals(order, SECTION.kernel(YearMonth.of(2020, 1), 12).indicators());
    }

    @Test
    void theGeneratorRoundsTheKernelsValues() {
        SyntheticSeries series = new SyntheticSeries(new YearRange(2012, 2021), List.of(SECTION));
        SeriesGenerator generator = new SeriesGenerator(series);
        List<Sample> samples = generator.generate(0, Seeds.generator(42, 0));
        SectionKernel kernel = generator.kernel(0);
        double[][] out = new double[kernel.indicators().size()][kernel.months()];
        kernel.fill(Seeds.generator(42, 0), out);
        assertEquals(120, samples.size());
        for (int t = 0; t < 120; t++) {
            for (int i = 0; i < kernel.indicators().size(); i++) {
                Indicator indicator = kernel.indicators().get(i);
                assertEquals(SeriesGenerator.round(indicator, out[i][t]), samples.get(t).values().get(indicator));
            }
        }
    }

    @Test
    void theKernelTakesExactlyItsDrawsAndWritesOnlyItsCells() {
        SectionKernel kernel = SECTION.kernel(YearMonth.of(2030, 1), 24);
        double[][] out = new double[7][30];
        for (double[] row : out) {
            java.util.Arrays.fill(row, -1);
        }
        RandomGenerator random = Seeds.generator(5);
        kernel.fill(random, out);
        RandomGenerator skipped = Seeds.generator(5);
        for (int n = 0; n < 6 * 24; n++) {
            skipped.nextGaussian();
        }
        assertEquals(skipped.nextLong(), random.nextLong());
        for (int i = 0; i < 7; i++) {
            for (int t = 0; t < 30; t++) {
                assertEquals(i < 6 && t < 24, out[i][t] != -1, "row " + i + ", month " + t);
            }
        }
    }

    @Test
    void aTooSmallOutputIsRefusedBeforeAnyDraw() {
        SectionKernel kernel = SECTION.kernel(YearMonth.of(2030, 1), 24);
        assertThrows(IllegalArgumentException.class, () -> kernel.fill(Seeds.generator(1), new double[5][24]));
        assertThrows(IllegalArgumentException.class, () -> kernel.fill(Seeds.generator(1), new double[6][23]));
        assertThrows(IllegalArgumentException.class, () -> SECTION.kernel(YearMonth.of(2030, 1), 0));
    }
}
