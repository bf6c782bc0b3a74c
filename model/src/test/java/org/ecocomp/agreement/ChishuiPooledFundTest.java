package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.all;
import static org.ecocomp.agreement.Fixtures.annualTest;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.net;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.agreement.Fixtures.year;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecocomp.agreement.Clause.FundSection;
import org.ecocomp.agreement.Clause.PooledFund;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * The Chishui 赤水河 pooled fund (DOMAIN.md §2), Xinhua 2018-03-25: fund 2亿/yr, contribution ratio
 * YN:GZ:SC = 1:5:4, allocation ratio 3:4:3, Class Ⅱ target at 清水铺 (Yunnan answers for it) and
 * 鲢鱼溪 (Guizhou), indicators CODMn, NH3-N, TP; 清水铺 fails ⇒ Yunnan's share goes 50/50 to Guizhou
 * and Sichuan; 鲢鱼溪 fails ⇒ Guizhou's share goes to Sichuan.
 */
class ChishuiPooledFundTest {

    private static final String QSP = "清水铺";
    private static final String LYX = "鲢鱼溪";
    private static final int YEAR = 2019;

    /** Class Ⅱ: CODMn ≤ 4, NH3-N ≤ 0.5, TP ≤ 0.1 (GB 3838 Table 1). */
    private static final Map<Indicator, Double> CLASS_II = values(CODMN, 2.5, NH3N, 0.3, TP, 0.05);
    /** Class Ⅲ by CODMn (5 > 4): misses the Class Ⅱ target. */
    private static final Map<Indicator, Double> CLASS_III = values(CODMN, 5.0, NH3N, 0.3, TP, 0.05);

    private static Agreement chishui() {
        Map<String, Double> contributions = new LinkedHashMap<>();
        contributions.put("YN", 0.1); // 1:5:4 — Xinhua 2018-03-25 (DOMAIN.md §2)
        contributions.put("GZ", 0.5);
        contributions.put("SC", 0.4);
        Map<String, Double> allocations = new LinkedHashMap<>();
        allocations.put("YN", 0.3); // 3:4:3 — Xinhua 2018-03-25 (DOMAIN.md §2)
        allocations.put("GZ", 0.4);
        allocations.put("SC", 0.3);
        PooledFund fund = new PooledFund("chishui", fixed(2 * YI), contributions, allocations,
                List.of(new FundSection(QSP, "YN", Map.of("GZ", 0.5, "SC", 0.5)),
                        new FundSection(LYX, "GZ", Map.of("SC", 1.0))),
                annualTest(evaluation(CODMN, NH3N, TP), WaterClass.II));
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(QSP, "YN");
        sections.put(LYX, "GZ");
        return Fixtures.agreement(List.of("YN", "GZ", "SC"), sections,
                new Round("2018–2020", 2018, 2020, List.of(fund)));
    }

    private static Ledger settleYear(Map<Indicator, Double> qsp, Map<Indicator, Double> lyx) throws SettlementException {
        // Only 2019 is asked; the other round years settle on the same data.
        List<Sample> samples = all(year(QSP, 2018, qsp), year(LYX, 2018, lyx), year(QSP, YEAR, qsp), year(LYX, YEAR, lyx),
                year(QSP, 2020, qsp), year(LYX, 2020, lyx));
        return settle(chishui(), samples);
    }

    @Test
    void everySectionCompliantGivesThePublishedNets() throws SettlementException {
        Ledger ledger = settleYear(CLASS_II, CLASS_II);
        // Contributions 2亿 × (0.1, 0.5, 0.4) = 0.2, 1.0, 0.8亿; allocations 2亿 × (0.3, 0.4, 0.3) = 0.6, 0.8, 0.6亿.
        assertEquals(0.2 * YI, paid(ledger, "YN", "fund:chishui", YEAR), FEN);
        assertEquals(1.0 * YI, paid(ledger, "GZ", "fund:chishui", YEAR), FEN);
        assertEquals(0.8 * YI, paid(ledger, "SC", "fund:chishui", YEAR), FEN);
        assertEquals(0.6 * YI, paid(ledger, "fund:chishui", "YN", YEAR), FEN);
        assertEquals(0.8 * YI, paid(ledger, "fund:chishui", "GZ", YEAR), FEN);
        assertEquals(0.6 * YI, paid(ledger, "fund:chishui", "SC", YEAR), FEN);
        // Nets YN +0.4亿, GZ −0.2亿, SC −0.2亿 — DOMAIN.md §2, Xinhua 2018-03-25; matches the 2019
        // payments reported (GZ and SC each paid 2000万 to YN).
        assertEquals(0.4 * YI, net(ledger, "YN", YEAR), FEN);
        assertEquals(-0.2 * YI, net(ledger, "GZ", YEAR), FEN);
        assertEquals(-0.2 * YI, net(ledger, "SC", YEAR), FEN);
        assertEquals(0, net(ledger, "fund:chishui", YEAR), FEN);
        // Three years of the same.
        assertEquals(1.2 * YI, net(ledger, "YN"), FEN);
        assertEquals(0, net(ledger, "fund:chishui"), FEN);
    }

