package org.ecocomp.sweep;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecocomp.simulation.ProgressListener;

/**
 * Runs a sweep on this machine's threads. Points are evaluated in chunks ({@link SweepExecutor#chunk}); at most a few chunks per
 * thread are in flight, and finished chunks are delivered strictly in order, so memory stays bounded
 * for any design size and the rows come out in point order.
 *
 * @param threads worker threads, at least 1
 */
public record LocalExecutor(int threads) implements SweepExecutor {

    /** Chunks in flight per thread. */
    static final int WINDOW_PER_THREAD = 4;

    /** Checks the thread count. */
    public LocalExecutor {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** One evaluated chunk. */
    private record Chunk(long from, double[][] values, double[][] outputs) {
    }

    @Override
    public void run(Design design, long from, PointTask task, RowSink sink, ProgressListener listener)
            throws PointFailedException, IOException {
        long size = design.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        long next = from;
        int chunk = SweepExecutor.chunk(size - from, threads);
        try {
            while (next < size || !inFlight.isEmpty()) {
                while (next < size && inFlight.size() < threads * WINDOW_PER_THREAD) {
                    long start = next;
                    long end = Math.min(size, start + chunk);
                    inFlight.addLast(pool.submit(() -> evaluate(design, task, start, end)));
                    next = end;
                }
                Chunk c = await(inFlight.removeFirst());
                for (int k = 0; k < c.values().length; k++) {
                    sink.accept(c.from() + k, c.values()[k], c.outputs()[k]);
                }
                listener.advanced(c.from() + c.values().length, size);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Chunk evaluate(Design design, PointTask task, long start, long end) throws PointFailedException {
        int n = (int) (end - start);
        double[][] values = new double[n][];
        double[][] outputs = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = design.point(start + k);
            outputs[k] = task.evaluate(start + k, values[k]);
        }
        return new Chunk(start, values, outputs);
    }

    private static Chunk await(Future<Chunk> f) throws PointFailedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PointFailedException p) {
                throw p;
            }
            throw new IllegalStateException("a sweep point failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
