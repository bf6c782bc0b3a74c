package org.ecocomp.simulation;

/** Hears how far a long computation has come; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param done units finished so far
     * @param total units in all
     */
    void advanced(long done, long total);
}
