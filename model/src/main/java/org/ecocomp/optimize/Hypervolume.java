package org.ecocomp.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The hypervolume indicator (Zitzler &amp; Thiele 1998): the measure of the objective-space region
 * that a set of points dominates and that dominates a reference point. Larger is better; it grows
 * with both convergence and spread of a front.
 *
 * <p>Computed exactly: in two objectives by a sweep, O(n log n); in more by slicing along the last
 * objective (hypervolume by slicing objectives, While et al. 2006, "A faster algorithm for calculating
 * hypervolume", IEEE TEC 10(1)), which is exponential in the number of objectives and meant for
 * fronts of at most a few hundred points. Dominated and duplicate points may be included; they add
 * nothing. A point that is not strictly better than the reference point in every objective adds
 * nothing either.
 */
public final class Hypervolume {

    private Hypervolume() {
    }

    /**
     * The hypervolume of points whose objectives have the given goals.
     *
     * @param points objective vectors, each with one value per goal
     * @param reference the reference point, one value per goal, e.g. the worst acceptable value of each
     *     objective
     * @param goals whether each objective is maximised or minimised
     * @return the measure of the region dominated by the points and dominating the reference point
     */
    public static double of(List<double[]> points, double[] reference, List<Goal> goals) {
        int d = goals.size();
        if (reference.length != d) {
            throw new IllegalArgumentException("the reference point has " + reference.length + " values for " + d + " goals");
        }
        double[] ref = new double[d];
        for (int k = 0; k < d; k++) {
            ref[k] = -goals.get(k).larger(reference[k]);
        }
        List<double[]> minimised = new ArrayList<>(points.size());
        for (double[] p : points) {
            if (p.length != d) {
                throw new IllegalArgumentException("a point has " + p.length + " values for " + d + " goals");
            }
            double[] q = new double[d];
            for (int k = 0; k < d; k++) {
                q[k] = -goals.get(k).larger(p[k]);
            }
            minimised.add(q);
        }
        return ofMinimised(minimised, ref);
    }

    /**
     * The hypervolume of points whose objectives are all minimised: the measure of the union of the
     * boxes [p, reference].
     *
     * @param points objective vectors, each as long as the reference point
     * @param reference the reference point, finite
     * @return the hypervolume
     */
    public static double ofMinimised(List<double[]> points, double[] reference) {
        Objects.requireNonNull(points, "points");
        int d = reference.length;
        if (d == 0) {
            throw new IllegalArgumentException("the reference point is empty");
        }
        for (double r : reference) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("the reference point is not finite: " + Arrays.toString(reference));
            }
        }
        List<double[]> inside = new ArrayList<>(points.size());
        for (double[] p : points) {
            if (p.length != d) {
                throw new IllegalArgumentException("a point has " + p.length + " values, the reference point " + d);
            }
            boolean better = true;
            for (int k = 0; k < d; k++) {
                if (Double.isNaN(p[k])) {
                    throw new IllegalArgumentException("a point has NaN: " + Arrays.toString(p));
                }
                better &= p[k] < reference[k];
            }
            if (better) {
                inside.add(p);
            }
        }
        return volume(inside, reference, d);
    }

    /** The hypervolume of points all strictly inside the reference box, in the first d objectives. */
    private static double volume(List<double[]> points, double[] ref, int d) {
        if (points.isEmpty()) {
            return 0;
        }
        if (d == 1) {
            double min = ref[0];
            for (double[] p : points) {
                min = Math.min(min, p[0]);
            }
            return ref[0] - min;
        }
        if (d == 2) {
            return area(points, ref);
        }
        // Slice along objective d−1: between consecutive values z_i ≤ z_{i+1}, the points with
        // p[d−1] ≤ z_i dominate a (d−1)-dimensional region of constant measure.
        int last = d - 1;
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[last]));
        double total = 0;
        List<double[]> active = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            active.add(sorted.get(i));
            double next = i + 1 < sorted.size() ? sorted.get(i + 1)[last] : ref[last];
            double depth = next - sorted.get(i)[last];
            if (depth > 0) {
                total += depth * volume(nonDominated(active, last), ref, last);
            }
        }
        return total;
    }

    /** The area dominated in the first two objectives. */
    private static double area(List<double[]> points, double[] ref) {
        double[][] sorted = points.toArray(new double[0][]);
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double area = 0;
        double y = ref[1];
        for (int i = 0; i < sorted.length; i++) {
            double[] p = sorted[i];
            if (p[1] < y) {
                y = p[1];
            }
            double nextX = i + 1 < sorted.length ? sorted[i + 1][0] : ref[0];
            area += (nextX - p[0]) * (ref[1] - y);
        }
        return area;
    }

    /** The points not weakly dominated by another in the first d objectives (one of each duplicate kept). */
    private static List<double[]> nonDominated(List<double[]> points, int d) {
        List<double[]> kept = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            boolean dominated = false;
            for (int j = 0; j < points.size() && !dominated; j++) {
                if (j == i) {
                    continue;
                }
                double[] q = points.get(j);
                boolean weakly = true;
                boolean strictly = false;
                for (int k = 0; k < d; k++) {
                    weakly &= q[k] <= p[k];
                    strictly |= q[k] < p[k];
                }
                // q dominates p, or q equals p and comes first
                dominated = weakly && (strictly || j < i);
            }
            if (!dominated) {
                kept.add(p);
            }
        }
        return kept;
    }
}
