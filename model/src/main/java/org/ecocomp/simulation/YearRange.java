package org.ecocomp.simulation;

import java.time.YearMonth;

/**
 * Whole calendar years, both ends included.
 *
 * @param from the first year
 * @param to the last year, {@code ≥ from}
 */
public record YearRange(int from, int to) {

    /** The earliest year a range may start (four-digit ISO years in files). */
    public static final int MIN_YEAR = 1;
    /** The latest year a range may end. */
    public static final int MAX_YEAR = 9999;

    /** Checks that the years are within 1–9999 and do not run backwards. */
    public YearRange {
        if (from < MIN_YEAR || from > MAX_YEAR) {
            throw new BadParameterException("from", "must be a year in " + MIN_YEAR + "–" + MAX_YEAR + ", was " + from);
        }
        if (to < MIN_YEAR || to > MAX_YEAR) {
            throw new BadParameterException("to", "must be a year in " + MIN_YEAR + "–" + MAX_YEAR + ", was " + to);
        }
        if (to < from) {
            throw new BadParameterException("to", "the last year " + to + " is before the first year " + from);
        }
    }

    /** The number of months, {@code 12 · (to − from + 1)}. */
    public int months() {
        return 12 * (to - from + 1);
    }

    /** The month with index {@code k} (0 = January of {@code from}). */
    public YearMonth month(int k) {
        return YearMonth.of(from, 1).plusMonths(k);
    }
}
