package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.all;
import static org.ecocomp.agreement.Fixtures.annualTest;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.agreement.Fixtures.withFlow;
import static org.ecocomp.agreement.Fixtures.year;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.FLOW;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecocomp.agreement.Clause.BetDirection;
import org.ecocomp.agreement.Clause.CentralAward;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.IndexBet;
import org.ecocomp.agreement.Clause.IndexChange;
import org.ecocomp.agreement.Clause.IndexTerm;
import org.ecocomp.agreement.Clause.LoadFine;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.agreement.Clause.PeriodicBet;
import org.ecocomp.agreement.Clause.WaterQuantity;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/** Data that cannot settle a clause raise a {@link SettlementException} naming the clause, section and year. */
class SettlementExceptionTest {

    private static final String S = "街口";
    private static final Map<Indicator, Double> GOOD = values(CODMN, 3.0, NH3N, 0.4, TP, 0.1);

    private static Agreement one(Round round) {
        return Fixtures.agreement(List.of("UP", "DN", "CENTRAL"), Map.of(S, "UP"), round);
    }

    private static SettlementException fails(Agreement a, List<Sample> samples, MissingMonthPolicy policy) {
        return assertThrows(SettlementException.class, () -> settle(a, samples, policy));
    }

    @Test
    void indexBetWithoutDataInAYear() {
        IndexBet b = new IndexBet("xinan", S, "UP", "DN", Map.of(CODMN, new IndexTerm(1, OptionalDouble.of(3.0))), 0, 0,
                1, 1, fixed(1 * YI), List.of(), BetDirection.BIDIRECTIONAL);
        Agreement a = one(new Round("r", 2012, 2013, List.of(b)));
        SettlementException e = fails(a, year(S, 2012, GOOD), MissingMonthPolicy.EXCLUDE);
        assertEquals("xinan", e.clause());
        assertTrue(e.getMessage().contains("2013") && e.getMessage().contains(S), e.getMessage());
        // The year has data but not the indicator.
        List<Sample> noCodMn = all(year(S, 2012, GOOD), year(S, 2013, values(NH3N, 0.4)));
        SettlementException noIndicator = fails(a, noCodMn, MissingMonthPolicy.EXCLUDE);
        assertTrue(noIndicator.getMessage().contains("CODMn"), noIndicator.getMessage());
        // Under count-as-failed both years without CODMn fail instead: the upstream pays the stake.
        assertEquals(1 * YI, Fixtures.paid(settleOk(a, noCodMn), "UP", "DN", 2013), Fixtures.FEN);
        assertEquals(1 * YI, Fixtures.paid(settleOk(a, year(S, 2012, GOOD)), "UP", "DN", 2013), Fixtures.FEN);
    }

