package org.ecocomp.quality;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One monitoring record at a cross-section: the values measured at one time.
 *
 * @param section the cross-section's name (断面名称)
 * @param time when the sample was taken (local time of the station)
 * @param values indicator values in canonical units (mg/L, pH, m³/s); absent indicators were not
 *     measured
 * @param reportedClass the class the data source itself gave this record, if any
 */
public record Sample(String section, LocalDateTime time, Map<Indicator, Double> values,
                     Optional<WaterClass> reportedClass) {

    /** Checks the invariants: a named section, finite values, pH in 0–14, no negative concentration or flow. */
    public Sample {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reportedClass, "reportedClass");
        if (section.isBlank()) {
            throw new IllegalArgumentException("section name is blank");
        }
        EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
        values.forEach((indicator, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(indicator.code() + " is not a finite number: " + value);
            }
            if (indicator == Indicator.PH ? value < 0 || value > 14 : value < 0) {
                throw new IllegalArgumentException(indicator.code() + " is out of range: " + value
                        + (indicator == Indicator.PH ? " (pH lies in 0–14)" : " (a concentration or flow is 0 or more)"));
            }
            copy.put(indicator, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** A sample without a source class. */
    public Sample(String section, LocalDateTime time, Map<Indicator, Double> values) {
        this(section, time, values, Optional.empty());
    }

    /** The value of one indicator, if measured. */
    public Optional<Double> value(Indicator indicator) {
        return Optional.ofNullable(values.get(indicator));
    }
}
