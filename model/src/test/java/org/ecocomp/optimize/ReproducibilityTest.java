package org.ecocomp.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The same seed gives identical results on the calling thread, one worker thread and two. */
class ReproducibilityTest {

    /** The Cobb–Douglas problem with uneven work per evaluation, so that completion order varies. */
    static MechanismProblem uneven() {
        MechanismProblem p = Problems.cobbDouglas(new AtomicLong());
        return new MechanismProblem(p.variables(), p.objectives(), p.constraints(), x -> {
            long spins = (Double.doubleToLongBits(x[0]) & 0xFFF) * 20;
            double sink = 0;
            for (long i = 0; i < spins; i++) {
                sink += Math.sqrt(i);
            }
            Evaluation e = p.function().evaluate(x);
            return sink < 0 ? null : e;
        });
    }

    static MechanismProblem unevenZdt1() {
        MechanismProblem p = Problems.zdt1(new AtomicLong());
        return new MechanismProblem(p.variables(), p.objectives(), p.constraints(), x -> {
            if ((Double.doubleToLongBits(x[1]) & 1) == 0) {
                Thread.yield();
            }
            return p.function().evaluate(x);
        });
    }

    @Test
    void geneticSearch() throws Exception {
        GeneticSearch search = new GeneticSearch(GeneticOptions.DEFAULTS.withGenerations(30));
        GeneticResult inline = search.search(uneven(), 99, Runnable::run);
        GeneticResult one = withPool(1, pool -> search.search(uneven(), 99, pool));
        GeneticResult two = withPool(2, pool -> search.search(uneven(), 99, pool));
        assertEquals(inline, one);
        assertEquals(inline, two);
        assertNotEquals(inline, search.search(uneven(), 100, Runnable::run));
    }

    @Test
    void paretoSearch() throws Exception {
        ParetoSearch search = new ParetoSearch(ParetoOptions.DEFAULTS.withGenerations(25).withReference(1.1, 1.1));
        ParetoResult inline = search.search(unevenZdt1(), 99, Runnable::run);
        ParetoResult one = withPool(1, pool -> search.search(unevenZdt1(), 99, pool));
        ParetoResult two = withPool(2, pool -> search.search(unevenZdt1(), 99, pool));
        assertEquals(inline, one);
        assertEquals(inline, two);
        assertNotEquals(inline.front(), search.search(unevenZdt1(), 100, Runnable::run).front());
    }

    @Test
    void aWarmCacheChangesTheCountsButNotTheResult() {
        GeneticSearch search = new GeneticSearch(GeneticOptions.DEFAULTS.withGenerations(20));
        EvaluationCache cache = new EvaluationCache(Problems.cobbDouglas(new AtomicLong()));
        GeneticResult cold = search.search(cache, org.ecocomp.random.Seeds.generator(5), Runnable::run,
                org.ecocomp.simulation.ProgressListener.NONE);
        GeneticResult warm = search.search(cache, org.ecocomp.random.Seeds.generator(5), Runnable::run,
                org.ecocomp.simulation.ProgressListener.NONE);
        assertEquals(cold.evaluation(), warm.evaluation());
        assertEquals(List.of(cold.x()[0], cold.x()[1]), List.of(warm.x()[0], warm.x()[1]));
        assertEquals(0, warm.evaluations());
    }

    interface Task<T> {
        T run(ExecutorService pool);
    }

    static <T> T withPool(int threads, Task<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return task.run(pool);
        } finally {
            pool.shutdownNow();
        }
    }
}
