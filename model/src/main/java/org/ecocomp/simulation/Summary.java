package org.ecocomp.simulation;

import java.util.Arrays;

/**
 * Summary statistics of a sample of draws: mean, standard deviation, standard error of the mean and
 * quantiles (linear interpolation between order statistics, Hyndman &amp; Fan type 7).
 *
 * @param n the number of draws
 * @param mean the mean
 * @param sd the sample standard deviation (n − 1 in the denominator; 0 for one draw)
 * @param p5 the 5% quantile
 * @param p25 the 25% quantile
 * @param p50 the median
 * @param p75 the 75% quantile
 * @param p95 the 95% quantile
 */
public record Summary(int n, double mean, double sd, double p5, double p25, double p50, double p75, double p95) {

    /** The standard error of the mean, sd/√n. */
    public double standardError() {
        return sd / Math.sqrt(n);
    }

    /**
     * Summarises values (sums in index order, so the result does not depend on how they were computed).
     *
     * @param values the draws; not changed
     * @return the summary
     */
    public static Summary of(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Summary(n, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, quantile(sorted, 0.05), quantile(sorted, 0.25),
                quantile(sorted, 0.5), quantile(sorted, 0.75), quantile(sorted, 0.95));
    }

    /** The type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
