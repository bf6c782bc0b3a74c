package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.annualTest;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.measure;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.agreement.Fixtures.withFlow;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecocomp.agreement.Clause.CentralAward;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.basin.Party;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * Ting–Han 汀江–韩江 (DOMAIN.md §2): when some rivers miss the target, the payment is split by the
 * share of inflow volume of compliant rivers — https://159sucan.com/ShowInfo.aspx?id=144033. Three
 * rivers: 汀江 main stem, 石窟河, 象洞溪. The 1亿/yr stake is [I] (round 1: each province 1亿/yr).
 */
class TingHanFlowWeightedTest {

    private static final String TJ = "汀江";
    private static final String SKH = "石窟河";
    private static final String XDX = "象洞溪";
    private static final Map<Indicator, Double> GOOD = values(CODMN, 3.0, NH3N, 0.4, TP, 0.1);
    /** NH3-N 1.2 ⇒ Class Ⅳ. */
    private static final Map<Indicator, Double> BAD = values(CODMN, 3.0, NH3N, 1.2, TP, 0.1);
    private static final double DAY = 86_400;

    private static Agreement tingHan(boolean upstreamPays, boolean withAward) {
        ComplianceBet bet = new ComplianceBet("tinghan", List.of(TJ, SKH, XDX), "FJ", "GD",
                annualTest(evaluation(CODMN, NH3N, TP), WaterClass.III), fixed(1 * YI), upstreamPays, Partial.FLOW_WEIGHTED);
        List<Clause> clauses = new ArrayList<>(List.of(bet));
        if (withAward) {
            clauses.add(new CentralAward("award-proportional", "FJ", fixed(1 * YI), Optional.of("tinghan"), true));
            clauses.add(new CentralAward("award-all-or-nothing", "FJ", fixed(1 * YI), Optional.of("tinghan"), false));
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(TJ, "FJ");
        sections.put(SKH, "FJ");
        sections.put(XDX, "FJ");
        return Fixtures.agreement(List.of("FJ", "GD", Party.CENTRAL), sections, new Round("r", 2016, 2017, clauses));
    }

    /**
     * 汀江 30 m³/s and 石窟河 10 m³/s every month, both compliant; 象洞溪 10 m³/s except 40 m³/s in
     * February, Class Ⅳ. Because only 象洞溪's flow changes in February, the share depends on
     * February's length.
     */
    private static List<Sample> data() {
        List<Sample> out = new ArrayList<>();
        for (int y = 2016; y <= 2017; y++) {
            out.addAll(Fixtures.year(TJ, y, withFlow(GOOD, 30)));
            out.addAll(Fixtures.year(SKH, y, withFlow(GOOD, 10)));
            out.addAll(Fixtures.year(XDX, y, m -> withFlow(BAD, m == 2 ? 40 : 10)));
        }
        return out;
    }

    @Test
    void annualVolumeCountsLeapYearFebruary() {
        MonitoringRecord r = Fixtures.record(data());
        // 2016 is a leap year: 366 days; 汀江 30 m³/s × 366 d × 86400 s.
        assertEquals(30 * 366 * DAY, r.annualVolume(TJ, 2016).getAsDouble(), 1e-3);
        assertEquals(30 * 365 * DAY, r.annualVolume(TJ, 2017).getAsDouble(), 1e-3);
        // 象洞溪: 10 × (366 − 29) d + 40 × 29 d = 4530 m³/s·d (2016); 10 × 337 + 40 × 28 = 4490 (2017).
        assertEquals(4530 * DAY, r.annualVolume(XDX, 2016).getAsDouble(), 1e-3);
        assertEquals(4490 * DAY, r.annualVolume(XDX, 2017).getAsDouble(), 1e-3);
        assertEquals(29 * DAY, MonitoringRecord.secondsIn(YearMonth.of(2016, 2)));
        assertEquals(28 * DAY, MonitoringRecord.secondsIn(YearMonth.of(1900, 2))); // century, not leap
        assertEquals(29 * DAY, MonitoringRecord.secondsIn(YearMonth.of(2000, 2))); // 400th year, leap
    }

    @Test
    void twoOfThreeCompliantPayTheirVolumeShare() throws SettlementException {
        Ledger ledger = settle(tingHan(false, false), data());
        // 2016, in m³/s·days: passing 30·366 + 10·366 = 14640; all 14640 + 4530 = 19170;
        // s = 14640/19170 = 488/639 = 0.763693...; payment 1亿 × 488/639 = 76,369,327.07 yuan.
        assertEquals(488.0 / 639, measure(ledger, "tinghan", 2016, "flow_share_passing"), 1e-12);
        assertEquals(76_369_327.07, paid(ledger, "GD", "FJ", 2016), FEN);
        // 2017: 14600 / (14600 + 4490) = 1460/1909; 1亿 × 1460/1909 = 76,479,832.37 yuan.
        assertEquals(76_479_832.37, paid(ledger, "GD", "FJ", 2017), FEN);
        assertEquals(0, paid(ledger, "FJ", "GD"), FEN);
    }

    @Test
    void upstreamPaysTheFailingShareWhenBidirectional() throws SettlementException {
        Ledger ledger = settle(tingHan(true, false), data());
        // 1亿 × 151/639 = 23,630,672.93 (2016); 1亿 × 449/1909 = 23,520,167.63 (2017).
        assertEquals(23_630_672.93, paid(ledger, "FJ", "GD", 2016), FEN);
        assertEquals(23_520_167.63, paid(ledger, "FJ", "GD", 2017), FEN);
        assertEquals(76_369_327.07, paid(ledger, "GD", "FJ", 2016), FEN);
    }

    @Test
    void allCompliantPaysTheWholeStake() throws SettlementException {
        List<Sample> good = new ArrayList<>();
        for (int y = 2016; y <= 2017; y++) {
            good.addAll(Fixtures.year(TJ, y, withFlow(GOOD, 30)));
            good.addAll(Fixtures.year(SKH, y, withFlow(GOOD, 10)));
            good.addAll(Fixtures.year(XDX, y, withFlow(GOOD, 10)));
        }
        Ledger ledger = settle(tingHan(true, true), good);
        assertEquals(1 * YI, paid(ledger, "GD", "FJ", 2016), FEN);
        assertEquals(0, paid(ledger, "FJ", "GD"), FEN);
        assertEquals(2 * YI, paid(ledger, Party.CENTRAL, "FJ", 2016), FEN); // both awards
    }

    @Test
    void aProportionalCentralAwardScalesWithTheFlowShare() throws SettlementException {
        Ledger ledger = settle(tingHan(false, true), data());
        // Proportional: 1亿 × 488/639 = 76,369,327.07; all-or-nothing: the bet did not fully pass ⇒ 0.
        double proportional = Fixtures.transfers(ledger, "award-proportional", 2016).stream()
                .mapToDouble(Transfer::amount).sum();
        assertEquals(76_369_327.07, proportional, FEN);
        assertEquals(0, Fixtures.transfers(ledger, "award-all-or-nothing", 2016).size());
        assertEquals(76_369_327.07, paid(ledger, Party.CENTRAL, "FJ", 2016), FEN);
    }
}
