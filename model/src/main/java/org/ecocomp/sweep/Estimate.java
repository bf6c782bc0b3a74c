package org.ecocomp.sweep;

/**
 * A point estimate with its bootstrap confidence interval.
 *
 * @param value the estimate from all the data
 * @param lower the lower end of the interval, NaN when no bootstrap was run
 * @param upper the upper end of the interval, NaN when no bootstrap was run
 */
public record Estimate(double value, double lower, double upper) {

    /** Checks that the interval, if any, is ordered. */
    public Estimate {
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            throw new IllegalArgumentException("an interval needs both ends, or neither");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("the interval [" + lower + ", " + upper + "] is reversed");
        }
    }

    /**
     * An estimate without an interval.
     *
     * @param value the estimate
     * @return the estimate, with NaN ends
     */
    public static Estimate of(double value) {
        return new Estimate(value, Double.NaN, Double.NaN);
    }

    /**
     * Whether the estimate has a confidence interval.
     *
     * @return false when no bootstrap was run
     */
    public boolean hasInterval() {
        return !Double.isNaN(lower);
    }

    /**
     * Whether the interval contains a value (ends included).
     *
     * @param x the value
     * @return false also when there is no interval
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /**
     * Whether the interval contains 0.
     *
     * @return {@code contains(0)}
     */
    public boolean spansZero() {
        return contains(0.0);
    }
}
