package org.ecocomp.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of a one-at-a-time analysis, ready for a tornado chart.
 *
 * @param baseOutput the output at the base point
 * @param percent the relative move, in percent
 * @param bars one bar per parameter, widest swing first (ties in parameter order)
 * @param warnings problems worth a reader's attention, as sentences; empty if none
 */
public record Tornado(double baseOutput, double percent, List<Bar> bars, List<String> warnings) {

    /** Keeps immutable copies, the bars sorted by decreasing swing. */
    public Tornado {
        bars = bars.stream().sorted(Comparator.comparingDouble(Bar::swing).reversed()).toList();
        warnings = List.copyOf(warnings);
    }

    /**
     * One parameter moved alone below and above its base value.
     *
     * @param parameter the parameter's name
     * @param base its base value
     * @param lowValue its value moved down, {@code base (1 − percent/100)}
     * @param highValue its value moved up, {@code base (1 + percent/100)}
     * @param lowOutput the output at the low value
     * @param highOutput the output at the high value
     */
    public record Bar(String parameter, double base, double lowValue, double highValue,
                      double lowOutput, double highOutput) {

        /** Checks the name. */
        public Bar {
            Objects.requireNonNull(parameter, "parameter");
        }

        /**
         * The width of the bar.
         *
         * @return {@code |highOutput − lowOutput|}
         */
        public double swing() {
            return Math.abs(highOutput - lowOutput);
        }
    }
}
