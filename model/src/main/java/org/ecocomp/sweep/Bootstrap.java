package org.ecocomp.sweep;

import java.util.Arrays;

/**
 * How confidence intervals are computed: the percentile bootstrap (Efron &amp; Tibshirani 1993, An
 * Introduction to the Bootstrap, ch. 13). The statistic is recomputed on {@code resamples}
 * resamples drawn with replacement, and the interval runs between the (1 − confidence)/2 and
 * (1 + confidence)/2 quantiles of the recomputed values (linear interpolation between order
 * statistics, Hyndman &amp; Fan's type 7).
 *
 * <p>An analysis takes one {@code long} from the generator it is given as the bootstrap seed, and
 * resample b draws from {@link org.ecocomp.random.Seeds#generator(long, long...)
 * Seeds.generator(seed, b)}, so the intervals depend only on that generator.
 *
 * @param resamples the number of resamples; 0 for no intervals
 * @param confidence the confidence level, in (0, 1)
 */
public record Bootstrap(int resamples, double confidence) {

    /** 1000 resamples, 95% intervals. */
    public static final Bootstrap DEFAULT = new Bootstrap(1000, 0.95);

    /** No intervals (estimates only). */
    public static final Bootstrap NONE = new Bootstrap(0, 0.95);

    /** Checks a non-negative resample count and a confidence level in (0, 1). */
    public Bootstrap {
        if (resamples < 0) {
            throw new BadDesignException("resamples", resamples + "; expected 0 (no intervals) or more");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadDesignException("confidence", confidence + "; expected a level in (0, 1), e.g. 0.95");
        }
    }

    /**
     * The percentile interval of bootstrap replicates around a point estimate.
     *
     * @param value the point estimate
     * @param replicates the recomputed statistics; NaN replicates (degenerate resamples) are left
     *        out; the array is sorted in place
     * @return the estimate with its interval, or without one if no replicate is finite
     */
    Estimate interval(double value, double[] replicates) {
        Arrays.sort(replicates); // NaN sorts last
        int finite = replicates.length;
        while (finite > 0 && Double.isNaN(replicates[finite - 1])) {
            finite--;
        }
        if (finite == 0) {
            return Estimate.of(value);
        }
        double alpha = (1 - confidence) / 2;
        return new Estimate(value, quantile(replicates, finite, alpha), quantile(replicates, finite, 1 - alpha));
    }

    /** Type-7 quantile of the first n values of a sorted array. */
    private static double quantile(double[] sorted, int n, double q) {
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The confidence level in percent, for messages ("95%"). */
    String percent() {
        double p = Math.round(confidence * 1e8) / 1e6; // 0.95 -> 95.0, 0.999 -> 99.9
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
