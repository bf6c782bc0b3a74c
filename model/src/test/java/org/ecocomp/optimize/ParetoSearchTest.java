package org.ecocomp.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParetoSearchTest {

    static final double[] REFERENCE = {1.1, 1.1};

    static final ParetoOptions OPTIONS = ParetoOptions.DEFAULTS
            .withPopulationSize(40)
            .withGenerations(60)
            .withReference(REFERENCE);

    @Test
    void nsga2ReachesNinetyFivePercentOfTheExhaustiveFrontsHypervolume() {
        AtomicLong calls = new AtomicLong();
        MechanismProblem problem = Problems.zdt1(calls);
        ParetoResult result = new ParetoSearch(OPTIONS).search(problem, 20260101L, Runnable::run);

        List<double[]> grid = Problems.gridFrontMinimised(Problems.zdt1(new AtomicLong()));
        double exhaustive = Hypervolume.ofMinimised(grid, REFERENCE);
        double found = result.hypervolume(REFERENCE);
        assertTrue(found >= 0.95 * exhaustive, () -> "hypervolume " + found + " vs exhaustive " + exhaustive);
        assertTrue(result.evaluations() < Problems.GRID * Problems.GRID / 4);
        assertEquals(calls.get(), result.evaluations());
        assertFalse(result.front().isEmpty());
        assertTrue(result.front().size() <= OPTIONS.frontMax());
    }

    @Test
    void theFrontIsMutuallyNonDominatedAndSorted() {
        ParetoResult result = new ParetoSearch(OPTIONS).search(Problems.zdt1(new AtomicLong()), 5, Runnable::run);
        List<double[]> f = result.objectiveVectors();
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < f.size(); j++) {
                if (i != j) {
                    boolean dominates = f.get(i)[0] <= f.get(j)[0] && f.get(i)[1] <= f.get(j)[1]
                            && (f.get(i)[0] < f.get(j)[0] || f.get(i)[1] < f.get(j)[1]);
                    assertFalse(dominates, "front points " + i + " and " + j);
                }
            }
            if (i > 0) {
                assertTrue(java.util.Arrays.compare(f.get(i - 1), f.get(i)) <= 0);
            }
        }
        // the history's hypervolume of generation fronts approaches the final one
        FrontStatistics last = result.history().getLast();
        assertEquals(OPTIONS.generations(), last.generation());
        assertTrue(last.hypervolume() > result.history().getFirst().hypervolume());
        assertTrue(last.hypervolume() <= result.hypervolume(REFERENCE) + 1e-12);
    }

    @Test
    void onlyFeasibleCandidatesAreReturned() {
        // maximise (x, y) on [0, 1]² subject to x + y ≤ 1 and x ≥ 0.2: the front is the segment x + y = 1, x ≥ 0.2
        MechanismProblem problem = new MechanismProblem(
                List.of(new DecisionVariable("x", 0, 1), new DecisionVariable("y", 0, 1)),
                List.of(new Objective("x", Goal.MAXIMISE), new Objective("y", Goal.MAXIMISE)),
                List.of("sum", "floor"),
                x -> new Evaluation(new double[] {x[0], x[1]}, new double[] {x[0] + x[1] - 1, 0.2 - x[0]}));
        ParetoResult result = new ParetoSearch(ParetoOptions.DEFAULTS.withGenerations(60)).search(problem, 9, Runnable::run);
        assertFalse(result.front().isEmpty());
        for (ParetoPoint p : result.front()) {
            assertTrue(p.evaluation().feasible(), p::toString);
            double[] x = p.x();
            assertTrue(x[0] >= 0.2 && x[0] + x[1] <= 1, p::toString);
            assertEquals(1, x[0] + x[1], 0.1, p::toString);
        }
        // the exact front dominates [0, 0.2] × [0, 0.8] and the triangle under y = 1 − x, x in [0.2, 1]:
        // 0.16 + 0.32 = 0.48
        assertTrue(result.hypervolume(0, 0) <= 0.48);
        assertTrue(result.hypervolume(0, 0) >= 0.9 * 0.48);
    }

    @Test
    void aBudgetIsHonoured() {
        ParetoResult result = new ParetoSearch(OPTIONS.withMaxEvaluations(300)).search(Problems.zdt1(new AtomicLong()), 1,
                Runnable::run);
        assertTrue(result.evaluations() <= 300);
        assertTrue(result.generations() < OPTIONS.generations());
    }
}
