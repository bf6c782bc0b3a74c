package org.ecocomp.simulation;

import java.time.YearMonth;
import java.util.Objects;
import org.ecocomp.quality.Indicator;

/**
 * The stochastic process of one indicator (or flow) at one section.
 *
 * <p>On the indicator's {@link Scale} (log for concentrations and flow, linear for pH) the value of
 * month {@code t} is {@code x(t) = location(median(t)) + seasonal(month of t) + e(t)}, where
 * {@code e} is a stationary AR(1) process {@code e(t) = phi · e(t−1) + sd · √(1 − phi²) · ε(t)} with
 * standard normal innovations {@code ε} and marginal standard deviation {@code sd}. The monthly
 * median of month {@code t} is therefore {@code median(t) · exp(seasonal(month))} (plus, for pH).
 *
 * @param indicator the indicator, in its canonical unit (mg/L, pH, m³/s)
 * @param median the median path, before the seasonal term
 * @param sd the marginal standard deviation of {@code e}: natural-log units, pH units for pH; {@code > 0}
 *     and at most {@link #MAX_SD}
 * @param phi the lag-1 (one month) autocorrelation of {@code e}; {@code −1 < phi < 1}
 * @param seasonality the seasonal term ({@link Seasonality#NONE} for none)
 */
public record IndicatorProcess(Indicator indicator, MedianPath median, double sd, double phi, Seasonality seasonality) {

    /** The largest pH a median may have. */
    private static final double PH_MAX = 14;

    /**
     * The largest marginal standard deviation: 5 natural-log units already spreads a month's value over a
     * factor e^±10 (±10 sd draws) around its median; beyond, draws overflow double precision.
     */
    public static final double MAX_SD = 5;

    /** Checks the domains: positive medians on the log scale, pH medians 0–14, {@code 0 < sd ≤ MAX_SD}, {@code |phi| < 1}. */
    public IndicatorProcess {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(seasonality, "seasonality");
        for (double value : median.values()) {
            if (indicator == Indicator.PH && (value < 0 || value > PH_MAX)) {
                throw new BadParameterException("median", "a pH median must lie in 0–14, was " + value);
            }
            if (Scale.of(indicator) == Scale.LOG && !(value > 0)) {
                throw new BadParameterException("median", "a median of " + indicator.code()
                        + " must be > 0 (the model is log-normal), was " + value);
            }
        }
        if (!(sd > 0) || sd > MAX_SD) {
            throw new BadParameterException("sd", "must be a number > 0 and at most " + MAX_SD + ", was " + sd);
        }
        if (!(Math.abs(phi) < 1)) {
            throw new BadParameterException("phi", "must lie strictly between −1 and 1 (a stationary AR(1)), was " + phi);
        }
    }

    /** The scale the noise is additive on: linear for pH, log otherwise. */
    public Scale scale() {
        return Scale.of(indicator);
    }

    /**
     * The centre of month {@code t} on the scale: {@code location(median(t)) + seasonal(month)}.
     *
     * @param month the month
     * @return {@code ln} of the monthly median (the monthly median itself for pH)
     */
    public double location(YearMonth month) {
        return median.location(month, scale()) + seasonality.offset(month.getMonth());
    }

    /**
     * The monthly median of a month: {@code median(t) · exp(seasonal(month))}, or
     * {@code median(t) + seasonal(month)} for pH.
     *
     * @param month the month
     * @return the median of the month's value, in the indicator's canonical unit
     */
    public double monthlyMedian(YearMonth month) {
        return scale().value(location(month));
    }

    /** The standard deviation of the AR(1) innovation, {@code sd · √(1 − phi²)}. */
    public double innovationSd() {
        return sd * Math.sqrt(1 - phi * phi);
    }
}
