package org.ecocomp.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GeneticSearchTest {

    /** 10 % of the 101 × 101 grid's evaluations. */
    static final long BUDGET = Problems.GRID * Problems.GRID / 10;

    static final GeneticOptions OPTIONS = GeneticOptions.DEFAULTS
            .withGenerations(200)
            .withMaxEvaluations(BUDGET);

    @Test
    void theGridFindsTheKnownOptimum() {
        MechanismProblem problem = Problems.cobbDouglas(new AtomicLong());
        double best = gridBest(problem);
        assertTrue(best <= Problems.cobbDouglasOptimum());
        assertEquals(Problems.cobbDouglasOptimum(), best, 0.01 * best);
    }

    @Test
    void theGeneticSearchComesWithinHalfAPercentOfTheGridOptimumOnATenthOfItsEvaluations() {
        AtomicLong calls = new AtomicLong();
        MechanismProblem problem = Problems.cobbDouglas(calls);
        GeneticResult result = new GeneticSearch(OPTIONS).search(problem, 20260101L, Runnable::run);

        double gridBest = gridBest(Problems.cobbDouglas(new AtomicLong()));
        assertTrue(result.feasible(), result::toString);
        assertTrue(result.evaluation().objective(0) >= 0.995 * gridBest,
                () -> result + " vs grid " + gridBest);
        assertTrue(result.evaluations() <= BUDGET, () -> "evaluations " + result.evaluations());
        assertEquals(calls.get(), result.evaluations(), "the cache counts every call of the evaluation function");
    }

    @Test
    void theHistoryIsAConvergenceRecord() {
        GeneticResult result = new GeneticSearch(OPTIONS).search(Problems.cobbDouglas(new AtomicLong()), 7, Runnable::run);
        var history = result.history();
        assertEquals(0, history.getFirst().generation());
        assertEquals(OPTIONS.populationSize(), history.getFirst().evaluations());
        for (int i = 1; i < history.size(); i++) {
            GenerationStatistics previous = history.get(i - 1);
            GenerationStatistics s = history.get(i);
            assertEquals(previous.generation() + 1, s.generation());
            assertTrue(s.evaluations() >= previous.evaluations());
            // the best so far never gets worse: feasible and larger, or less violating
            assertTrue(s.bestViolation() < previous.bestViolation()
                    || s.bestViolation() == previous.bestViolation() && s.best() >= previous.best());
            assertTrue(s.feasibleShare() >= 0 && s.feasibleShare() <= 1);
        }
        assertEquals(result.evaluations(), history.getLast().evaluations());
        assertEquals(result.evaluation().objective(0), history.getLast().best());
    }

    @Test
    void minimisationAndTheSteadyStopWork() {
        // minimise (x − 0.3)² + (y + 0.2)² on [−1, 1]²: optimum (0.3, −0.2), value 0
        MechanismProblem problem = MechanismProblem.of(
                java.util.List.of(new DecisionVariable("x", -1, 1), new DecisionVariable("y", -1, 1)),
                new Objective("distance", Goal.MINIMISE),
                x -> Evaluation.of((x[0] - 0.3) * (x[0] - 0.3) + (x[1] + 0.2) * (x[1] + 0.2)));
        GeneticResult result = new GeneticSearch(GeneticOptions.DEFAULTS.withGenerations(500).withSteady(15, 1e-9))
                .search(problem, 3, Runnable::run);
        assertTrue(result.evaluation().objective(0) < 1e-3, result::toString);
        assertTrue(result.generations() < 500, "the steady stop ends the search early");
    }

    @Test
    void aFeasibleCandidateIsPreferredToABetterInfeasibleOne() {
        // maximise x on [0, 1] subject to x ≤ 0.25: the unconstrained optimum is infeasible
        MechanismProblem problem = new MechanismProblem(
                java.util.List.of(new DecisionVariable("x", 0, 1)),
                java.util.List.of(new Objective("x", Goal.MAXIMISE)),
                java.util.List.of("cap"),
                x -> new Evaluation(new double[] {x[0]}, new double[] {x[0] - 0.25}));
        GeneticResult result = new GeneticSearch(GeneticOptions.DEFAULTS.withGenerations(60)).search(problem, 11, Runnable::run);
        assertTrue(result.feasible());
        assertEquals(0.25, result.x()[0], 0.005);
    }

    static double gridBest(MechanismProblem problem) {
        double best = Double.NEGATIVE_INFINITY;
        for (double[] x : Problems.grid(problem)) {
            Evaluation e = problem.evaluate(x);
            if (e.feasible()) {
                best = Math.max(best, e.objective(0));
            }
        }
        return best;
    }
}
