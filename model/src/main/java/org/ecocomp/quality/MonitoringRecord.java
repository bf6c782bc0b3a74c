package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Monitoring data indexed for settlement: each section's monthly means, lowest sampled flow per
 * month, and annual means.
 */
public final class MonitoringRecord {

    private final Map<String, TreeMap<YearMonth, MonthlyMean>> months = new HashMap<>();
    private final Map<String, Map<YearMonth, Double>> minFlow = new HashMap<>();
    private final Map<String, Map<Integer, AnnualMean>> years = new HashMap<>();
    private final AnnualMeanMethod method;

    /**
     * Indexes samples.
     *
     * @param samples samples of any sections and times
     * @param method how annual means are formed
     */
    public MonitoringRecord(Collection<Sample> samples, AnnualMeanMethod method) {
        this.method = method;
        for (MonthlyMean m : QualityStatistics.monthlyMeans(samples)) {
            months.computeIfAbsent(m.section(), k -> new TreeMap<>()).put(m.month(), m);
        }
        for (Sample s : samples) {
            s.value(Indicator.FLOW).ifPresent(q -> minFlow.computeIfAbsent(s.section(), k -> new HashMap<>())
                    .merge(YearMonth.from(s.time()), q, Math::min));
        }
        for (AnnualMean a : QualityStatistics.annualMeans(samples, method)) {
            years.computeIfAbsent(a.section(), k -> new HashMap<>()).put(a.year(), a);
        }
    }

    /** How annual means are formed. */
    public AnnualMeanMethod method() {
        return method;
    }

    /** True when the record has any data for the section. */
    public boolean hasSection(String section) {
        return months.containsKey(section);
    }

    /** The sections with data. */
    public Collection<String> sections() {
        return months.keySet();
    }

    /** Whether the section's data ever measured the indicator. */
    public boolean measures(String section, Indicator indicator) {
        return months.getOrDefault(section, new TreeMap<>()).values().stream().anyMatch(m -> m.means().containsKey(indicator));
    }

    /** The monthly mean of a section in a month, if it has samples. */
    public Optional<MonthlyMean> month(String section, YearMonth month) {
        return Optional.ofNullable(months.getOrDefault(section, new TreeMap<>()).get(month));
    }

    /** The section's monthly means in a year, in month order. */
    public List<MonthlyMean> monthsOf(String section, int year) {
        TreeMap<YearMonth, MonthlyMean> all = months.get(section);
        return all == null ? List.of() : new ArrayList<>(all.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).values());
    }

    /** The lowest flow sampled in a month, in m³/s, if flow was sampled. */
    public OptionalDouble minFlow(String section, YearMonth month) {
        Double q = minFlow.getOrDefault(section, Map.of()).get(month);
        return q == null ? OptionalDouble.empty() : OptionalDouble.of(q);
    }

    /** The annual mean of a section in a year, if it has samples. */
    public Optional<AnnualMean> year(String section, int year) {
        return Optional.ofNullable(years.getOrDefault(section, Map.of()).get(year));
    }

    /**
     * The flow volume of a year in m³: Σ over months with flow data of mean flow × seconds in the month.
     *
     * @param section the section
     * @param year the year
     * @return the volume, or empty when no month of the year has flow data
     */
    public OptionalDouble annualVolume(String section, int year) {
        double volume = 0;
        boolean any = false;
        for (MonthlyMean m : monthsOf(section, year)) {
            Double q = m.means().get(Indicator.FLOW);
            if (q != null) {
                volume += q * secondsIn(m.month());
                any = true;
            }
        }
        return any ? OptionalDouble.of(volume) : OptionalDouble.empty();
    }

    /** Seconds in a calendar month. */
    public static double secondsIn(YearMonth month) {
        return month.lengthOfMonth() * 86_400.0;
    }
}
