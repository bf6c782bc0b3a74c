package org.ecocomp.quality;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Monthly compliance of monthly means against a target class, and annual compliance rates.
 *
 * @param evaluation the single-factor evaluation that grades each monthly mean
 * @param target the target class (e.g. Ⅲ)
 * @param policy how months without data enter the rate
 */
public record ComplianceAssessment(SingleFactorEvaluation evaluation, WaterClass target, MissingMonthPolicy policy) {

    /** Checks for nulls and that the target is a real class. */
    public ComplianceAssessment {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policy, "policy");
        if (target == WaterClass.WORSE_THAN_V) {
            throw new IllegalArgumentException("the target class must be one of Ⅰ–Ⅴ");
        }
    }

    /** Grades one monthly mean against the target. */
    public MonthlyCompliance month(MonthlyMean mean, WaterBodyType type) {
        return new MonthlyCompliance(mean.section(), mean.month(), evaluation.grade(mean.means(), type), target);
    }

    /**
     * The compliance rate of one section over the twelve months of a year.
     *
     * @param section the section
     * @param year the year
     * @param means the section's monthly means (months of other years or sections are ignored)
     * @param type the water body
     * @return the rate
     * @throws MissingMonthsException when a month lacks data and the policy is {@link MissingMonthPolicy#REFUSE}
     */
    public ComplianceRate annualRate(String section, int year, Collection<MonthlyMean> means, WaterBodyType type)
            throws MissingMonthsException {
        MonthlyCompliance[] byMonth = new MonthlyCompliance[12];
        for (MonthlyMean m : means) {
            if (m.section().equals(section) && m.month().getYear() == year) {
                byMonth[m.month().getMonthValue() - 1] = month(m, type);
            }
        }
        int assessed = 0;
        int compliant = 0;
        List<YearMonth> missing = new ArrayList<>();
        for (Month month : Month.values()) {
            MonthlyCompliance c = byMonth[month.ordinal()];
            if (c == null || !c.assessed()) {
                missing.add(YearMonth.of(year, month));
            } else {
                assessed++;
                compliant += c.compliant() ? 1 : 0;
            }
        }
        if (policy == MissingMonthPolicy.REFUSE && !missing.isEmpty()) {
            throw new MissingMonthsException(section, missing);
        }
        return new ComplianceRate(section, year, assessed, compliant, missing, policy);
    }
}
