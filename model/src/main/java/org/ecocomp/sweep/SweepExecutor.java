package org.ecocomp.sweep;

import java.io.IOException;
import org.ecocomp.simulation.ProgressListener;

/**
 * Evaluates the points of a design and hands their outputs on in point order, whatever order they
 * finish in, so that a sweep's result file is the same for every executor and thread count.
 */
public interface SweepExecutor {

    /** Evaluates one point: its outputs, in the sweep's output order. */
    @FunctionalInterface
    interface PointTask {
        /**
         * @param point the point's index in the design
         * @param values the point's parameter values
         * @return the outputs
         * @throws PointFailedException when the point cannot be evaluated
         */
        double[] evaluate(long point, double[] values) throws PointFailedException;
    }

    /** Receives the rows of finished points, in point order, on one thread. */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param point the point's index
         * @param values its parameter values
         * @param outputs its outputs
         * @throws IOException when the row cannot be stored
         */
        void accept(long point, double[] values, double[] outputs) throws IOException;
    }

    /** Most points in one unit of work: cheap points are grouped to save overhead. */
    int MAX_CHUNK = 64;

    /**
     * How many points to evaluate as one unit of work: up to {@link #MAX_CHUNK}, but small enough that
     * every worker gets several units (a few expensive points must still spread over all workers).
     * Chunking never changes results, which are delivered in point order.
     *
     * @param points points to evaluate
     * @param workers parallel workers
     * @return points per chunk, at least 1
     */
    static int chunk(long points, int workers) {
        return (int) Math.max(1, Math.min(MAX_CHUNK, points / (4L * Math.max(1, workers))));
    }

    /**
     * Evaluates the points {@code from} … {@code design.size() − 1}.
     *
     * @param design the design
     * @param from the first point to evaluate (earlier ones are done, e.g. on resume)
     * @param task evaluates a point
     * @param sink receives rows in point order
     * @param listener hears how many of the design's points are done
     * @throws PointFailedException when a point fails; rows before it have been delivered
     * @throws IOException when the sink fails
     */
    void run(Design design, long from, PointTask task, RowSink sink, ProgressListener listener)
            throws PointFailedException, IOException;
}
