package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The arithmetic mean of a section's samples in one calendar month, per indicator.
 *
 * @param section the cross-section
 * @param month the calendar month
 * @param means mean value per indicator over the samples that measured it
 * @param samples number of samples in the month
 */
public record MonthlyMean(String section, YearMonth month, Map<Indicator, Double> means, int samples) {

    /** Copies the means and checks the sample count. */
    public MonthlyMean {
        if (samples < 1) {
            throw new IllegalArgumentException("a monthly mean needs at least one sample");
        }
        means = Collections.unmodifiableMap(means.isEmpty() ? new EnumMap<>(Indicator.class) : new EnumMap<>(means));
    }
}