    @Test
    void qingshuipuFailingRoutesYunnansShareHalfToGuizhouHalfToSichuan() throws SettlementException {
        Ledger ledger = settleYear(CLASS_III, CLASS_II);
        // YN's allocation 0.6亿 is split 0.3亿 to GZ and 0.3亿 to SC; YN receives nothing.
        assertEquals(0, paid(ledger, "fund:chishui", "YN", YEAR), FEN);
        assertEquals(0.8 * YI + 0.3 * YI, paid(ledger, "fund:chishui", "GZ", YEAR), FEN);
        assertEquals(0.6 * YI + 0.3 * YI, paid(ledger, "fund:chishui", "SC", YEAR), FEN);
        // YN: 0 − 0.2 = −0.2亿; GZ: 1.1 − 1.0 = +0.1亿; SC: 0.9 − 0.8 = +0.1亿.
        assertEquals(-0.2 * YI, net(ledger, "YN", YEAR), FEN);
        assertEquals(0.1 * YI, net(ledger, "GZ", YEAR), FEN);
        assertEquals(0.1 * YI, net(ledger, "SC", YEAR), FEN);
        assertEquals(0, net(ledger, "fund:chishui", YEAR), FEN);
    }

    @Test
    void lianyuxiFailingRoutesGuizhousShareToSichuan() throws SettlementException {
        Ledger ledger = settleYear(CLASS_II, CLASS_III);
        // GZ's allocation 0.8亿 goes to SC.
        assertEquals(0.6 * YI, paid(ledger, "fund:chishui", "YN", YEAR), FEN);
        assertEquals(0, paid(ledger, "fund:chishui", "GZ", YEAR), FEN);
        assertEquals(0.6 * YI + 0.8 * YI, paid(ledger, "fund:chishui", "SC", YEAR), FEN);
        // YN: 0.6 − 0.2 = +0.4亿; GZ: 0 − 1.0 = −1.0亿; SC: 1.4 − 0.8 = +0.6亿.
        assertEquals(0.4 * YI, net(ledger, "YN", YEAR), FEN);
        assertEquals(-1.0 * YI, net(ledger, "GZ", YEAR), FEN);
        assertEquals(0.6 * YI, net(ledger, "SC", YEAR), FEN);
        assertEquals(0, net(ledger, "fund:chishui", YEAR), FEN);
    }

    @Test
    void bothFailing() throws SettlementException {
        Ledger ledger = settleYear(CLASS_III, CLASS_III);
        // YN: −0.2亿; GZ: 0.3 − 1.0 = −0.7亿; SC: 0.6 + 0.3 + 0.8 − 0.8 = +0.9亿.
        assertEquals(-0.2 * YI, net(ledger, "YN", YEAR), FEN);
        assertEquals(-0.7 * YI, net(ledger, "GZ", YEAR), FEN);
        assertEquals(0.9 * YI, net(ledger, "SC", YEAR), FEN);
        assertEquals(0, net(ledger, "fund:chishui", YEAR), FEN);
    }

    @Test
    void aMonthlyRateTestAlsoDecidesTheFund() throws SettlementException {
        // Same fund, but the sections must be Class Ⅱ in every month (rate 1) rather than on the annual mean.
        PooledFund annual = (PooledFund) chishui().rounds().getFirst().clauses().getFirst();
        PooledFund monthly = new PooledFund(annual.id(), annual.fund(), annual.contributions(), annual.allocations(),
                annual.sections(), new QualityTest(evaluation(CODMN, NH3N, TP), WaterClass.II, false, Map.of(),
                        OptionalDouble.of(1.0)));
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(QSP, "YN");
        sections.put(LYX, "GZ");
        Agreement a = Fixtures.agreement(List.of("YN", "GZ", "SC"), sections, new Round("r", YEAR, YEAR, List.of(monthly)));
        // 清水铺: eleven Class Ⅱ months and one Class Ⅲ month — annual mean CODMn (11·2.5 + 5)/12 = 2.71 is
        // still Class Ⅱ, but the monthly rate 11/12 < 1 fails.
        List<Sample> samples = all(year(QSP, YEAR, m -> m == 7 ? CLASS_III : CLASS_II), year(LYX, YEAR, CLASS_II));
        Ledger ledger = settle(a, samples);
        assertEquals(-0.2 * YI, net(ledger, "YN", YEAR), FEN);
        assertEquals(0.1 * YI, net(ledger, "GZ", YEAR), FEN);
        assertEquals(0.1 * YI, net(ledger, "SC", YEAR), FEN);
    }
}
