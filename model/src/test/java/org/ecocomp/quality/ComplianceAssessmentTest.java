package org.ecocomp.quality;

import static org.ecocomp.quality.Indicator.DO;
import static org.ecocomp.quality.Indicator.FLOW;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TN;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Monthly-mean compliance rates (达标率) against Class Ⅲ under each missing-month policy. NH3-N 0.8 is
 * Class Ⅲ (compliant) and 1.2 is Class Ⅳ (not compliant), GB 3838-2002 Table 1.
 */
class ComplianceAssessmentTest {

    private static final String SECTION = "石角";
    private static final double COMPLIANT_NH3N = 0.8;
    private static final double FAILING_NH3N = 1.2;

    private static MonthlyMean month(int year, int month, Map<Indicator, Double> means) {
        return new MonthlyMean(SECTION, YearMonth.of(year, month), means, 1);
    }

    /** Months 1..{@code months} of 2019, month {@code failing} over the Class Ⅲ NH3-N limit, the rest within it. */
    private static List<MonthlyMean> year2019(int months, int... failing) {
        List<MonthlyMean> out = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            boolean fails = false;
            for (int f : failing) {
                fails |= f == m;
            }
            out.add(month(2019, m, Map.of(NH3N, fails ? FAILING_NH3N : COMPLIANT_NH3N)));
        }
        return out;
    }

    private static ComplianceAssessment classIII(MissingMonthPolicy policy) {
        return new ComplianceAssessment(SingleFactorEvaluation.CNEMC, WaterClass.III, policy);
    }

    private static ComplianceRate rate(MissingMonthPolicy policy, List<MonthlyMean> means)
            throws MissingMonthsException {
        return classIII(policy).annualRate(SECTION, 2019, means, WaterBodyType.RIVER);
    }

    @Test
    void excludeLeavesMissingMonthsOutOfTheDenominator() throws MissingMonthsException {
        // Jan..Oct assessed, Oct fails, Nov and Dec missing: 9 / 10
        ComplianceRate r = rate(MissingMonthPolicy.EXCLUDE, year2019(10, 10));
        assertEquals(10, r.assessed());
        assertEquals(9, r.compliant());
        assertEquals(List.of(YearMonth.of(2019, 11), YearMonth.of(2019, 12)), r.missing());
        assertEquals(10, r.denominator());
        assertEquals(OptionalDouble.of(0.9), r.rate());
    }

    @Test
    void countAsFailedPutsMissingMonthsInTheDenominator() throws MissingMonthsException {
        // the same months: 9 / 12
        ComplianceRate r = rate(MissingMonthPolicy.COUNT_AS_FAILED, year2019(10, 10));
        assertEquals(9, r.compliant());
        assertEquals(12, r.denominator());
        assertEquals(OptionalDouble.of(0.75), r.rate());
    }

    @Test
    void refuseThrowsAndNamesTheMissingMonths() {
        MissingMonthsException e = assertThrows(MissingMonthsException.class,
                () -> rate(MissingMonthPolicy.REFUSE, year2019(10, 10)));
        assertEquals(SECTION, e.section());
        assertEquals(List.of(YearMonth.of(2019, 11), YearMonth.of(2019, 12)), e.missing());
        assertTrue(e.getMessage().contains("2019-11"), e.getMessage());
        assertTrue(e.getMessage().contains(SECTION), e.getMessage());
    }

    @Test
    void refuseComputesARateWhenNoMonthIsMissing() throws MissingMonthsException {
        ComplianceRate r = rate(MissingMonthPolicy.REFUSE, year2019(12, 3));
        assertEquals(OptionalDouble.of(11.0 / 12), r.rate());
        assertEquals(List.of(), r.missing());
    }

    @Test
    void jiuzhouRoundTwoNineOfTwelveMonthsMeetsSeventyFivePercentButNotEightyThree()
            throws MissingMonthsException {
        // DOMAIN.md section 2, Jiuzhou round 2: monthly compliance-rate targets 75% (2018) and 83% (2019)
        ComplianceRate r = rate(MissingMonthPolicy.REFUSE, year2019(12, 2, 6, 11));
        assertEquals(9, r.compliant());
        assertEquals(12, r.assessed());
        double rate = r.rate().orElseThrow();
        assertEquals(0.75, rate);
        assertTrue(rate >= 0.75);
        assertFalse(rate >= 0.83);
        // one more compliant month, 10 / 12 = 0.833..., meets 83%
        assertTrue(rate(MissingMonthPolicy.REFUSE, year2019(12, 2, 6)).rate().orElseThrow() >= 0.83);
    }

    @Test
    void aMonthWithOnlyUngradedIndicatorsCountsAsMissing() throws MissingMonthsException {
        List<MonthlyMean> means = new ArrayList<>(year2019(12));
        means.set(0, month(2019, 1, Map.of(FLOW, 85.0)));       // only flow
        means.set(1, month(2019, 2, Map.of(TN, 1.8, FLOW, 90.0))); // TN is not graded in a river
        ComplianceRate exclude = rate(MissingMonthPolicy.EXCLUDE, means);
        assertEquals(List.of(YearMonth.of(2019, 1), YearMonth.of(2019, 2)), exclude.missing());
        assertEquals(10, exclude.assessed());
        assertEquals(OptionalDouble.of(1.0), exclude.rate());
        assertEquals(OptionalDouble.of(10.0 / 12), rate(MissingMonthPolicy.COUNT_AS_FAILED, means).rate());
        assertThrows(MissingMonthsException.class, () -> rate(MissingMonthPolicy.REFUSE, means));
    }

    @Test
    void totalNitrogenListedMakesAMonthAssessable() throws MissingMonthsException {
        ComplianceAssessment withTn = new ComplianceAssessment(new SingleFactorEvaluation(EnumSet.of(TP, TN)),
                WaterClass.III, MissingMonthPolicy.EXCLUDE);
        List<MonthlyMean> means = List.of(month(2019, 1, Map.of(TN, 1.8)));
        ComplianceRate river = withTn.annualRate(SECTION, 2019, means, WaterBodyType.RIVER);
        assertEquals(1, river.assessed());
        assertEquals(0, river.compliant()); // TN 1.8 is Class V on Table 1's TN row, listed for a river too
        ComplianceRate lake = withTn.annualRate(SECTION, 2019, means, WaterBodyType.LAKE);
        assertEquals(1, lake.assessed());
        assertEquals(0, lake.compliant()); // TN 1.8 is Class V in a lake
    }

    @Test
    void monthsOfOtherSectionsAndYearsAreIgnored() throws MissingMonthsException {
        List<MonthlyMean> means = new ArrayList<>(year2019(12));
        means.add(new MonthlyMean("山角", YearMonth.of(2019, 5), Map.of(NH3N, FAILING_NH3N), 1));
        means.add(month(2018, 5, Map.of(NH3N, FAILING_NH3N)));
        means.add(month(2020, 5, Map.of(NH3N, FAILING_NH3N)));
        ComplianceRate r = rate(MissingMonthPolicy.REFUSE, means);
        assertEquals(12, r.compliant());
        assertEquals(OptionalDouble.of(1.0), r.rate());
    }

    @Test
    void noDataAtAllHasNoRateWhenExcludedAndZeroWhenCountedAsFailed() throws MissingMonthsException {
        ComplianceRate excluded = rate(MissingMonthPolicy.EXCLUDE, List.of());
        assertEquals(12, excluded.missing().size());
        assertEquals(OptionalDouble.empty(), excluded.rate());
        assertEquals(OptionalDouble.of(0.0), rate(MissingMonthPolicy.COUNT_AS_FAILED, List.of()).rate());
    }

    @Test
    void aMonthComplianceComparesTheGradeWithTheTarget() {
        ComplianceAssessment a = classIII(MissingMonthPolicy.EXCLUDE);
        MonthlyCompliance good = a.month(month(2019, 1, Map.of(DO, 9.0)), WaterBodyType.RIVER);        // I
        MonthlyCompliance edge = a.month(month(2019, 2, Map.of(NH3N, 1.0)), WaterBodyType.RIVER);      // III
        MonthlyCompliance bad = a.month(month(2019, 3, Map.of(DO, 4.0)), WaterBodyType.RIVER);         // IV
        MonthlyCompliance none = a.month(month(2019, 4, Map.of(FLOW, 80.0)), WaterBodyType.RIVER);
        assertTrue(good.compliant() && good.assessed());
        assertTrue(edge.compliant());
        assertFalse(bad.compliant());
        assertTrue(bad.assessed());
        assertFalse(none.compliant());
        assertFalse(none.assessed());
    }

    @Test
    void theTargetMustBeAClassFromOneToFive() {
        assertThrows(IllegalArgumentException.class, () -> new ComplianceAssessment(SingleFactorEvaluation.CNEMC,
                WaterClass.WORSE_THAN_V, MissingMonthPolicy.EXCLUDE));
    }

    /** The constructor's Javadoc says it "checks for nulls"; evaluation and policy are checked, target must be too. */
    @Test
    void rejectsNullArguments() {
        assertThrows(NullPointerException.class,
                () -> new ComplianceAssessment(null, WaterClass.III, MissingMonthPolicy.EXCLUDE));
        assertThrows(NullPointerException.class,
                () -> new ComplianceAssessment(SingleFactorEvaluation.CNEMC, WaterClass.III, null));
        assertThrows(NullPointerException.class,
                () -> new ComplianceAssessment(SingleFactorEvaluation.CNEMC, null, MissingMonthPolicy.EXCLUDE));
    }

    @Test
    void aRateChecksItsCounts() {
        List<YearMonth> none = List.of();
        assertThrows(IllegalArgumentException.class,
                () -> new ComplianceRate(SECTION, 2019, 5, 6, none, MissingMonthPolicy.EXCLUDE));
        assertThrows(IllegalArgumentException.class,
                () -> new ComplianceRate(SECTION, 2019, 5, -1, none, MissingMonthPolicy.EXCLUDE));
        List<YearMonth> eight = new ArrayList<>();
        for (int m = 1; m <= 8; m++) {
            eight.add(YearMonth.of(2019, m));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ComplianceRate(SECTION, 2019, 5, 5, eight, MissingMonthPolicy.EXCLUDE));
    }
}
