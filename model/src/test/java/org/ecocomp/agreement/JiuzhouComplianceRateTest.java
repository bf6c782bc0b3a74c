package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.measure;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.quality.Indicator.BOD5;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.PH;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * Jiuzhou 九洲江 round 2 (2018–2020; DOMAIN.md §2): 1亿/yr, annual mean Class Ⅲ, monthly-mean
 * compliance-rate targets 75% (2018), 83% (2019), 100% (2020) — http://www.utahskigirl.com/info/1010/56177.htm;
 * indicators pH, CODMn, NH3-N, TP, BOD5 — http://www.le666666.com/c4022.html. Section 石角.
 */
class JiuzhouComplianceRateTest {

    private static final String SJ = "石角";
    /** Meets Ⅲ (NH3-N 0.5 is Class Ⅱ). */
    private static final Map<Indicator, Double> GOOD = values(PH, 7.2, CODMN, 4.0, NH3N, 0.5, TP, 0.15, BOD5, 3.0);
    /** NH3-N 1.2 is Class Ⅳ. */
    private static final Map<Indicator, Double> BAD = values(PH, 7.2, CODMN, 4.0, NH3N, 1.2, TP, 0.15, BOD5, 3.0);

    private static Agreement jiuzhou(boolean upstreamPaysOnFailure) {
        // Rates per year as published; annual mean must also be Class Ⅲ. Partial-failure rule not found
        // (DOMAIN.md §2), so the bet is all-or-nothing.
        QualityTest test = new QualityTest(evaluation(PH, CODMN, NH3N, TP, BOD5), WaterClass.III, true,
                Map.of(2018, 0.75, 2019, 0.83, 2020, 1.0), OptionalDouble.empty());
        ComplianceBet bet = new ComplianceBet("jiuzhou", List.of(SJ), "GX", "GD", test, fixed(1 * YI),
                upstreamPaysOnFailure, Partial.ALL_OR_NOTHING);
        return Fixtures.agreement(List.of("GX", "GD"), Map.of(SJ, "GX"), new Round("round 2", 2018, 2020, List.of(bet)));
    }

    /** A year with the given number of compliant months (the first ones), the rest Class Ⅳ. */
    private static List<Sample> yearWith(int year, int compliantMonths) {
        return Fixtures.year(SJ, year, m -> m <= compliantMonths ? GOOD : BAD);
    }

    private static List<Sample> data(int in2018, int in2019, int in2020) {
        List<Sample> out = new ArrayList<>();
        out.addAll(yearWith(2018, in2018));
        out.addAll(yearWith(2019, in2019));
        out.addAll(yearWith(2020, in2020));
        return out;
    }

    @Test
    void nineOfTwelvePassesSeventyFivePercentButFailsEightyThree() throws SettlementException {
        // 9/12 = 0.75 ≥ 0.75 (2018); 9/12 = 0.75 < 0.83 (2019); 9/12 < 1 (2020).
        // Annual mean NH3-N = (9·0.5 + 3·1.2)/12 = 0.675 ⇒ Class Ⅲ, so only the rate decides.
        Ledger ledger = settle(jiuzhou(false), data(9, 9, 9));
        assertEquals(0.75, measure(ledger, "jiuzhou", 2018, "compliance_rate"), 1e-12);
        assertEquals(1 * YI, paid(ledger, "GD", "GX", 2018), FEN);
        assertEquals(0, paid(ledger, "GD", "GX", 2019), FEN);
        assertEquals(0, paid(ledger, "GD", "GX", 2020), FEN);
        assertEquals(1, ledger.transfers().size());
    }

    @Test
    void tenOfTwelvePassesEightyThreePercent() throws SettlementException {
        // 10/12 = 0.8333 ≥ 0.83 (2019); 12/12 = 1 ≥ 1 (2020); 11/12 would not pass 2020.
        Ledger ledger = settle(jiuzhou(false), data(9, 10, 12));
        assertEquals(1 * YI, paid(ledger, "GD", "GX", 2018), FEN);
        assertEquals(1 * YI, paid(ledger, "GD", "GX", 2019), FEN);
        assertEquals(1 * YI, paid(ledger, "GD", "GX", 2020), FEN);
        Ledger eleven = settle(jiuzhou(false), data(9, 10, 11));
        assertEquals(0, paid(eleven, "GD", "GX", 2020), FEN);
    }

