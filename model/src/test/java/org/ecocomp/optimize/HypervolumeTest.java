package org.ecocomp.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.Test;

class HypervolumeTest {

    @Test
    void aStaircaseInTwoObjectives() {
        // minimised; boxes to (4, 4): 3×1 + 2×1 + 1×1 stacked = 3 + 2 + 1 = 6
        List<double[]> front = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1});
        assertEquals(6, Hypervolume.ofMinimised(front, new double[] {4, 4}), 1e-12);
    }

    @Test
    void dominatedDuplicateAndOutsidePointsAddNothing() {
        List<double[]> front = List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1},
                new double[] {2, 2}, new double[] {2.5, 3.5}, new double[] {5, 0}, new double[] {0, 4});
        assertEquals(6, Hypervolume.ofMinimised(front, new double[] {4, 4}), 1e-12);
        assertEquals(0, Hypervolume.ofMinimised(List.of(), new double[] {4, 4}));
    }

    @Test
    void goalsTurnMaximisedObjectives() {
        // maximise both: points (3, 1), (2, 2), (1, 3) against (0, 0): 1×3 + 1×2 + 1×1 = 6
        List<double[]> front = List.of(new double[] {3, 1}, new double[] {2, 2}, new double[] {1, 3});
        assertEquals(6, Hypervolume.of(front, new double[] {0, 0}, List.of(Goal.MAXIMISE, Goal.MAXIMISE)), 1e-12);
        // maximise the first, minimise the second: (3, 1) and (1, 0) against (0, 2): 3×1 ∪ 1×2 = 3 + 1 = 4
        List<double[]> mixed = List.of(new double[] {3, 1}, new double[] {1, 0});
        assertEquals(4, Hypervolume.of(mixed, new double[] {0, 2}, List.of(Goal.MAXIMISE, Goal.MINIMISE)), 1e-12);
    }

    @Test
    void boxesInThreeObjectives() {
        double[] ref = {2, 2, 2};
        assertEquals(1, Hypervolume.ofMinimised(List.of(new double[] {1, 1, 1}), ref), 1e-12);
        // [0,2]²×[1,2] has 4, [1,2]²×[0,2] has 2, their intersection [1,2]³ has 1: 4 + 2 − 1 = 5
        assertEquals(5, Hypervolume.ofMinimised(List.of(new double[] {0, 0, 1}, new double[] {1, 1, 0}), ref), 1e-12);
        // three boxes of 2·1·1, each pair and all three meet in [1,2]³: 3·2 − 3·1 + 1 = 4
        List<double[]> corners = List.of(new double[] {0, 1, 1}, new double[] {1, 0, 1}, new double[] {1, 1, 0});
        assertEquals(4, Hypervolume.ofMinimised(corners, ref), 1e-12);
    }

    @Test
    void oneAndFourObjectives() {
        assertEquals(3, Hypervolume.ofMinimised(List.of(new double[] {2}, new double[] {4}), new double[] {5}), 1e-12);
        // one point in four objectives: 1·2·3·4
        assertEquals(24, Hypervolume.ofMinimised(List.of(new double[] {0, 0, 0, 0}), new double[] {1, 2, 3, 4}), 1e-12);
    }

    @Test
    void slicingAgreesWithInclusionExclusionOnRandomFronts() {
        RandomGenerator random = Seeds.generator(42);
        for (int trial = 0; trial < 200; trial++) {
            int d = 2 + trial % 3;
            int n = 1 + random.nextInt(8);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] p = new double[d];
                for (int k = 0; k < d; k++) {
                    p[k] = random.nextInt(5) / 4.0 * 1.2; // ties on purpose; some beyond the reference
                }
                points.add(p);
            }
            double[] ref = new double[d];
            java.util.Arrays.fill(ref, 1.0);
            assertEquals(inclusionExclusion(points, ref), Hypervolume.ofMinimised(points, ref), 1e-12, "trial " + trial);
        }
    }

    /** Σ over non-empty subsets S of (−1)^{|S|+1} Π_k max(0, r_k − max_{p∈S} p_k). */
    static double inclusionExclusion(List<double[]> points, double[] ref) {
        int n = points.size();
        double total = 0;
        for (int mask = 1; mask < 1 << n; mask++) {
            double volume = 1;
            for (int k = 0; k < ref.length; k++) {
                double worst = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        worst = Math.max(worst, points.get(i)[k]);
                    }
                }
                volume *= Math.max(0, ref[k] - worst);
            }
            total += Integer.bitCount(mask) % 2 == 1 ? volume : -volume;
        }
        return total;
    }
}
