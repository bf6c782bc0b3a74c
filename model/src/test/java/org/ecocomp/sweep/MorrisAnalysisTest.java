package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MorrisAnalysisTest {

    /**
     * For f = Σ c_i x_i with x_i uniform on [lo_i, hi_i], every elementary effect per unit of u is
     * c_i (hi_i − lo_i) exactly: mu* = |c_i| (hi_i − lo_i), mu = c_i (hi_i − lo_i), sigma = 0.
     */
    @Test
    void aLinearFunctionHasMuStarEqualToCoefficientTimesRange() {
        double[] c = {3, -2, 0.5, 0};
        double[][] range = {{0, 1}, {10, 14}, {-5, 5}, {0, 100}};
        List<Parameter> ps = List.of(
                new Parameter("a", new Distribution.Uniform(range[0][0], range[0][1])),
                new Parameter("b", new Distribution.Uniform(range[1][0], range[1][1])),
                new Parameter("c", new Distribution.Uniform(range[2][0], range[2][1])),
                new Parameter("d", new Distribution.Uniform(range[3][0], range[3][1])));
        MorrisEffects m = MorrisAnalysis.run(ps, 20, 4, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3],
                new SplittableRandom(42));
        for (int i = 0; i < 4; i++) {
            MorrisEffects.Effect e = m.effects().get(i);
            double width = range[i][1] - range[i][0];
            assertEquals(Math.abs(c[i]) * width, e.muStar().value(), 1e-9, e.parameter());
            assertEquals(c[i] * width, e.mu(), 1e-9, e.parameter());
            assertEquals(0, e.sigma(), 1e-9, e.parameter());
        }
        assertEquals(List.of("b", "c", "a", "d"), m.ranking());
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    /** G function: mu* decreases as a_i grows (a = 0, 1, 4.5, 9, 99). */
    @Test
    void sobolGIsRankedInTheAnalyticOrder() {
        SobolG g = new SobolG(List.of(9.0, 0.0, 99.0, 1.0, 4.5));
        MorrisEffects m = MorrisAnalysis.run(g.parameters(), 50, 4, g, new SplittableRandom(7));
        assertEquals(List.of("x2", "x4", "x5", "x1", "x3"), m.ranking());
        MorrisEffects.Effect top = m.of("x2");
        assertTrue(top.muStar().contains(top.muStar().value()));
        assertTrue(top.muStar().lower() < top.muStar().upper());
        // The ranking by analytic total index is the same.
        List<Double> st = g.totalOrder();
        assertTrue(st.get(1) > st.get(3) && st.get(3) > st.get(4) && st.get(4) > st.get(0) && st.get(0) > st.get(2));
    }

    @Test
    void fewTrajectoriesAreWarnedAbout() {
        SobolG g = new SobolG(List.of(0.0, 1.0));
        MorrisEffects m = MorrisAnalysis.run(g.parameters(), 5, 4, g, new SplittableRandom(7));
        assertTrue(m.warnings().get(0).startsWith("r = 5 trajectories is below 10"), m.warnings().toString());
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        SobolG g = new SobolG(List.of(0.0, 1.0, 9.0));
        assertEquals(MorrisAnalysis.run(g.parameters(), 12, 4, g, new SplittableRandom(1)),
                MorrisAnalysis.run(g.parameters(), 12, 4, g, new SplittableRandom(1)));
    }
}
