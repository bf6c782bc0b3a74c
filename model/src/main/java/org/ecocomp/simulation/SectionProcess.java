package org.ecocomp.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ecocomp.quality.Indicator;

/**
 * The processes of one cross-section: one per indicator (flow included), with correlated innovations.
 *
 * @param name the section's name (断面名称), as samples carry it
 * @param processes one process per indicator; kept in {@link Indicator} order, which is the order
 *     of the random draws, so the order they are given in does not change the output
 * @param correlation the correlation of the innovations; every indicator it lists must be modelled
 */
public record SectionProcess(String name, List<IndicatorProcess> processes, Correlation correlation) {

    /** Checks for a name, at least one process, no indicator twice, and a correlation within the processes. */
    public SectionProcess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(correlation, "correlation");
        if (name.isBlank()) {
            throw new BadParameterException("name", "a section needs a name");
        }
        List<IndicatorProcess> sorted = new ArrayList<>(processes);
        sorted.sort(Comparator.comparing(IndicatorProcess::indicator));
        processes = List.copyOf(sorted);
        if (processes.isEmpty()) {
            throw new BadParameterException("processes", "section " + name + " models no indicator");
        }
        Set<Indicator> modelled = EnumSet.noneOf(Indicator.class);
        for (IndicatorProcess p : processes) {
            if (!modelled.add(p.indicator())) {
                throw new BadParameterException("processes", p.indicator().code() + " is modelled twice at " + name);
            }
        }
        for (Indicator i : correlation.indicators()) {
            if (!modelled.contains(i)) {
                throw new BadParameterException("correlation", "lists " + i.code() + ", which section " + name
                        + " does not model");
            }
        }
    }

    /** The modelled indicators (flow included), in {@link Indicator} order: the order of the processes and draws. */
    public List<Indicator> indicators() {
        return processes.stream().map(IndicatorProcess::indicator).toList();
    }

    /**
     * This section with every median held at its value in one month: the water as it was then, without
     * the model's later trend (e.g. the water before an agreement's protection, for a projection).
     * Seasonal terms, noise and correlations are unchanged.
     *
     * @param month the month whose medians are kept
     * @return the section with constant medians
     */
    public SectionProcess heldAt(YearMonth month) {
        return new SectionProcess(name, processes.stream().map(p -> new IndicatorProcess(p.indicator(),
                new MedianPath.Constant(p.median().median(month, p.scale())), p.sd(), p.phi(), p.seasonality())).toList(),
                correlation);
    }

    /**
     * This section with the medians of some indicators multiplied (e.g. the pressure on the water
     * without protection). Indicators it does not model are ignored.
     *
     * @param factors factor per indicator, each {@code > 0}, for log-scale indicators only
     * @return the section with scaled medians
     */
    public SectionProcess times(Map<Indicator, Double> factors) {
        return new SectionProcess(name, processes.stream().map(p -> {
            Double k = factors.get(p.indicator());
            if (k == null) {
                return p;
            }
            if (p.scale() != Scale.LOG || !(k > 0) || Double.isInfinite(k)) {
                throw new BadParameterException("pressure", "a median factor must be a finite number > 0 on a concentration, was "
                        + k + " for " + p.indicator().code());
            }
            return new IndicatorProcess(p.indicator(), p.median().times(k), p.sd(), p.phi(), p.seasonality());
        }).toList(), correlation);
    }

    /**
     * The primitive-array draw kernel of this section over a run of months, which need not be the
     * years of a parameter file (e.g. projection years).
     *
     * @param first the month of column 0
     * @param months the number of months, {@code ≥ 1}
     * @return the kernel; it computes the locations and Cholesky factors once
     */
    public SectionKernel kernel(YearMonth first, int months) {
        return new SectionKernel(this, first, months);
    }

    /**
     * The draw kernel of this section over whole calendar years, January of {@code years.from()} first.
     *
     * @param years the years
     * @return the kernel of {@code years.months()} months
     */
    public SectionKernel kernel(YearRange years) {
        return kernel(years.month(0), years.months());
    }
}
