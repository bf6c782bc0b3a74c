package org.ecocomp.io.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocomp.quality.Sample;

/**
 * Samples read from one or more files, with what the files say about each section.
 *
 * @param samples the samples, in file order
 * @param sections section information by name, in order of first appearance
 */
public record MonitoringData(List<Sample> samples, Map<String, SectionInfo> sections) {

    /** Copies the collections. */
    public MonitoringData {
        samples = List.copyOf(samples);
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** Joins data sets, merging what each says about a section ({@link SectionInfo#merge}). */
    public static MonitoringData concat(Collection<MonitoringData> parts) {
        List<Sample> samples = new ArrayList<>();
        Map<String, SectionInfo> sections = new LinkedHashMap<>();
        for (MonitoringData part : parts) {
            samples.addAll(part.samples);
            part.sections.forEach((name, info) -> sections.merge(name, info, SectionInfo::merge));
        }
        return new MonitoringData(samples, sections);
    }
}
