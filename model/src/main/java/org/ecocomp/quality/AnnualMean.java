package org.ecocomp.quality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A section's annual mean per indicator.
 *
 * @param section the cross-section
 * @param year the calendar year
 * @param means annual mean per indicator
 * @param months months of the year with at least one sample
 * @param samples samples in the year
 * @param method how the mean was formed
 */
public record AnnualMean(String section, int year, Map<Indicator, Double> means, int months, int samples,
                         AnnualMeanMethod method) {

    /** Copies the means. */
    public AnnualMean {
        means = Collections.unmodifiableMap(means.isEmpty() ? new EnumMap<>(Indicator.class) : new EnumMap<>(means));
    }
}