    @Test
    void eightOfTwelveFailsSeventyFivePercentAndUpstreamPaysWhenBidirectional() throws SettlementException {
        // 8/12 = 0.667 < 0.75 ⇒ with upstream-pays, Guangxi pays Guangdong the stake.
        Ledger ledger = settle(jiuzhou(true), data(8, 10, 12));
        assertEquals(0, paid(ledger, "GD", "GX", 2018), FEN);
        assertEquals(1 * YI, paid(ledger, "GX", "GD", 2018), FEN);
        assertEquals(1 * YI, paid(ledger, "GD", "GX", 2019), FEN);
        assertEquals(0, paid(ledger, "GX", "GD", 2019), FEN);
    }

    @Test
    void missingMonthsFollowThePolicy() throws SettlementException {
        // 2019: ten compliant months with data, two months (Nov, Dec) without data.
        // count-as-failed: 10/12 = 0.833 ≥ 0.83 passes; exclude: 10/10 passes;
        // 2019 with 9 compliant + 1 failing + 2 missing: count-as-failed 9/12 = 0.75 < 0.83 fails,
        // exclude 9/10 = 0.9 ≥ 0.83 passes.
        List<Sample> tenOfTen = new ArrayList<>(yearWith(2018, 12));
        tenOfTen.addAll(Fixtures.year(SJ, 2019, m -> m <= 10 ? GOOD : null));
        tenOfTen.addAll(yearWith(2020, 12));
        assertEquals(1 * YI, paid(settle(jiuzhou(false), tenOfTen, MissingMonthPolicy.COUNT_AS_FAILED), "GD", "GX", 2019), FEN);
        assertEquals(1 * YI, paid(settle(jiuzhou(false), tenOfTen, MissingMonthPolicy.EXCLUDE), "GD", "GX", 2019), FEN);

        List<Sample> nineOfTen = new ArrayList<>(yearWith(2018, 12));
        nineOfTen.addAll(Fixtures.year(SJ, 2019, m -> m <= 9 ? GOOD : m == 10 ? BAD : null));
        nineOfTen.addAll(yearWith(2020, 12));
        Ledger failed = settle(jiuzhou(false), nineOfTen, MissingMonthPolicy.COUNT_AS_FAILED);
        assertEquals(0, paid(failed, "GD", "GX", 2019), FEN);
        assertEquals(0.75, measure(failed, "jiuzhou", 2019, "compliance_rate"), 1e-12);
        Ledger excluded = settle(jiuzhou(false), nineOfTen, MissingMonthPolicy.EXCLUDE);
        assertEquals(1 * YI, paid(excluded, "GD", "GX", 2019), FEN);
        assertEquals(0.9, measure(excluded, "jiuzhou", 2019, "compliance_rate"), 1e-12);
    }

    @Test
    void anAnnualMeanWorseThanTheTargetFailsEvenWithAHighRate() throws SettlementException {
        // 2018: 11 months NH3-N 0.5, one month NH3-N 7.0 (劣Ⅴ): rate 11/12 ≥ 0.75, but the annual mean
        // (11·0.5 + 7)/12 = 1.0417 > 1.0 is Class Ⅳ ⇒ fails.
        List<Sample> samples = new ArrayList<>(Fixtures.year(SJ, 2018,
                m -> m == 12 ? values(PH, 7.2, CODMN, 4.0, NH3N, 7.0, TP, 0.15, BOD5, 3.0) : GOOD));
        samples.addAll(yearWith(2019, 12));
        samples.addAll(yearWith(2020, 12));
        Ledger ledger = settle(jiuzhou(false), samples);
        assertEquals(0, paid(ledger, "GD", "GX", 2018), FEN);
        assertTrue(ledger.measures().stream().anyMatch(m -> m.year() == 2018 && m.name().equals("annual_class")
                && m.value() == 4 && m.passed().equals(java.util.Optional.of(false))));
    }
}
