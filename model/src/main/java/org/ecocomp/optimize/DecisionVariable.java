package org.ecocomp.optimize;

import java.util.Objects;

/**
 * A decision variable of a mechanism: a name and the closed interval it is searched in.
 *
 * @param name the variable's name, not blank (e.g. {@code upstream_share})
 * @param low the lower bound, finite
 * @param high the upper bound, finite and greater than {@code low}
 */
public record DecisionVariable(String name, double low, double high) {

    /** Checks for a non-blank name and finite bounds with {@code low < high}. */
    public DecisionVariable {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a decision variable's name is blank");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException(
                    "decision variable " + name + ": bounds must be finite with low < high, got [" + low + ", " + high + "]");
        }
    }

    /**
     * Whether a value lies within the bounds.
     *
     * @param value a value
     * @return {@code low ≤ value ≤ high}
     */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
