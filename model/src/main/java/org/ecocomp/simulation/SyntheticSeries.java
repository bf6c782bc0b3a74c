package org.ecocomp.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a synthetic monitoring series is generated from, apart from the seed: the years and
 * the sections' processes.
 *
 * @param years the calendar years to generate, one sample per month
 * @param sections the sections, in order; a section's index in this list selects its random stream
 */
public record SyntheticSeries(YearRange years, List<SectionProcess> sections) {

    /** Checks for at least one section and unique section names. */
    public SyntheticSeries {
        Objects.requireNonNull(years, "years");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new BadParameterException("sections", "there is no section to generate");
        }
        Set<String> names = new HashSet<>();
        for (SectionProcess s : sections) {
            if (!names.add(s.name())) {
                throw new BadParameterException("sections", "two sections are named " + s.name());
            }
        }
    }
}
