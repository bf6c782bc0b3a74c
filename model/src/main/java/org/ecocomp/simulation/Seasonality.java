package org.ecocomp.simulation;

import java.time.Month;

/**
 * A cosine seasonal term: {@code s(m) = amplitude · cos(2π (m − peakMonth) / 12)} for month
 * {@code m = 1…12}. It is added to the log value (to the value itself for pH), so the monthly median
 * of month {@code m} is {@code median · exp(s(m))}; it averages to zero over the twelve months.
 *
 * @param amplitude the largest offset, in natural-log units (pH units for pH); {@code ≥ 0}
 * @param peakMonth the month (1–12) with the highest value, {@code +amplitude}; six months later
 *     the offset is {@code −amplitude}
 */
public record Seasonality(double amplitude, int peakMonth) {

    /** No seasonal variation. */
    public static final Seasonality NONE = new Seasonality(0, 1);

    /** Checks that the amplitude is finite and not negative and the peak month is 1–12. */
    public Seasonality {
        if (!(amplitude >= 0) || Double.isInfinite(amplitude)) {
            throw new BadParameterException("amplitude", "must be a finite number ≥ 0, was " + amplitude
                    + " (to put the low in a month, put the peak six months away)");
        }
        if (peakMonth < 1 || peakMonth > 12) {
            throw new BadParameterException("peakMonth", "must be a month 1–12, was " + peakMonth);
        }
    }

    /**
     * The seasonal offset of a month.
     *
     * @param month the calendar month
     * @return {@code amplitude · cos(2π (month − peakMonth) / 12)}
     */
    public double offset(Month month) {
        return amplitude * Math.cos(2 * Math.PI * (month.getValue() - peakMonth) / 12.0);
    }
}
