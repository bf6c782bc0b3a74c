package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferenceFunctionTest {

    /** The values quoted for a = 7, b = 0.1 (e.g. SALib's documentation; Saltelli et al. 2008). */
    @Test
    void ishigamiAnalyticIndices() {
        Ishigami f = Ishigami.STANDARD;
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], f.firstOrder().get(i), 5e-5);
            assertEquals(st[i], f.totalOrder().get(i), 5e-5);
        }
        assertEquals(13.8446, f.variance(), 5e-4);
        assertEquals(-Math.PI, ((Distribution.Uniform) f.parameters().get(0).distribution()).low(), 0);
    }

    /** All the partial variances of G sum to V: Σ_{non-empty u} Π_{i in u} V_i = Π (1 + V_i) − 1. */
    @Test
    void sobolGIndicesOfAllOrdersSumToOne() {
        SobolG g = new SobolG(List.of(0.0, 1.0, 4.5));
        double sum = 0;
        for (double s : g.firstOrder()) {
            sum += s;
        }
        sum += g.secondOrder(0, 1) + g.secondOrder(0, 2) + g.secondOrder(1, 2);
        double v0 = 1 / 3.0;
        double v1 = 1 / 12.0;
        double v2 = 1 / (3 * 5.5 * 5.5);
        sum += v0 * v1 * v2 / g.variance();
        assertEquals(1, sum, 1e-12);
        assertEquals((v0 + v0 * v1 + v0 * v2 + v0 * v1 * v2) / g.variance(), g.totalOrder().get(0), 1e-12);
    }

    /** The analytic variances against a plain Monte Carlo estimate. */
    @Test
    void analyticVariancesMatchMonteCarlo() {
        for (ReferenceFunction f : List.of(Ishigami.STANDARD, new SobolG(List.of(0.0, 1.0, 4.5, 9.0)))) {
            double[] y = new LatinHypercubeDesign(f.parameters(), 200_000, new SplittableRandom(1)).evaluate(f);
            double mean = 0;
            for (double v : y) {
                mean += v / y.length;
            }
            double var = 0;
            for (double v : y) {
                var += (v - mean) * (v - mean) / (y.length - 1);
            }
            assertEquals(f.variance(), var, 0.02 * f.variance(), f.toString());
        }
    }
}
