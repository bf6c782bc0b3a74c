package org.ecocomp.quality;

import java.util.Optional;

/**
 * Class limits of GB 3838-2002 (地表水环境质量标准, Table 1) for the indicators ecocomp grades.
 *
 * <p>Limits in mg/L, Classes Ⅰ–Ⅴ. Dissolved oxygen is a lower bound (≥), pH must lie in 6–9 for
 * every class, the others are upper bounds (≤). A value exactly at a limit meets that class, and so does
 * a value within a relative {@value #ON_LIMIT} of it: a mean computed in binary floating point lands a
 * few units in the last place away from the decimal limit it equals in exact arithmetic (twelve
 * monthly CODMn values summing to 72.0 give 6.000000000000001, not 6). TP has
 * separate, stricter limits for lakes and reservoirs; TN is graded for lakes and reservoirs only
 * (rivers exclude TN from the class, as the Ministry's evaluation method prescribes).
 */
public final class Gb3838 {

    private static final double[] DO = {7.5, 6, 5, 3, 2};
    private static final double[] CODMN = {2, 4, 6, 10, 15};
    private static final double[] COD = {15, 15, 20, 30, 40};
    private static final double[] BOD5 = {3, 3, 4, 6, 10};
    private static final double[] NH3N = {0.15, 0.5, 1.0, 1.5, 2.0};
    private static final double[] TP_RIVER = {0.02, 0.1, 0.2, 0.3, 0.4};
    private static final double[] TP_LAKE = {0.01, 0.025, 0.05, 0.1, 0.2};
    private static final double[] TN_LAKE = {0.2, 0.5, 1.0, 1.5, 2.0};
    /** Relative distance from a limit within which a value counts as on the limit. */
    public static final double ON_LIMIT = 1e-12;
    /** Lowest acceptable pH for every class. */
    public static final double PH_MIN = 6.0;
    /** Highest acceptable pH for every class. */
    public static final double PH_MAX = 9.0;

    private Gb3838() {
    }

    /** True when GB 3838 grades this indicator for this water body. */
    public static boolean isGraded(Indicator indicator, WaterBodyType type) {
        return limits(indicator, type).isPresent() || indicator == Indicator.PH;
    }

    /**
     * The limit an indicator must meet for a class: an upper bound, or for DO a lower bound.
     *
     * @param indicator a graded indicator other than pH
     * @param type the water body
     * @param waterClass Class Ⅰ–Ⅴ
     * @return the limit in mg/L, or empty when the indicator is not graded by a single limit here
     *     (pH, flow, TN in rivers) or the class is 劣Ⅴ
     */
    public static Optional<Double> limit(Indicator indicator, WaterBodyType type, WaterClass waterClass) {
        if (waterClass == WaterClass.WORSE_THAN_V) {
            return Optional.empty();
        }
        return limits(indicator, type).map(l -> l[waterClass.number() - 1]);
    }

    /**
     * The class of one value of one indicator.
     *
     * @param indicator the indicator
     * @param value the value in the indicator's canonical unit
     * @param type the water body
     * @return the best class whose limit the value meets (劣Ⅴ when it meets none), or empty when the
     *     indicator is not graded for this water body
     */
    public static Optional<WaterClass> classify(Indicator indicator, double value, WaterBodyType type) {
        if (indicator == Indicator.PH) {
            return Optional.of(meets(value, PH_MIN, true) && meets(value, PH_MAX, false) ? WaterClass.I
                    : WaterClass.WORSE_THAN_V);
        }
        Optional<double[]> limits = limits(indicator, type);
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        double[] l = limits.get();
        boolean lower = indicator.direction() == Direction.LOWER_BOUND;
        for (int c = 0; c < l.length; c++) {
            if (meets(value, l[c], lower)) {
                return Optional.of(WaterClass.ofNumber(c + 1));
            }
        }
        return Optional.of(WaterClass.WORSE_THAN_V);
    }

    private static boolean meets(double value, double limit, boolean lowerBound) {
        double slack = limit * ON_LIMIT;
        return lowerBound ? value >= limit - slack : value <= limit + slack;
    }

    private static Optional<double[]> limits(Indicator indicator, WaterBodyType type) {
        return Optional.ofNullable(switch (indicator) {
            case DO -> DO;
            case CODMN -> CODMN;
            case COD -> COD;
            case BOD5 -> BOD5;
            case NH3N -> NH3N;
            case TP -> type == WaterBodyType.LAKE ? TP_LAKE : TP_RIVER;
            case TN -> type == WaterBodyType.LAKE ? TN_LAKE : null;
            case PH, FLOW -> null;
        });
    }
}
