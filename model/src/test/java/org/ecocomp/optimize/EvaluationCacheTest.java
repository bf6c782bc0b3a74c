package org.ecocomp.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EvaluationCacheTest {

    static MechanismProblem sum(AtomicLong calls) {
        return MechanismProblem.of(List.of(new DecisionVariable("a", -1, 1), new DecisionVariable("b", -1, 1)),
                new Objective("sum", Goal.MAXIMISE), x -> {
                    calls.incrementAndGet();
                    return Evaluation.of(x[0] + x[1]);
                });
    }

    @Test
    void repeatedCandidatesAreEvaluatedOnce() {
        AtomicLong calls = new AtomicLong();
        EvaluationCache cache = new EvaluationCache(sum(calls));
        Evaluation first = cache.evaluate(new double[] {0.25, 0.5});
        Evaluation again = cache.evaluate(new double[] {0.25, 0.5});
        assertSame(first, again);
        assertEquals(1, cache.evaluations());
        assertEquals(1, calls.get());
        // exact bits: −0.0 is another key than 0.0
        cache.evaluate(new double[] {0.0, 0.5});
        cache.evaluate(new double[] {-0.0, 0.5});
        assertEquals(3, cache.evaluations());
        assertEquals(3, cache.size());
        assertEquals(0.75, cache.cached(new double[] {0.25, 0.5}).orElseThrow().objective(0));
        assertTrue(cache.cached(new double[] {0.5, 0.5}).isEmpty());
    }

    @Test
    void evaluateAllKeepsTheOrderAndSkipsDuplicates() {
        AtomicLong calls = new AtomicLong();
        EvaluationCache cache = new EvaluationCache(sum(calls));
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            xs.add(new double[] {(i % 50) / 100.0, 0.5});
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Evaluation> result = cache.evaluateAll(xs, pool);
            for (int i = 0; i < xs.size(); i++) {
                assertEquals(xs.get(i)[0] + 0.5, result.get(i).objective(0));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, cache.evaluations());
        assertEquals(50, calls.get());
    }

    @Test
    void aCandidateAskedForByManyThreadsAtOnceIsEvaluatedOnce() throws Exception {
        AtomicLong calls = new AtomicLong();
        CountDownLatch release = new CountDownLatch(1);
        MechanismProblem slow = MechanismProblem.of(List.of(new DecisionVariable("a", 0, 1)),
                new Objective("a", Goal.MAXIMISE), x -> {
                    calls.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Evaluation.of(x[0]);
                });
        EvaluationCache cache = new EvaluationCache(slow);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Evaluation>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> cache.evaluate(new double[] {0.5})));
            }
            Thread.sleep(50);
            release.countDown();
            for (Future<Evaluation> f : futures) {
                assertEquals(0.5, f.get().objective(0));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, calls.get());
        assertEquals(1, cache.evaluations());
    }

    @Test
    void aFailedEvaluationIsNotRemembered() {
        AtomicLong calls = new AtomicLong();
        MechanismProblem flaky = MechanismProblem.of(List.of(new DecisionVariable("a", 0, 1)),
                new Objective("a", Goal.MAXIMISE), x -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("first call fails");
                    }
                    return Evaluation.of(x[0]);
                });
        EvaluationCache cache = new EvaluationCache(flaky);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cache.evaluate(new double[] {0.5}));
        assertEquals("first call fails", e.getMessage());
        assertEquals(0, cache.evaluations());
        assertEquals(0.5, cache.evaluate(new double[] {0.5}).objective(0));
        assertEquals(1, cache.evaluations());
    }

    @Test
    void theProblemChecksCandidatesAndEvaluations() {
        EvaluationCache cache = new EvaluationCache(sum(new AtomicLong()));
        assertThrows(IllegalArgumentException.class, () -> cache.evaluate(new double[] {0.5}));
        assertThrows(IllegalArgumentException.class, () -> cache.evaluate(new double[] {0.5, 1.5}));
        MechanismProblem wrongShape = MechanismProblem.of(List.of(new DecisionVariable("a", 0, 1)),
                new Objective("a", Goal.MAXIMISE), x -> Evaluation.of(1, 2));
        assertThrows(IllegalStateException.class, () -> wrongShape.evaluate(new double[] {0.5}));
        assertEquals(0, cache.evaluations());
    }

    @Test
    void recordsCheckTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionVariable("a", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new DecisionVariable(" ", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DecisionVariable("a", 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Evaluation(new double[] {1}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new MechanismProblem(
                List.of(new DecisionVariable("a", 0, 1), new DecisionVariable("a", 0, 2)),
                List.of(new Objective("f", Goal.MAXIMISE)), List.of(), x -> Evaluation.of(0)));
        assertThrows(IllegalArgumentException.class, () -> GeneticOptions.DEFAULTS.withMaxEvaluations(10));
        assertThrows(IllegalArgumentException.class, () -> GeneticOptions.DEFAULTS.withRates(1.5, 0.1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> ParetoOptions.DEFAULTS.withFront(10, 5));

        Evaluation e = new Evaluation(new double[] {1, 2}, new double[] {-1, 0.5, Double.POSITIVE_INFINITY});
        assertEquals(Double.POSITIVE_INFINITY, e.totalViolation());
        assertFalse(e.feasible());
        Evaluation f = new Evaluation(new double[] {1, 2}, new double[] {-1, 0.25, 0.5});
        assertEquals(0.75, f.totalViolation());
        assertTrue(new Evaluation(new double[] {1}, new double[] {-1, 0}).feasible());
        double[] objectives = {1, 2};
        Evaluation g = Evaluation.of(objectives);
        objectives[0] = 99;
        assertArrayEquals(new double[] {1, 2}, g.objectives());
        assertEquals(Evaluation.of(1, 2), g);
    }
}
