package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.annualTest;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.net;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.ecocomp.agreement.Clause.CentralAward;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.MatchingFunds;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.basin.Party;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * Dongjiang 东江 2016–2021 (DOMAIN.md §2): Guangdong pays Jiangxi 1亿 a year when the border sections
 * 兴宁电站 and 庙咀里 meet Class Ⅲ; the central government awards 3亿/yr in round 1 (2016–2018) and
 * 2亿/yr in round 2 (2019–2021); Jiangxi adds 1亿/yr of its own. Outcome 2016–2021: Jiangxi received
 * 27亿 = central 15亿 + Guangdong 6亿 + Jiangxi matching 6亿 — env.people.com.cn 2023-06-14
 * (http://env.people.com.cn/BIG5/n1/2023/0614/c1010-40012775.html).
 */
class DongjiangTest {

    private static final String XN = "兴宁电站";
    private static final String MZL = "庙咀里";
    /** Class Ⅱ/Ⅲ water: CODMn 3.5, NH3-N 0.4, TP 0.08, BOD5 2.5, pH 7.5 — meets Ⅲ. */
    private static final Map<Indicator, Double> GOOD = values(PH, 7.5, CODMN, 3.5, BOD5, 2.5, NH3N, 0.4, TP, 0.08);
    /** NH3-N 1.3 mg/L is Class Ⅳ: misses Ⅲ. */
    private static final Map<Indicator, Double> BAD = values(PH, 7.5, CODMN, 3.5, BOD5, 2.5, NH3N, 1.3, TP, 0.08);

    private static Round round(String name, int from, int to, double centralPerYear, int n) {
        // Indicator list not published ([U], DOMAIN.md §2): Jiuzhou's five.
        ComplianceBet bet = new ComplianceBet("bet-" + n, List.of(XN, MZL), "JX", "GD",
                annualTest(evaluation(PH, CODMN, BOD5, NH3N, TP), WaterClass.III), fixed(1 * YI), false,
                Partial.ALL_OR_NOTHING);
        Map<Integer, Double> central = new TreeMap<>();
        for (int y = from; y <= to; y++) {
            central.put(y, centralPerYear);
        }
        CentralAward award = new CentralAward("central-" + n, "JX", new AmountSchedule.ByYear(central),
                Optional.of(bet.id()), false);
        MatchingFunds matching = new MatchingFunds("matching-" + n, "JX", "JX", fixed(1 * YI), Optional.of(bet.id()));
        return new Round(name, from, to, List.of(award, matching, bet)); // awards listed first on purpose
    }

    private static Agreement dongjiang() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(XN, "JX");
        sections.put(MZL, "JX");
        return Fixtures.agreement(List.of("JX", "GD", Party.CENTRAL), sections,
                round("round 1", 2016, 2018, 3 * YI, 1), round("round 2", 2019, 2021, 2 * YI, 2));
    }

    private static List<Sample> data(int badYear) {
        List<Sample> samples = new ArrayList<>();
        for (int y = 2016; y <= 2021; y++) {
            Map<Indicator, Double> v = y == badYear ? BAD : GOOD;
            samples.addAll(Fixtures.year(XN, y, v));
            samples.addAll(Fixtures.year(MZL, y, GOOD));
        }
        return samples;
    }

    @Test
    void everyMonthCompliantGivesJiangxi27Yi() throws SettlementException {
        Ledger ledger = settle(dongjiang(), data(0));
        Map<String, Double> toJiangxiByPayer = new TreeMap<>();
        for (Transfer t : ledger.transfers()) {
            if (t.payee().equals("JX")) {
                toJiangxiByPayer.merge(t.payer(), t.amount(), Double::sum);
            }
        }
        // central 3亿×3 + 2亿×3 = 15亿; Guangdong 1亿×6 = 6亿; Jiangxi matching 1亿×6 = 6亿
        // (env.people.com.cn 2023-06-14: 27亿 = 15 + 6 + 6).
        assertEquals(15 * YI, toJiangxiByPayer.get(Party.CENTRAL), FEN);
        assertEquals(6 * YI, toJiangxiByPayer.get("GD"), FEN);
        assertEquals(6 * YI, toJiangxiByPayer.get("JX"), FEN);
        assertEquals(3, toJiangxiByPayer.size());
        Balance jx = ledger.balance("JX", OptionalInt.empty());
        assertEquals(27 * YI, jx.received(), FEN);
        assertEquals(6 * YI, jx.paid(), FEN); // its own matching funds
        assertEquals(21 * YI, jx.net(), FEN);
        assertEquals(-6 * YI, net(ledger, "GD"), FEN);
        assertEquals(-15 * YI, net(ledger, Party.CENTRAL), FEN);
        // Year by year.
        for (int y = 2016; y <= 2018; y++) {
            assertEquals(3 * YI, paid(ledger, Party.CENTRAL, "JX", y), FEN);
            assertEquals(1 * YI, paid(ledger, "GD", "JX", y), FEN);
            assertEquals(1 * YI, paid(ledger, "JX", "JX", y), FEN);
        }
        for (int y = 2019; y <= 2021; y++) {
            assertEquals(2 * YI, paid(ledger, Party.CENTRAL, "JX", y), FEN);
            assertEquals(1 * YI, paid(ledger, "GD", "JX", y), FEN);
            assertEquals(1 * YI, paid(ledger, "JX", "JX", y), FEN);
        }
        assertEquals(18, ledger.transfers().size());
        assertTrue(ledger.transfers().stream().allMatch(t -> t.round().equals(t.year() <= 2018 ? "round 1" : "round 2")));
    }

    @Test
    void aFailingYearStopsTheBetTheAwardAndTheMatchingFunds() throws SettlementException {
        // 兴宁电站 Class Ⅳ all 2017 ⇒ no bet payment, no central award, no matching in 2017.
        Ledger ledger = settle(dongjiang(), data(2017));
        assertEquals(0, paid(ledger, "GD", "JX", 2017), FEN);
        assertEquals(0, paid(ledger, Party.CENTRAL, "JX", 2017), FEN);
        assertEquals(0, paid(ledger, "JX", "JX", 2017), FEN);
        // 27 − (1 + 3 + 1) = 22亿 received.
        assertEquals(22 * YI, ledger.balance("JX", OptionalInt.empty()).received(), FEN);
        assertEquals(-12 * YI, net(ledger, Party.CENTRAL), FEN);
    }
}
