package org.ecocomp.agreement;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** An amount of money in yuan that may change by year: fixed, listed per year, growing, or indexed. */
public sealed interface AmountSchedule {

    /**
     * The amount in a year.
     *
     * @param year the year
     * @return the amount in yuan, or empty when the schedule does not cover the year
     */
    OptionalDouble in(int year);

    /** The same amount every year. @param yuan the amount */
    record Fixed(double yuan) implements AmountSchedule {
        /** Checks the amount is finite. */
        public Fixed {
            if (!Double.isFinite(yuan)) {
                throw new IllegalArgumentException("amount is not finite");
            }
        }

        @Override
        public OptionalDouble in(int year) {
            return OptionalDouble.of(yuan);
        }
    }

    /** An amount listed per year. @param yuan year to amount */
    record ByYear(Map<Integer, Double> yuan) implements AmountSchedule {
        /** Copies the map. */
        public ByYear {
            yuan = Collections.unmodifiableMap(new TreeMap<>(yuan));
        }

        @Override
        public OptionalDouble in(int year) {
            Double v = yuan.get(year);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    }

    /**
     * An amount growing at a constant rate: base·(1+growth)^(year−baseYear).
     *
     * @param base the amount in the base year
     * @param baseYear the base year
     * @param growth the yearly growth rate (0.05 = 5%)
     */
    record Growing(double base, int baseYear, double growth) implements AmountSchedule {
        /** Checks the rate. */
        public Growing {
            if (growth <= -1) {
                throw new IllegalArgumentException("growth must be above -1");
            }
        }

        @Override
        public OptionalDouble in(int year) {
            return OptionalDouble.of(base * Math.pow(1 + growth, year - baseYear));
        }
    }

    /**
     * An amount that follows an index (e.g. GDP): base·index[year]/index[baseYear].
     *
     * @param base the amount in the base year
     * @param baseYear the base year, which the index must cover
     * @param index year to index value (positive)
     */
    record Indexed(double base, int baseYear, Map<Integer, Double> index) implements AmountSchedule {
        /** Copies the index and checks the base year is in it. */
        public Indexed {
            index = Collections.unmodifiableMap(new TreeMap<>(index));
            if (!index.containsKey(baseYear)) {
                throw new IllegalArgumentException("the index has no value for the base year " + baseYear);
            }
        }

        @Override
        public OptionalDouble in(int year) {
            Double v = index.get(year);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(base * v / index.get(baseYear));
        }
    }
}
