package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether a section's monthly mean met the target class.
 *
 * @param section the cross-section
 * @param month the month
 * @param grade the single-factor grade of the monthly mean, empty when no evaluated indicator was
 *     measured that month
 * @param target the target class
 */
public record MonthlyCompliance(String section, YearMonth month, Optional<Grade> grade, WaterClass target) {

    /** True when the month has a grade that meets the target. */
    public boolean compliant() {
        return grade.map(g -> g.waterClass().meets(target)).orElse(false);
    }

    /** True when the month could be assessed. */
    public boolean assessed() {
        return grade.isPresent();
    }
}
