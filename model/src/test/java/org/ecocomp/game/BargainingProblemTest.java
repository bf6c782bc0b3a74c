package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BargainingProblemTest {

    /** Total 100, d = (10, 20), weights 1 : 3 → surplus 70 split 17.5 : 52.5. */
    @Test
    void closedForm() {
        BargainingProblem p = new BargainingProblem(100, new double[] {10, 20}, new double[] {1, 3});
        assertArrayEquals(new double[] {27.5, 72.5}, p.nashSolution(), 1e-12);
    }

    @Test
    void nothingToShareGivesTheDisagreementPoint() {
        assertArrayEquals(new double[] {10, 20},
                new BargainingProblem(30, new double[] {10, 20}, new double[] {1, 3}).nashSolution(), 1e-12);
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class,
                () -> new BargainingProblem(29, new double[] {10, 20}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> new BargainingProblem(100, new double[] {10, 20}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new BargainingProblem(100, new double[] {10, 20}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> new BargainingProblem(Double.NaN, new double[] {10, 20}, new double[] {1, 1}));
    }

    /** From a game, equal weights: each gets v({i}) plus an equal share of v(N) − Σ v({i}). */
    @Test
    void fromAGame() {
        CharacteristicFunction g = CharacteristicFunction.of(List.of("JX", "GD"), new double[] {0, 1, 2, 9});
        assertArrayEquals(new double[] {4, 5}, BargainingProblem.of(g, new double[] {1, 1}).nashSolution(), 1e-12);
    }

    @Provide
    Arbitrary<BargainingProblem> problems() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-100, 100).list().ofSize(n),
                Arbitraries.doubles().between(0.01, 10).list().ofSize(n),
                Arbitraries.doubles().between(0.001, 500).ofScale(3))
                .as((List<Double> d, List<Double> w, Double surplus) -> {
                    double[] dd = d.stream().mapToDouble(Double::doubleValue).toArray();
                    return new BargainingProblem(Games.sum(dd) + surplus, dd,
                            w.stream().mapToDouble(Double::doubleValue).toArray());
                }));
    }

    /**
     * The closed form maximises Σ wᵢ log(xᵢ − dᵢ) on the budget: moving any small amount between two
     * parties lowers it.
     */
    @Property
    void maximisesTheWeightedNashProduct(@ForAll("problems") BargainingProblem p) {
        double[] x = p.nashSolution();
        double[] d = p.disagreement();
        double[] w = p.weights();
        assertEquals(p.total(), Games.sum(x), 1e-9 * (1 + Math.abs(p.total())));
        double best = logProduct(x, d, w);
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] >= d[i]);
            for (int j = 0; j < x.length; j++) {
                if (i != j) {
                    double step = 1e-3 * Math.min(x[i] - d[i], x[j] - d[j]);
                    double[] y = x.clone();
                    y[i] += step;
                    y[j] -= step;
                    assertTrue(logProduct(y, d, w) <= best + 1e-12, "moving " + step + " from " + j + " to " + i);
                }
            }
        }
    }

    private static double logProduct(double[] x, double[] d, double[] w) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * Math.log(x[i] - d[i]);
        }
        return s;
    }
}
