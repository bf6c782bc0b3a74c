package org.ecocomp.io.monitoring;

import java.util.Locale;
import java.util.Optional;
import org.ecocomp.quality.Indicator;

/**
 * Units accepted for indicator values and their factors to the canonical unit of
 * {@link Indicator#unit()}: mg/L for concentrations, m³/s for flow, none for pH.
 */
final class Units {

    private Units() {
    }

    /**
     * The factor that converts a value in {@code unit} to the indicator's canonical unit.
     *
     * @param indicator the indicator
     * @param unit the unit as written (mg/L, µg/L, ug/L, g/m3, m3/s, m³/s, L/s, or empty/"无量纲" for pH)
     * @return the factor, or empty when the unit does not fit the indicator
     */
    static Optional<Double> factor(Indicator indicator, String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replace('³', '3').replace('μ', 'µ').replace(" ", "");
        if (indicator.isConcentration()) {
            return switch (u) {
                case "mg/l", "g/m3" -> Optional.of(1.0);
                case "µg/l", "ug/l", "mg/m3" -> Optional.of(1e-3);
                default -> Optional.empty();
            };
        }
        return switch (indicator) {
            case PH -> switch (u) {
                case "", "-", "无量纲", "dimensionless", "ph" -> Optional.of(1.0);
                default -> Optional.empty();
            };
            case FLOW -> switch (u) {
                case "m3/s" -> Optional.of(1.0);
                case "l/s" -> Optional.of(1e-3);
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }

    /** The units accepted for an indicator, for messages. */
    static String accepted(Indicator indicator) {
        if (indicator.isConcentration()) {
            return "mg/L or µg/L";
        }
        return indicator == Indicator.FLOW ? "m3/s or L/s" : "no unit (pH is dimensionless)";
    }
}
