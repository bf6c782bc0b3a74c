package org.ecocomp.simulation;

import java.time.YearMonth;
import java.util.List;

/**
 * The median of an indicator over time, before the seasonal term: either constant or a path through
 * breakpoints.
 *
 * <p>Between two breakpoints the median is interpolated linearly in the indicator's {@link Scale}
 * (in log space for concentrations and flow, so a path from 1.0 to 0.25 over two years passes 0.5
 * after one year), month by month: month {@code t} lies at the fraction {@code (t − t₀)/(t₁ − t₀)}
 * counted in whole months. Before the first breakpoint the median is the first value, after the last
 * it is the last value.
 */
public sealed interface MedianPath permits MedianPath.Constant, MedianPath.Piecewise {

    /**
     * The median of a month on a scale's location: {@code ln(median)} for {@link Scale#LOG}, the
     * median itself for {@link Scale#LINEAR}.
     *
     * @param month the month
     * @param scale the indicator's scale
     * @return the location of the median
     */
    double location(YearMonth month, Scale scale);

    /**
     * The median of a month.
     *
     * @param month the month
     * @param scale the indicator's scale, which sets how breakpoints are interpolated
     * @return the median in the indicator's canonical unit
     */
    default double median(YearMonth month, Scale scale) {
        return scale.value(location(month, scale));
    }

    /** Every median value the path takes at a breakpoint (one value for a constant). */
    List<Double> values();

    /**
     * The path multiplied by a factor at every month (for a log-scale indicator: every breakpoint
     * value times the factor, so the log-linear interpolation between them is the old one times it).
     *
     * @param factor the factor, {@code > 0}
     * @return the scaled path
     */
    MedianPath times(double factor);

    /**
     * A median that does not change.
     *
     * @param value the median, in the indicator's canonical unit
     */
    record Constant(double value) implements MedianPath {

        /** Checks that the value is finite. */
        public Constant {
            if (!Double.isFinite(value)) {
                throw new BadParameterException("median", "must be a finite number, was " + value);
            }
        }

        @Override
        public double location(YearMonth month, Scale scale) {
            return scale.location(value);
        }

        @Override
        public List<Double> values() {
            return List.of(value);
        }

        @Override
        public MedianPath times(double factor) {
            return new Constant(value * factor);
        }
    }

    /**
     * A median through breakpoints, constant before the first and after the last.
     *
     * @param breakpoints at least one breakpoint, months strictly increasing
     */
    record Piecewise(List<Breakpoint> breakpoints) implements MedianPath {

        /** Checks that there is a breakpoint and that the months strictly increase. */
        public Piecewise {
            breakpoints = List.copyOf(breakpoints);
            if (breakpoints.isEmpty()) {
                throw new BadParameterException("median", "a median path needs at least one breakpoint");
            }
            for (int k = 1; k < breakpoints.size(); k++) {
                if (!breakpoints.get(k).from().isAfter(breakpoints.get(k - 1).from())) {
                    throw new BadParameterException("median", "breakpoint months must increase strictly, but "
                            + breakpoints.get(k).from() + " follows " + breakpoints.get(k - 1).from());
                }
            }
        }

        @Override
        public double location(YearMonth month, Scale scale) {
            Breakpoint first = breakpoints.getFirst();
            if (!month.isAfter(first.from())) {
                return scale.location(first.value());
            }
            for (int k = 1; k < breakpoints.size(); k++) {
                Breakpoint left = breakpoints.get(k - 1);
                Breakpoint right = breakpoints.get(k);
                if (!month.isAfter(right.from())) {
                    double fraction = (double) monthsBetween(left.from(), month) / monthsBetween(left.from(), right.from());
                    double a = scale.location(left.value());
                    double b = scale.location(right.value());
                    return a + fraction * (b - a);
                }
            }
            return scale.location(breakpoints.getLast().value());
        }

        @Override
        public List<Double> values() {
            return breakpoints.stream().map(Breakpoint::value).toList();
        }

        @Override
        public MedianPath times(double factor) {
            return new Piecewise(breakpoints.stream().map(b -> new Breakpoint(b.from(), b.value() * factor)).toList());
        }

        private static long monthsBetween(YearMonth from, YearMonth to) {
            return to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue());
        }
    }
}
