package org.ecocomp.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the evaluations of a problem's candidates, keyed by the exact values of {@code x}
 * (bit for bit, so {@code 0.0} and {@code −0.0} are different keys), and counts the distinct
 * evaluations actually performed.
 *
 * <p>Because a problem's evaluation is a pure function of {@code x}, a cached evaluation is the
 * one a new call would return, and the cache's content never changes a search's result. Each
 * distinct {@code x} is evaluated at most once even when several threads ask for it at the same
 * time; an evaluation that throws is forgotten, so a later request tries again. Entries are never
 * evicted: the cache is meant for searches of a few thousand expensive evaluations.
 *
 * <p>Thread-safe.
 */
public final class EvaluationCache {

    private final MechanismProblem problem;
    private final ConcurrentHashMap<Key, FutureTask<Evaluation>> entries = new ConcurrentHashMap<>();
    private final AtomicLong evaluations = new AtomicLong();

    /**
     * An empty cache.
     *
     * @param problem the problem whose evaluations are cached
     */
    public EvaluationCache(MechanismProblem problem) {
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * The problem.
     *
     * @return the problem whose evaluations are cached
     */
    public MechanismProblem problem() {
        return problem;
    }

    /**
     * The number of distinct evaluations performed so far (cache misses that completed).
     *
     * @return the evaluation counter
     */
    public long evaluations() {
        return evaluations.get();
    }

    /**
     * The number of remembered candidates, including any being evaluated.
     *
     * @return the cache's size
     */
    public int size() {
        return entries.size();
    }

    /**
     * The remembered evaluation of a candidate, without evaluating it.
     *
     * @param x the candidate
     * @return its evaluation if it has been completed, otherwise empty
     */
    public Optional<Evaluation> cached(double[] x) {
        FutureTask<Evaluation> task = entries.get(new Key(x.clone()));
        if (task == null || !task.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(task.get());
        } catch (ExecutionException | CancellationException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /**
     * Evaluates a candidate on the calling thread unless it has been evaluated before.
     *
     * @param x the candidate
     * @return its evaluation
     * @throws CancellationException if the thread is interrupted while another thread evaluates the
     *     same candidate (the interrupt flag is set again)
     */
    public Evaluation evaluate(double[] x) {
        return evaluateAll(List.of(x), Runnable::run).getFirst();
    }

    /**
     * Evaluates candidates, the ones not seen before in parallel on an executor, and returns their
     * evaluations in the order of {@code xs}, whatever order they finish in.
     *
     * <p>New candidates are handed to the executor in list order; while waiting, the calling thread
     * evaluates any candidate the executor has not started, so the call makes progress even on a
     * saturated executor (or one that runs nothing), and the calling thread counts as one more worker.
     *
     * @param xs the candidates
     * @param executor runs evaluations; {@code Runnable::run} evaluates all on the calling thread
     * @return their evaluations, in the order of {@code xs}
     * @throws RuntimeException the exception of the first (in list order) evaluation that failed
     * @throws CancellationException if the thread is interrupted while waiting (the interrupt flag is
     *     set again)
     */
    public List<Evaluation> evaluateAll(List<double[]> xs, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        List<Key> keys = new ArrayList<>(xs.size());
        List<FutureTask<Evaluation>> tasks = new ArrayList<>(xs.size());
        List<FutureTask<Evaluation>> fresh = new ArrayList<>();
        for (double[] x : xs) {
            Key key = new Key(x.clone());
            FutureTask<Evaluation> task = new FutureTask<>(() -> compute(key));
            FutureTask<Evaluation> existing = entries.putIfAbsent(key, task);
            if (existing == null) {
                fresh.add(task);
            } else {
                task = existing;
            }
            keys.add(key);
            tasks.add(task);
        }
        for (FutureTask<Evaluation> task : fresh) {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // The calling thread runs it below.
            }
        }
        List<Evaluation> result = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            FutureTask<Evaluation> task = tasks.get(i);
            task.run(); // does nothing if started elsewhere or done
            result.add(await(keys.get(i), task));
        }
        return result;
    }

    private Evaluation compute(Key key) {
        Evaluation e = problem.evaluate(key.x().clone());
        evaluations.incrementAndGet();
        return e;
    }

    private Evaluation await(Key key, FutureTask<Evaluation> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for an evaluation");
        } catch (ExecutionException e) {
            entries.remove(key, task);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("evaluation failed", cause);
        }
    }

    /** A candidate compared by the exact bits of its values. */
    private record Key(double[] x) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(x, k.x);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(x);
        }

        @Override
        public String toString() {
            return Arrays.toString(x);
        }
    }
}
