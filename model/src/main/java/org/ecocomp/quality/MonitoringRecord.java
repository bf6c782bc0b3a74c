package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Water-quality data indexed for settlement: each section's monthly means, lowest sampled flow per
 * month, and annual means. Monitoring samples make one ({@link #of}); a Monte Carlo draw makes another
 * straight from its arrays ({@link #ofMonthlySeries}), so both settle through the same code.
 */
public sealed interface MonitoringRecord permits SampleRecord, SeriesRecord {

    /**
     * The record of monitoring samples.
     *
     * @param samples samples of any sections and times
     * @param method how annual means are formed
     * @return the record
     */
    static MonitoringRecord of(Collection<Sample> samples, AnnualMeanMethod method) {
        return new SampleRecord(samples, method);
    }

    /**
     * The record of monthly series, one value per month and indicator (as a projection draws them).
     *
     * @param series the series by section
     * @return the record
     */
    static MonitoringRecord ofMonthlySeries(List<SeriesRecord.Series> series) {
        return new SeriesRecord(series);
    }

    /** The monthly mean of a section in a month, if it has data. */
    Optional<MonthlyMean> month(String section, YearMonth month);

    /** The section's monthly means in a year, in month order. */
    List<MonthlyMean> monthsOf(String section, int year);

    /** The lowest flow sampled in a month, in m³/s, if flow was sampled. */
    OptionalDouble minFlow(String section, YearMonth month);

    /** The annual mean of a section in a year, if it has data. */
    Optional<AnnualMean> year(String section, int year);

    /**
     * The flow volume of a year in m³: Σ over months with flow data of mean flow × seconds in the month.
     *
     * @param section the section
     * @param year the year
     * @return the volume, or empty when no month of the year has flow data
     */
    default OptionalDouble annualVolume(String section, int year) {
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
    static double secondsIn(YearMonth month) {
        return month.lengthOfMonth() * 86_400.0;
    }
}
