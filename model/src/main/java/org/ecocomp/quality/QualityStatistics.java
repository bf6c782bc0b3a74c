package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Monthly and annual means of monitoring samples. */
public final class QualityStatistics {

    private QualityStatistics() {
    }

    /**
     * Monthly means per section, each indicator averaged over the samples that measured it.
     *
     * @param samples samples of any sections and months
     * @return one mean per (section, month) that has samples, ordered by section then month
     */
    public static List<MonthlyMean> monthlyMeans(Collection<Sample> samples) {
        Map<String, Map<YearMonth, List<Sample>>> groups = new TreeMap<>();
        for (Sample s : samples) {
            groups.computeIfAbsent(s.section(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(s.time()), k -> new ArrayList<>()).add(s);
        }
        List<MonthlyMean> out = new ArrayList<>();
        groups.forEach((section, months) -> months.forEach((month, group) ->
                out.add(new MonthlyMean(section, month, mean(group.stream().map(Sample::values).toList()),
                        group.size()))));
        return out;
    }

    /**
     * Annual means per section.
     *
     * @param samples samples of any sections and years
     * @param method mean of monthly means, or mean of all samples
     * @return one mean per (section, year), ordered by section then year
     */
    public static List<AnnualMean> annualMeans(Collection<Sample> samples, AnnualMeanMethod method) {
        List<MonthlyMean> monthly = monthlyMeans(samples);
        Map<String, Map<Integer, List<MonthlyMean>>> byYear = new TreeMap<>();
        for (MonthlyMean m : monthly) {
            byYear.computeIfAbsent(m.section(), k -> new TreeMap<>())
                    .computeIfAbsent(m.month().getYear(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Map<Integer, List<Sample>>> samplesByYear = new TreeMap<>();
        if (method == AnnualMeanMethod.MEAN_OF_SAMPLES) {
            for (Sample s : samples) {
                samplesByYear.computeIfAbsent(s.section(), k -> new TreeMap<>())
                        .computeIfAbsent(s.time().getYear(), k -> new ArrayList<>()).add(s);
            }
        }
        List<AnnualMean> out = new ArrayList<>();
        byYear.forEach((section, years) -> years.forEach((year, months) -> {
            int n = months.stream().mapToInt(MonthlyMean::samples).sum();
            Map<Indicator, Double> means = switch (method) {
                case MEAN_OF_MONTHLY_MEANS -> mean(months.stream().map(MonthlyMean::means).toList());
                case MEAN_OF_SAMPLES -> mean(samplesByYear.get(section).get(year).stream().map(Sample::values).toList());
            };
            out.add(new AnnualMean(section, year, means, months.size(), n, method));
        }));
        out.sort(Comparator.comparing(AnnualMean::section).thenComparingInt(AnnualMean::year));
        return out;
    }

    /** Per-indicator arithmetic mean over the maps that hold the indicator. */
    static Map<Indicator, Double> mean(List<Map<Indicator, Double>> rows) {
        double[] sum = new double[Indicator.values().length];
        int[] count = new int[sum.length];
        for (Map<Indicator, Double> row : rows) {
            row.forEach((indicator, value) -> {
                sum[indicator.ordinal()] += value;
                count[indicator.ordinal()]++;
            });
        }
        Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (count[i.ordinal()] > 0) {
                out.put(i, sum[i.ordinal()] / count[i.ordinal()]);
            }
        }
        return out;
    }
}
