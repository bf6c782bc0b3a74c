package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.all;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.agreement.Fixtures.withFlow;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * A compliance bet settled once on its whole term. Jiuzhou round 1 (2015–2017; DOMAIN.md §2,
 * http://www.le666666.com/c4022.html): "3亿 each over the term; Guangdong pays Guangxi 3亿 if met".
 * Expected payments worked out by hand.
 */
class TermSettlementTest {

    /** Meets Ⅲ. */
    private static final Map<Indicator, Double> GOOD = values(CODMN, 4.0, NH3N, 0.5);
    /** NH3-N 1.2 is Class Ⅳ. */
    private static final Map<Indicator, Double> BAD = values(CODMN, 4.0, NH3N, 1.2);

    private static Agreement term(List<String> sections, boolean upstreamPays, Partial partial) {
        ComplianceBet bet = new ComplianceBet("term", sections, "GX", "GD",
                Fixtures.annualTest(evaluation(CODMN, NH3N), WaterClass.III), fixed(3 * YI), upstreamPays, partial, true);
        Map<String, String> owners = new java.util.LinkedHashMap<>();
        sections.forEach(s -> owners.put(s, "GX"));
        return Fixtures.agreement(List.of("GX", "GD"), owners, new Round("round 1", 2015, 2017, List.of(bet)));
    }

    @Test
    void aTermMetEveryYearPaysTheTermStakeOnceInItsLastYear() throws SettlementException {
        List<Sample> data = all(Fixtures.year("石角", 2015, GOOD), Fixtures.year("石角", 2016, GOOD),
                Fixtures.year("石角", 2017, GOOD));
        Ledger ledger = settle(term(List.of("石角"), true, Partial.ALL_OR_NOTHING), data);
        assertEquals(0, paid(ledger, "GD", "GX", 2015), FEN);
        assertEquals(0, paid(ledger, "GD", "GX", 2016), FEN);
        assertEquals(3 * YI, paid(ledger, "GD", "GX", 2017), FEN);
        assertEquals(3 * YI, paid(ledger, "GD", "GX"), FEN);
        assertEquals(0, paid(ledger, "GX", "GD"), FEN);
    }

    @Test
    void oneFailedYearFailsTheTerm() throws SettlementException {
        List<Sample> data = all(Fixtures.year("石角", 2015, GOOD), Fixtures.year("石角", 2016, BAD),
                Fixtures.year("石角", 2017, GOOD));
        Ledger bidirectional = settle(term(List.of("石角"), true, Partial.ALL_OR_NOTHING), data);
        assertEquals(0, paid(bidirectional, "GD", "GX"), FEN);
        assertEquals(3 * YI, paid(bidirectional, "GX", "GD", 2017), FEN);
        Ledger oneWay = settle(term(List.of("石角"), false, Partial.ALL_OR_NOTHING), data);
        assertEquals(0, paid(oneWay, "GD", "GX") + paid(oneWay, "GX", "GD"), FEN);
    }

    @Test
    void flowWeightsAreTheTermsVolumes() throws SettlementException {
        // A (30 m³/s) passes every year; B (10 m³/s) fails 2016. Both flow all term, so the term's volumes
        // are in ratio 30:10 and the share passing is 3/4: GD pays 2.25亿, GX pays 0.75亿.
        List<Sample> data = all(
                Fixtures.year("A", 2015, withFlow(GOOD, 30)), Fixtures.year("A", 2016, withFlow(GOOD, 30)),
                Fixtures.year("A", 2017, withFlow(GOOD, 30)),
                Fixtures.year("B", 2015, withFlow(GOOD, 10)), Fixtures.year("B", 2016, withFlow(BAD, 10)),
                Fixtures.year("B", 2017, withFlow(GOOD, 10)));
        Ledger ledger = settle(term(List.of("A", "B"), true, Partial.FLOW_WEIGHTED), data);
        assertEquals(2.25 * YI, paid(ledger, "GD", "GX", 2017), FEN);
        assertEquals(0.75 * YI, paid(ledger, "GX", "GD", 2017), FEN);
        assertEquals(0, paid(ledger, "GD", "GX", 2016) + paid(ledger, "GX", "GD", 2016), FEN);
    }

    @Test
    void aConditionOnATermBetReadsWhetherTheTermIsMetSoFar() throws SettlementException {
        // A central award of 1亿 a year to GX on condition the term bet passes. 2015 passes, 2016 fails: the
        // award is paid for 2015 only, not for 2016 or 2017 although 2017 itself passes.
        ComplianceBet bet = new ComplianceBet("term", List.of("石角"), "GX", "GD",
                Fixtures.annualTest(evaluation(CODMN, NH3N), WaterClass.III), fixed(3 * YI), false, Partial.ALL_OR_NOTHING, true);
        Clause.CentralAward award = new Clause.CentralAward("award", "GX", fixed(1 * YI), java.util.Optional.of("term"), false);
        Agreement a = Fixtures.agreement(List.of("GX", "GD", "CENTRAL"), Map.of("石角", "GX"),
                new Round("round 1", 2015, 2017, List.of(bet, award)));
        Ledger ledger = settle(a, all(Fixtures.year("石角", 2015, GOOD), Fixtures.year("石角", 2016, BAD),
                Fixtures.year("石角", 2017, GOOD)));
        assertEquals(1 * YI, paid(ledger, "CENTRAL", "GX", 2015), FEN);
        assertEquals(0, paid(ledger, "CENTRAL", "GX", 2016), FEN);
        assertEquals(0, paid(ledger, "CENTRAL", "GX", 2017), FEN);
    }
}
