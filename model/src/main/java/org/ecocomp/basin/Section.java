package org.ecocomp.basin;

import java.util.Objects;
import org.ecocomp.quality.WaterBodyType;

/**
 * A monitored border cross-section.
 *
 * @param name the section's name as in the monitoring data
 * @param party the code of the party responsible for the section's water
 * @param waterBody river or lake/reservoir, which selects GB 3838's TP and TN limits
 */
public record Section(String name, String party, WaterBodyType waterBody) {

    /** Checks for nulls. */
    public Section {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(waterBody, "waterBody");
    }
}
