package org.ecocomp.simulation;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The draws of a Monte Carlo projection, kept as primitive arrays indexed by draw: each party's total
 * net transfer and welfare, and its net transfer per year; plus, per (year, clause, payer, payee), how
 * often money moved and how much in all.
 */
public final class MonteCarloResult {

    /**
     * A direction of payment of a clause in a year.
     *
     * @param year the year
     * @param clause the clause id
     * @param payer who pays
     * @param payee who receives
     */
    public record FlowKey(int year, String clause, String payer, String payee) implements Comparable<FlowKey> {

        private static final Comparator<FlowKey> ORDER = Comparator.comparingInt(FlowKey::year)
                .thenComparing(FlowKey::clause).thenComparing(FlowKey::payer).thenComparing(FlowKey::payee);

        @Override
        public int compareTo(FlowKey o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * How often and how much money moved in one direction.
     *
     * @param draws draws in which it moved
     * @param total yuan summed over all draws
     */
    public record FlowStats(long draws, double total) {
    }

    private final List<String> parties;
    private final int firstYear;
    private final double[][] net;
    private final double[][] welfare;
    private final double[][][] yearly;
    private final Map<FlowKey, FlowStats> flows;
    private final double[] waterQuality;

    private MonteCarloResult(Builder b) {
        this.waterQuality = b.waterQuality;
        this.parties = List.copyOf(b.parties);
        this.firstYear = b.firstYear;
        this.net = b.net;
        this.welfare = b.welfare;
        this.yearly = b.yearly;
        this.flows = Collections.unmodifiableMap(b.flows);
    }

    /** The parties, in the order of the arrays. */
    public List<String> parties() {
        return parties;
    }

    /** The number of draws. */
    public int draws() {
        return net[0].length;
    }

    /** The projection years, ascending. */
    public int[] years() {
        int[] y = new int[yearly[0].length];
        for (int k = 0; k < y.length; k++) {
            y[k] = firstYear + k;
        }
        return y;
    }

    /** A party's net transfer over the whole projection, per draw (a copy). */
    public double[] netTransfer(int party) {
        return net[party].clone();
    }

    /** A party's welfare over the whole projection, per draw (a copy). */
    public double[] welfare(int party) {
        return welfare[party].clone();
    }

    /** A party's net transfer in one projection year (index from the first year), per draw (a copy). */
    public double[] netTransfer(int party, int yearIndex) {
        return yearly[party][yearIndex].clone();
    }

    /** The share of (section, month) pairs meeting Class Ⅲ, per draw (a copy). */
    public double[] waterQuality() {
        return waterQuality.clone();
    }

    /** Money moved per (year, clause, payer, payee), in that order. */
    public Map<FlowKey, FlowStats> flows() {
        return flows;
    }

    /**
     * The memory the per-draw results of a projection take, in bytes per draw: a result keeps every
     * draw's total, welfare and yearly net per party, and its water quality.
     *
     * @param parties the number of parties
     * @param years the number of projection years
     * @return bytes per draw
     */
    public static long bytesPerDraw(int parties, int years) {
        return Double.BYTES * (1L + (long) parties * (2L + years));
    }

    /** Collects draws as they finish; each draw writes only its own index, so workers need no locks. */
    static final class Builder {

        private final List<String> parties;
        private final int firstYear;
        private final double[][] net;
        private final double[][] welfare;
        private final double[][][] yearly;
        private final Map<FlowKey, FlowStats> flows = new TreeMap<>();
        private final double[] waterQuality;

        Builder(List<String> parties, int firstYear, int years, int draws) {
            this.waterQuality = new double[draws];
            this.parties = parties;
            this.firstYear = firstYear;
            this.net = new double[parties.size()][draws];
            this.welfare = new double[parties.size()][draws];
            this.yearly = new double[parties.size()][years][draws];
        }

        void record(int draw, DrawOutcome o) {
            waterQuality[draw] = o.waterQuality();
            for (int p = 0; p < parties.size(); p++) {
                double total = 0;
                for (int y = 0; y < o.net()[p].length; y++) {
                    yearly[p][y][draw] = o.net()[p][y];
                    total += o.net()[p][y];
                }
                net[p][draw] = total;
                welfare[p][draw] = o.welfare()[p];
            }
        }

        /** Adds one block's flows; blocks are added in block order so sums do not depend on threads. */
        void addFlows(Map<FlowKey, double[]> block) {
            block.forEach((k, v) -> flows.merge(k, new FlowStats((long) v[0], v[1]),
                    (a, b) -> new FlowStats(a.draws() + b.draws(), a.total() + b.total())));
        }

        MonteCarloResult build() {
            return new MonteCarloResult(this);
        }
    }
}