    private static Ledger settleOk(Agreement a, List<Sample> samples) {
        try {
            return Fixtures.settle(a, samples, MissingMonthPolicy.COUNT_AS_FAILED);
        } catch (SettlementException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void indexBetWithoutBaselineYearData() {
        IndexBet b = new IndexBet("xinan", S, "UP", "DN", Map.of(CODMN, new IndexTerm(1, OptionalDouble.empty())), 2008,
                2010, 1, 1, fixed(1 * YI), List.of(), BetDirection.BIDIRECTIONAL);
        Agreement a = one(new Round("r", 2012, 2012, List.of(b)));
        SettlementException e = fails(a, year(S, 2012, GOOD), MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals("xinan", e.clause());
        assertTrue(e.getMessage().contains("2008"), e.getMessage());
    }

    @Test
    void flowWeightedWithoutFlow() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("汀江", "FJ");
        sections.put("石窟河", "FJ");
        ComplianceBet bet = new ComplianceBet("tinghan", List.of("汀江", "石窟河"), "FJ", "GD",
                annualTest(evaluation(CODMN, NH3N, TP), WaterClass.III), fixed(1 * YI), false, Partial.FLOW_WEIGHTED);
        Agreement a = Fixtures.agreement(List.of("FJ", "GD"), sections, new Round("r", 2016, 2016, List.of(bet)));
        // 汀江 has flow, 石窟河 has none.
        SettlementException e = fails(a, all(year("汀江", 2016, withFlow(GOOD, 30)), year("石窟河", 2016, GOOD)),
                MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals("tinghan", e.clause());
        assertTrue(e.getMessage().contains("石窟河") && e.getMessage().contains("2016"), e.getMessage());
        // All-or-nothing needs no flow.
        ComplianceBet allOrNothing = new ComplianceBet("tinghan", bet.sections(), "FJ", "GD", bet.test(), bet.stake(), false,
                Partial.ALL_OR_NOTHING);
        Agreement b = Fixtures.agreement(List.of("FJ", "GD"), sections, new Round("r", 2016, 2016, List.of(allOrNothing)));
        assertDoesNotThrow(() -> settle(b, all(year("汀江", 2016, GOOD), year("石窟河", 2016, GOOD))));
    }

    @Test
    void missingMonthUnderRefuseForAComplianceRate() throws SettlementException {
        QualityTest rate = new QualityTest(evaluation(CODMN, NH3N, TP), WaterClass.III, false, Map.of(),
                OptionalDouble.of(0.75));
        ComplianceBet bet = new ComplianceBet("jiuzhou", List.of(S), "UP", "DN", rate, fixed(1 * YI), false,
                Partial.ALL_OR_NOTHING);
        Agreement a = one(new Round("r", 2018, 2018, List.of(bet)));
        List<Sample> elevenMonths = year(S, 2018, m -> m == 6 ? null : GOOD);
        SettlementException e = fails(a, elevenMonths, MissingMonthPolicy.REFUSE);
        assertEquals("jiuzhou", e.clause());
        assertTrue(e.getMessage().contains("2018-06"), e.getMessage());
        // The other policies settle: 11/12 or 11/11 ≥ 0.75.
        assertEquals(1 * YI, Fixtures.paid(settle(a, elevenMonths, MissingMonthPolicy.COUNT_AS_FAILED), "DN", "UP"), 0.005);
        assertEquals(1 * YI, Fixtures.paid(settle(a, elevenMonths, MissingMonthPolicy.EXCLUDE), "DN", "UP"), 0.005);
        // A complete year settles under refuse.
        assertDoesNotThrow(() -> settle(a, year(S, 2018, GOOD), MissingMonthPolicy.REFUSE));
    }

    @Test
    void missingYearUnderRefuseForAnAnnualMean() {
        ComplianceBet bet = new ComplianceBet("bet", List.of(S), "UP", "DN",
                annualTest(evaluation(CODMN, NH3N, TP), WaterClass.III), fixed(1 * YI), false, Partial.ALL_OR_NOTHING);
        Agreement a = one(new Round("r", 2018, 2019, List.of(bet)));
        SettlementException e = fails(a, year(S, 2018, GOOD), MissingMonthPolicy.REFUSE);
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void missingMonthUnderRefuseForAPeriodicBet() {
        PeriodicBet b = new PeriodicBet("monthly", List.of(S), "UP", "DN", evaluation(CODMN, NH3N, TP), WaterClass.III,
                fixed(1e6), true);
        Agreement a = one(new Round("r", 2021, 2021, List.of(b)));
        SettlementException e = fails(a, year(S, 2021, m -> m == 3 ? null : GOOD), MissingMonthPolicy.REFUSE);
        assertEquals("monthly", e.clause());
        assertTrue(e.getMessage().contains("2021-03"), e.getMessage());
    }

    @Test
    void missingMonthUnderRefuseForWaterQuantity() {
        WaterQuantity w = new WaterQuantity("quantity", S, "UP", "DN", 1e6, 1, fixed(1e6), true);
        Agreement a = one(new Round("r", 2021, 2021, List.of(w)));
        SettlementException e = fails(a, year(S, 2021, m -> m == 8 ? null : values(FLOW, 10.0)), MissingMonthPolicy.REFUSE);
        assertEquals("quantity", e.clause());
        assertTrue(e.getMessage().contains("2021-08"), e.getMessage());
    }

    @Test
    void loadFineWithoutFlowInAnExceedingMonth() {
        LoadFine f = new LoadFine("load", S, "UP", "DN", values(NH3N, 1e5), values(NH3N, 1.0));
        Agreement a = one(new Round("r", 2021, 2021, List.of(f)));
        SettlementException e = fails(a, year(S, 2021, m -> m == 4 ? values(NH3N, 1.5) : values(NH3N, 0.5)),
                MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals("load", e.clause());
        assertTrue(e.getMessage().contains("2021-04"), e.getMessage());
    }

    @Test
    void indexChangeWithoutThePreviousYear() {
        IndexChange c = new IndexChange("change", S, "UP", "DN", evaluation(CODMN, NH3N, TP), WaterClass.III, 1e6, 4e7);
        Agreement a = one(new Round("r", 2021, 2021, List.of(c)));
        SettlementException e = fails(a, year(S, 2021, GOOD), MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals("change", e.clause());
        assertTrue(e.getMessage().contains("2020"), e.getMessage());
    }

    @Test
    void amountScheduleWithoutTheYear() {
        ComplianceBet bet = new ComplianceBet("bet", List.of(S), "UP", "DN",
                annualTest(evaluation(CODMN, NH3N, TP), WaterClass.III), new AmountSchedule.ByYear(Map.of(2018, 1e8)), false,
                Partial.ALL_OR_NOTHING);
        Agreement a = one(new Round("r", 2018, 2019, List.of(bet)));
        SettlementException e = fails(a, all(year(S, 2018, GOOD), year(S, 2019, GOOD)), MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals("bet", e.clause());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void conditionThatIsNotAQualityClauseOfTheRound() {
        CentralAward award = new CentralAward("central", "UP", fixed(1e8), Optional.of("nowhere"), false);
        Agreement a = one(new Round("r", 2018, 2018, List.of(award)));
        SettlementException e = fails(a, year(S, 2018, GOOD), MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals("central", e.clause());
    }
}
