package org.ecocomp.optimize;

/** Whether an objective is to be made as large or as small as possible. */
public enum Goal {
    /** Larger is better. */
    MAXIMISE,
    /** Smaller is better. */
    MINIMISE;

    /**
     * The value turned so that larger is better: itself when maximising, its negation when minimising.
     *
     * @param value an objective value
     * @return the value on a larger-is-better scale
     */
    public double larger(double value) {
        return this == MAXIMISE ? value : -value;
    }

    /**
     * Whether {@code a} is strictly better than {@code b}.
     *
     * @param a one objective value
     * @param b another
     * @return {@code a > b} when maximising, {@code a < b} when minimising
     */
    public boolean better(double a, double b) {
        return larger(a) > larger(b);
    }
}
