package org.ecocomp.game;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Monte Carlo estimate of the Shapley value from random orders of the players, with the standard
 * error of each player's estimate.
 *
 * @param value the estimated Shapley value, one amount per player (the mean marginal contribution)
 * @param standardError the standard error of each estimate, s/√m with s the sample standard deviation
 *     of the player's marginal contributions (m − 1 in the denominator) and m the number of orders;
 *     non-negative
 * @param samples the number m of random orders drawn, at least 2
 */
public record ShapleyEstimate(double[] value, double[] standardError, int samples) {

    /** Checks lengths and signs; copies the arrays. */
    public ShapleyEstimate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(standardError, "standardError");
        if (value.length == 0 || value.length != standardError.length) {
            throw new IllegalArgumentException("one value and one standard error per player");
        }
        if (samples < 2) {
            throw new IllegalArgumentException("an estimate needs at least 2 samples, got " + samples);
        }
        value = value.clone();
        standardError = standardError.clone();
        for (int i = 0; i < value.length; i++) {
            if (!Double.isFinite(value[i]) || !(standardError[i] >= 0) || Double.isInfinite(standardError[i])) {
                throw new IllegalArgumentException("player " + i + ": value " + value[i] + ", standard error "
                        + standardError[i]);
            }
        }
    }

    /** {@return a copy of the estimated Shapley value} */
    @Override
    public double[] value() {
        return value.clone();
    }

    /** {@return a copy of the standard errors} */
    @Override
    public double[] standardError() {
        return standardError.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShapleyEstimate e && samples == e.samples && Arrays.equals(value, e.value)
                && Arrays.equals(standardError, e.standardError);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(value) + Arrays.hashCode(standardError)) + samples;
    }

    @Override
    public String toString() {
        return "ShapleyEstimate[value=" + Arrays.toString(value) + ", standardError="
                + Arrays.toString(standardError) + ", samples=" + samples + "]";
    }
}
