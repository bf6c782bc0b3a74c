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

/** A {@link MonitoringRecord} of monitoring samples: means computed by {@link QualityStatistics}. */
final class SampleRecord implements MonitoringRecord {

    private final Map<String, TreeMap<YearMonth, MonthlyMean>> months = new HashMap<>();
    private final Map<String, Map<YearMonth, Double>> minFlow = new HashMap<>();
    private final Map<String, Map<Integer, AnnualMean>> years = new HashMap<>();
    SampleRecord(Collection<Sample> samples, AnnualMeanMethod method) {
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

    @Override
    public Optional<MonthlyMean> month(String section, YearMonth month) {
        return Optional.ofNullable(months.getOrDefault(section, new TreeMap<>()).get(month));
    }

    @Override
    public List<MonthlyMean> monthsOf(String section, int year) {
        TreeMap<YearMonth, MonthlyMean> all = months.get(section);
        return all == null ? List.of() : new ArrayList<>(all.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true).values());
    }

    @Override
    public OptionalDouble minFlow(String section, YearMonth month) {
        Double q = minFlow.getOrDefault(section, Map.of()).get(month);
        return q == null ? OptionalDouble.empty() : OptionalDouble.of(q);
    }

    @Override
    public Optional<AnnualMean> year(String section, int year) {
        return Optional.ofNullable(years.getOrDefault(section, Map.of()).get(year));
    }
}
