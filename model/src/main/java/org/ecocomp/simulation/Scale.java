package org.ecocomp.simulation;

import org.ecocomp.quality.Indicator;

/**
 * The scale on which an indicator's noise is additive: concentrations and flow are log-normal, pH
 * is normal on its own scale.
 */
public enum Scale {
    /** Log-normal: the model works with the natural logarithm of the value. */
    LOG,
    /** Normal: the model works with the value itself (pH). */
    LINEAR;

    /** The scale of an indicator: {@link #LINEAR} for pH, {@link #LOG} for everything else. */
    public static Scale of(Indicator indicator) {
        return indicator == Indicator.PH ? LINEAR : LOG;
    }

    /** A value mapped to the scale: {@code ln(value)} or the value itself. */
    public double location(double value) {
        return switch (this) {
            case LOG -> Math.log(value);
            case LINEAR -> value;
        };
    }

    /** The inverse of {@link #location(double)}: {@code exp(location)} or the location itself. */
    public double value(double location) {
        return switch (this) {
            case LOG -> Math.exp(location);
            case LINEAR -> location;
        };
    }
}
