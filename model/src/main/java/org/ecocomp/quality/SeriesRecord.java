package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@link MonitoringRecord} of monthly series held in arrays: one value per month and indicator, so
 * each month's mean is its value and the annual mean is the mean of the months (both annual-mean
 * methods agree). Built without sample objects, for Monte Carlo draws.
 */
public final class SeriesRecord implements MonitoringRecord {

    /**
     * A section's monthly series.
     *
     * @param section the section
     * @param first the first month
     * @param indicators the indicators, one per row of {@code values}
     * @param values {@code values[indicator][month]}, canonical units; not copied (the caller hands them over)
     */
    public record Series(String section, YearMonth first, List<Indicator> indicators, double[][] values) {
        /** Checks the shape. */
        public Series {
            indicators = List.copyOf(indicators);
            if (values.length != indicators.size() || values.length == 0) {
                throw new IllegalArgumentException("one row of values per indicator");
            }
        }

        int months() {
            return values[0].length;
        }
    }

    private final Map<String, Series> series = new HashMap<>();

    SeriesRecord(List<Series> all) {
        all.forEach(s -> series.put(s.section(), s));
    }

    private int index(Series s, YearMonth month) {
        long t = s.first().until(month, java.time.temporal.ChronoUnit.MONTHS);
        return t >= 0 && t < s.months() ? (int) t : -1;
    }

    @Override
    public Optional<MonthlyMean> month(String section, YearMonth month) {
        Series s = series.get(section);
        int t = s == null ? -1 : index(s, month);
        if (t < 0) {
            return Optional.empty();
        }
        Map<Indicator, Double> means = new EnumMap<>(Indicator.class);
        for (int i = 0; i < s.indicators().size(); i++) {
            means.put(s.indicators().get(i), s.values()[i][t]);
        }
        return Optional.of(new MonthlyMean(section, month, means, 1));
    }

    @Override
    public List<MonthlyMean> monthsOf(String section, int year) {
        List<MonthlyMean> out = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            month(section, YearMonth.of(year, m)).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public OptionalDouble minFlow(String section, YearMonth month) {
        Series s = series.get(section);
        int t = s == null ? -1 : index(s, month);
        int q = s == null ? -1 : s.indicators().indexOf(Indicator.FLOW);
        return t < 0 || q < 0 ? OptionalDouble.empty() : OptionalDouble.of(s.values()[q][t]);
    }

    @Override
    public Optional<AnnualMean> year(String section, int year) {
        Series s = series.get(section);
        if (s == null) {
            return Optional.empty();
        }
        double[] sum = new double[s.indicators().size()];
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            int t = index(s, YearMonth.of(year, m));
            if (t >= 0) {
                months++;
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += s.values()[i][t];
                }
            }
        }
        if (months == 0) {
            return Optional.empty();
        }
        Map<Indicator, Double> means = new EnumMap<>(Indicator.class);
        for (int i = 0; i < sum.length; i++) {
            means.put(s.indicators().get(i), sum[i] / months);
        }
        return Optional.of(new AnnualMean(section, year, means, months, months, AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS));
    }
}
