package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecocomp.agreement.Clause.ClassSchedule;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * Months without complete data follow the scenario's missing-month policy in every test (DOMAIN.md §4:
 * "Missing months must be an explicit policy (exclude, count as failed, or refuse), never silent"): a
 * month lacking one of the clause's indicators lacks data, and an annual mean made of part of a year
 * is not settled as if it were the whole year. Expected payments worked out by hand.
 */
class MissingDataTest {

    private static final String S = "界";
    /** Class Ⅱ on CODMn (≤ 4) and NH3-N (≤ 0.5): meets Ⅲ. */
    private static final Map<Indicator, Double> GOOD = values(CODMN, 3.0, NH3N, 0.4);
    /** NH3-N missing: CODMn alone would grade Class Ⅱ. */
    private static final Map<Indicator, Double> NO_AMMONIA = values(CODMN, 3.0);

    private static Agreement bet(QualityTest test) {
        ComplianceBet bet = new ComplianceBet("bet", List.of(S), "UP", "DN", test, fixed(1 * YI), true,
                Partial.ALL_OR_NOTHING);
        return Fixtures.agreement(List.of("UP", "DN"), Map.of(S, "UP"), new Round("r", 2020, 2020, List.of(bet)));
    }

    private static QualityTest annualOnly() {
        return new QualityTest(evaluation(CODMN, NH3N), WaterClass.III, true, Map.of(), OptionalDouble.empty());
    }

    private static QualityTest rateOnly(double rate) {
        return new QualityTest(evaluation(CODMN, NH3N), WaterClass.III, false, Map.of(), OptionalDouble.of(rate));
    }

    /** January–June complete and Class Ⅱ, July–December without NH3-N. */
    private static List<Sample> ammoniaStopsInJuly() {
        return Fixtures.year(S, 2020, m -> m <= 6 ? GOOD : NO_AMMONIA);
    }

    /** January only. */
    private static List<Sample> januaryOnly() {
        return Fixtures.year(S, 2020, m -> m == 1 ? GOOD : null);
    }

    @Test
    void aMonthLackingAnIndicatorOfTheClauseIsNotACompliantMonth() throws SettlementException {
        // 6 complete months, all compliant. count-as-failed: 6/12 = 50% < 100% ⇒ upstream pays;
        // exclude: 6/6 = 100% ⇒ downstream pays.
        assertEquals(1 * YI, paid(settle(bet(rateOnly(1.0)), ammoniaStopsInJuly(), MissingMonthPolicy.COUNT_AS_FAILED),
                "UP", "DN"), FEN);
        assertEquals(1 * YI, paid(settle(bet(rateOnly(1.0)), ammoniaStopsInJuly(), MissingMonthPolicy.EXCLUDE),
                "DN", "UP"), FEN);
        SettlementException refused = assertThrows(SettlementException.class,
                () -> settle(bet(rateOnly(1.0)), ammoniaStopsInJuly(), MissingMonthPolicy.REFUSE));
        assertTrue(refused.getMessage().contains("2020-07 no NH3-N"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2020-12 no NH3-N"), refused.getMessage());
    }

    @Test
    void anAnnualMeanOfPartOfTheYearFollowsThePolicy() throws SettlementException {
        // Annual-mean test only, January alone measured (Class Ⅱ): count-as-failed fails the year,
        // exclude grades the month there is, refuse names the eleven months without data.
        assertEquals(1 * YI, paid(settle(bet(annualOnly()), januaryOnly(), MissingMonthPolicy.COUNT_AS_FAILED),
                "UP", "DN"), FEN);
        assertEquals(0, paid(settle(bet(annualOnly()), januaryOnly(), MissingMonthPolicy.COUNT_AS_FAILED),
                "DN", "UP"), FEN);
        assertEquals(1 * YI, paid(settle(bet(annualOnly()), januaryOnly(), MissingMonthPolicy.EXCLUDE),
                "DN", "UP"), FEN);
        SettlementException refused = assertThrows(SettlementException.class,
                () -> settle(bet(annualOnly()), januaryOnly(), MissingMonthPolicy.REFUSE));
        assertTrue(refused.getMessage().contains("2020-02 no data"), refused.getMessage());
    }

    @Test
    void anAnnualMeanWithoutOneOfTheClausesIndicatorsIsRefusedEvenWhenGapsAreExcluded() {
        List<Sample> noAmmonia = Fixtures.year(S, 2020, NO_AMMONIA);
        SettlementException e = assertThrows(SettlementException.class,
                () -> settle(bet(annualOnly()), noAmmonia, MissingMonthPolicy.EXCLUDE));
        assertTrue(e.getMessage().contains("no NH3-N data at 界 in 2020"), e.getMessage());
    }

    @Test
    void aClassScheduleOnAnIncompleteYearCountsItAsWorseThanVWhenMissingMonthsFail() throws SettlementException {
        Map<WaterClass, Double> schedule = new EnumMap<>(WaterClass.class);
        for (WaterClass w : WaterClass.values()) {
            schedule.put(w, w.meets(WaterClass.III) ? 1 * YI : -1 * YI);
        }
        Agreement a = Fixtures.agreement(List.of("UP", "DN"), Map.of(S, "UP"), new Round("r", 2020, 2020,
                List.of(new ClassSchedule("steps", S, "UP", "DN", evaluation(CODMN, NH3N), schedule))));
        // Complete data would be Class Ⅱ (downstream pays 1亿); July–December lack NH3-N.
        Ledger failed = settle(a, ammoniaStopsInJuly(), MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals(1 * YI, paid(failed, "UP", "DN"), FEN);
        assertTrue(failed.transfers().get(0).reason().contains("6 months without complete data"),
                failed.transfers().get(0).reason());
        assertEquals(1 * YI, paid(settle(a, ammoniaStopsInJuly(), MissingMonthPolicy.EXCLUDE), "DN", "UP"), FEN);
    }

    @Test
    void aFineSumsTheMonthsWithDataUnlessTheMissingMonthPolicyRefuses() throws SettlementException {
        // Zhoukou band (0.5, 1] ⇒ 25万·(1 + m): NH3-N 1.8 against Class Ⅲ's 1.0 is m = 0.8 ⇒ 25万 × 1.8 = 45万.
        // January measured at 1.8, the other months missing.
        Clause.ExceedanceFine fine = new Clause.ExceedanceFine("fine", S, "UP", "DN", evaluation(NH3N), WaterClass.III,
                List.of(new Clause.FineTier(0.5, 1.0, 25e4)));
        Agreement a = Fixtures.agreement(List.of("UP", "DN"), Map.of(S, "UP"), new Round("r", 2020, 2020, List.of(fine)));
        List<Sample> january = Fixtures.year(S, 2020, m -> m == 1 ? values(NH3N, 1.8) : null);
        assertEquals(45e4, paid(settle(a, january, MissingMonthPolicy.COUNT_AS_FAILED), "UP", "DN"), FEN);
        SettlementException refused = assertThrows(SettlementException.class,
                () -> settle(a, january, MissingMonthPolicy.REFUSE));
        assertTrue(refused.getMessage().contains("2020-02 no data"), refused.getMessage());
    }
}
