package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A compliance rate (达标率) over the months of a year.
 *
 * @param section the cross-section
 * @param year the year
 * @param assessed months with a grade
 * @param compliant months whose grade meets the target
 * @param missing months of the year without a grade
 * @param policy how missing months enter the rate
 */
public record ComplianceRate(String section, int year, int assessed, int compliant, List<YearMonth> missing,
                             MissingMonthPolicy policy) {

    /** Checks the counts. */
    public ComplianceRate {
        if (compliant < 0 || compliant > assessed || assessed + missing.size() > 12) {
            throw new IllegalArgumentException("inconsistent month counts: " + compliant + "/" + assessed
                    + " with " + missing.size() + " missing");
        }
        missing = List.copyOf(missing);
    }

    /** The months in the denominator: assessed, plus missing ones when they count as failed. */
    public int denominator() {
        return policy == MissingMonthPolicy.COUNT_AS_FAILED ? assessed + missing.size() : assessed;
    }

    /** compliant / denominator, or empty when no month is in the denominator. */
    public OptionalDouble rate() {
        int d = denominator();
        return d == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) compliant / d);
    }
}
