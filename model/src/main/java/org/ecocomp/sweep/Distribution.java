package org.ecocomp.sweep;

import java.util.List;

/**
 * The uncertainty of one input parameter, as the map from a point {@code u} of the unit interval
 * to a value (the inverse cumulative distribution function, or quantile function).
 *
 * <p>Every design in this package works in the unit hypercube and maps each coordinate through
 * {@link #quantile(double)}; the designs only produce {@code u} strictly inside (0, 1), where every
 * variant is finite. {@code u = 0} and {@code u = 1} are accepted and give the ends of the support
 * (infinite for {@link Normal}, and for {@link LogNormal} at 1).
 */
public sealed interface Distribution {

    /**
     * The value at probability {@code u}.
     *
     * @param u a probability in [0, 1]
     * @return the {@code u}-quantile of the distribution
     * @throws IllegalArgumentException if {@code u} is not in [0, 1]
     */
    double quantile(double u);

    /**
     * Whether a value can occur under this distribution (used to flag one-at-a-time moves that
     * leave a parameter's range).
     *
     * @param x a value
     * @return true if {@code x} lies in the support
     */
    boolean inSupport(double x);

    /**
     * Uniform on [low, high]: {@code low + u (high - low)}.
     *
     * @param low the lower bound, finite
     * @param high the upper bound, finite and above {@code low}
     */
    record Uniform(double low, double high) implements Distribution {

        /** Checks that the bounds are finite and {@code low < high}. */
        public Uniform {
            finite("low", low);
            finite("high", high);
            if (!(low < high)) {
                throw new BadDesignException("high", "the upper bound " + high
                        + " is not above the lower bound " + low + "; expected low < high");
            }
        }

        @Override
        public double quantile(double u) {
            checkProbability(u);
            return low + u * (high - low);
        }

        @Override
        public boolean inSupport(double x) {
            return x >= low && x <= high;
        }
    }

    /**
     * Normal with the given mean and standard deviation: {@code mean + sd Φ⁻¹(u)}, with Φ⁻¹ from
     * Apache Commons Math.
     *
     * @param mean the mean, finite
     * @param sd the standard deviation, finite and positive
     */
    record Normal(double mean, double sd) implements Distribution {

        /**
         * Φ⁻¹ only: built with a null generator, because the two-argument constructor seeds a
         * generator from the clock.
         */
        private static final org.apache.commons.math3.distribution.NormalDistribution STANDARD =
                new org.apache.commons.math3.distribution.NormalDistribution(
                        (org.apache.commons.math3.random.RandomGenerator) null, 0.0, 1.0);

        /** Checks that the mean is finite and the standard deviation positive. */
        public Normal {
            finite("mean", mean);
            positive("sd", sd);
        }

        @Override
        public double quantile(double u) {
            return mean + sd * standardQuantile(u);
        }

        @Override
        public boolean inSupport(double x) {
            return !Double.isNaN(x);
        }

        /** Φ⁻¹(u) of the standard normal. */
        static double standardQuantile(double u) {
            checkProbability(u);
            if (u == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (u == 1.0) {
                return Double.POSITIVE_INFINITY;
            }
            return STANDARD.inverseCumulativeProbability(u);
        }
    }

    /**
     * Log-normal: the logarithm of the value is normal with mean {@code mu} and standard deviation
     * {@code sigma}, so the value is {@code exp(mu + sigma Φ⁻¹(u))} and its median is
     * {@code exp(mu)}.
     *
     * @param mu the mean of the logarithm, finite
     * @param sigma the standard deviation of the logarithm, finite and positive
     */
    record LogNormal(double mu, double sigma) implements Distribution {

        /** Checks that {@code mu} is finite and {@code sigma} positive. */
        public LogNormal {
            finite("mu", mu);
            positive("sigma", sigma);
        }

        @Override
        public double quantile(double u) {
            return Math.exp(mu + sigma * Normal.standardQuantile(u));
        }

        @Override
        public boolean inSupport(double x) {
            return x > 0.0 && x < Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Discrete levels, equally likely, in the order given: the unit interval is cut into
     * {@code k = values.size()} equal strata and stratum {@code floor(u k)} (the last one at
     * {@code u = 1}) gives its level.
     *
     * @param values the levels, at least one, all finite
     */
    record Levels(List<Double> values) implements Distribution {

        /** Checks for at least one level, all finite; keeps an immutable copy. */
        public Levels {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new BadDesignException("values", "there is no level; expected at least one");
            }
            for (int i = 0; i < values.size(); i++) {
                finite("values[" + i + "]", values.get(i));
            }
        }

        @Override
        public double quantile(double u) {
            checkProbability(u);
            int k = values.size();
            return values.get(Math.min((int) (u * k), k - 1));
        }

        @Override
        public boolean inSupport(double x) {
            return values.contains(x);
        }
    }

    private static void checkProbability(double u) {
        if (!(u >= 0.0 && u <= 1.0)) {
            throw new IllegalArgumentException("u = " + u + " is not a probability in [0, 1]");
        }
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new BadDesignException(field, value + " is not a finite number");
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new BadDesignException(field, value + " is not a positive finite number");
        }
    }
}
