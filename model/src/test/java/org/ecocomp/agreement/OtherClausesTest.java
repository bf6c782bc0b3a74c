package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.WAN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.all;
import static org.ecocomp.agreement.Fixtures.annualTest;
import static org.ecocomp.agreement.Fixtures.evaluation;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.measure;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.sample;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.transfers;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.agreement.Fixtures.withFlow;
import static org.ecocomp.agreement.Fixtures.year;
import static org.ecocomp.quality.Indicator.COD;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.DO;
import static org.ecocomp.quality.Indicator.FLOW;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecocomp.agreement.Clause.ClassSchedule;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.ExceedanceFine;
import org.ecocomp.agreement.Clause.FineTier;
import org.ecocomp.agreement.Clause.ImprovementBet;
import org.ecocomp.agreement.Clause.IndexChange;
import org.ecocomp.agreement.Clause.LoadFine;
import org.ecocomp.agreement.Clause.MatchingFunds;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.agreement.Clause.PeriodicBet;
import org.ecocomp.agreement.Clause.WaterQuantity;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each remaining clause type settled once against hand-made monthly data, with hand-computed amounts. */
class OtherClausesTest {

    private static final String S = "断面";
    private static final String S2 = "断面二";

    private static Agreement one(List<String> parties, Round round) {
        return Fixtures.agreement(parties, Map.of(S, parties.getFirst()), round);
    }

    private static Agreement two(List<String> parties, Round round) {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        sections.put(S, parties.getFirst());
        sections.put(S2, parties.getFirst());
        return Fixtures.agreement(parties, sections, round);
    }

    /** Periodic bet (渌水, 酉水; DOMAIN.md §3.3): per-month stake, e.g. 100万/month. */
    @Nested
    class PeriodicBetTest {

        private final Map<Indicator, Double> good = values(CODMN, 4.0, NH3N, 0.8, TP, 0.15); // Ⅲ
        private final Map<Indicator, Double> bad = values(CODMN, 4.0, NH3N, 1.2, TP, 0.15); // Ⅳ

        private Agreement bet() {
            PeriodicBet b = new PeriodicBet("monthly", List.of(S, S2), "JX", "HN", evaluation(CODMN, NH3N, TP),
                    WaterClass.III, fixed(100 * WAN), true);
            return two(List.of("JX", "HN"), new Round("r", 2021, 2021, List.of(b)));
        }

        @Test
        void monthlyStakeTimesMonths() throws SettlementException {
            // Section 1 fails Sep–Dec; section 2 fails Jan and Sep. A month passes only when both pass:
            // failed {1, 9, 10, 11, 12} = 5, passed 7 ⇒ HN pays 7 × 100万 = 700万, JX pays 5 × 100万 = 500万,
            // one ledger line per direction.
            List<Sample> samples = all(year(S, 2021, m -> m >= 9 ? bad : good),
                    year(S2, 2021, m -> m == 1 || m == 9 ? bad : good));
            Ledger ledger = settle(bet(), samples);
            assertEquals(700 * WAN, paid(ledger, "HN", "JX"), FEN);
            assertEquals(500 * WAN, paid(ledger, "JX", "HN"), FEN);
            assertEquals(2, ledger.transfers().size());
            assertEquals(7, measure(ledger, "monthly", 2021, "months_passed"));
            assertEquals(5, measure(ledger, "monthly", 2021, "months_failed"));
        }

        @Test
        void missingMonthsFailUnlessExcluded() throws SettlementException {
            // As above, plus no data at section 1 in May: count-as-failed ⇒ 6 passed, 6 failed;
            // exclude ⇒ 6 passed, 5 failed.
            List<Sample> samples = all(year(S, 2021, m -> m == 5 ? null : m >= 9 ? bad : good),
                    year(S2, 2021, m -> m == 1 || m == 9 ? bad : good));
            Ledger counted = settle(bet(), samples, MissingMonthPolicy.COUNT_AS_FAILED);
            assertEquals(600 * WAN, paid(counted, "HN", "JX"), FEN);
            assertEquals(600 * WAN, paid(counted, "JX", "HN"), FEN);
            Ledger excluded = settle(bet(), samples, MissingMonthPolicy.EXCLUDE);
            assertEquals(600 * WAN, paid(excluded, "HN", "JX"), FEN);
            assertEquals(500 * WAN, paid(excluded, "JX", "HN"), FEN);
        }
    }

    /**
     * Class schedule, 豫鲁 round 1 (Henan → Shandong, 刘庄; DOMAIN.md §3.4, http://jchdbf.com/2/2021/0510/78778.html):
     * each class better than Ⅲ ⇒ Shandong pays Henan 6000万; each class worse ⇒ Henan pays Shandong 6000万.
     */
    @Nested
    class ClassScheduleTest {

        private Map<WaterClass, Double> yuLu() {
            Map<WaterClass, Double> m = new EnumMap<>(WaterClass.class);
            m.put(WaterClass.I, 12000 * WAN);
            m.put(WaterClass.II, 6000 * WAN);
            m.put(WaterClass.III, 0.0);
            m.put(WaterClass.IV, -6000 * WAN);
            m.put(WaterClass.V, -12000 * WAN);
            m.put(WaterClass.WORSE_THAN_V, -18000 * WAN);
            return m;
        }

        @Test
        void positiveAmountsFlowDownstreamToUpNegativeUpToDown() throws SettlementException {
            ClassSchedule c = new ClassSchedule("yulu", "刘庄", "HA", "SD", evaluation(COD, NH3N, TP), yuLu());
            Agreement a = Fixtures.agreement(List.of("HA", "SD"), Map.of("刘庄", "HA"),
                    new Round("r", 2021, 2024, List.of(c)));
            List<Sample> samples = all(
                    year("刘庄", 2021, values(COD, 14.0, NH3N, 0.4, TP, 0.08)),   // Ⅱ ⇒ SD pays HA 6000万
                    year("刘庄", 2022, values(COD, 35.0, NH3N, 0.4, TP, 0.08)),   // COD ≤ 40: Ⅴ ⇒ HA pays SD 1.2亿
                    year("刘庄", 2023, values(COD, 18.0, NH3N, 0.4, TP, 0.08)),   // Ⅲ ⇒ nothing
                    year("刘庄", 2024, values(COD, 10.0, NH3N, 0.1, TP, 0.01)));  // Ⅰ ⇒ SD pays HA 1.2亿
            Ledger ledger = settle(a, samples);
            assertEquals(6000 * WAN, paid(ledger, "SD", "HA", 2021), FEN);
            assertEquals(0, paid(ledger, "HA", "SD", 2021), FEN);
            assertEquals(1.2 * YI, paid(ledger, "HA", "SD", 2022), FEN);
            assertEquals(0, paid(ledger, "SD", "HA", 2022), FEN);
            assertTrue(transfers(ledger, "yulu", 2023).isEmpty());
            assertEquals(1.2 * YI, paid(ledger, "SD", "HA", 2024), FEN);
        }

        @Test
        void gansuNingxiaSchedule() throws SettlementException {
            // 甘宁 (五佛寺, 2023–25; DOMAIN.md §3.4, http://jincai05.com/dt/2023/0801/88564.html): Ⅱ ⇒ nothing;
            // worse ⇒ Gansu pays 5000万; better ⇒ Ningxia pays 5000万.
            Map<WaterClass, Double> m = new EnumMap<>(WaterClass.class);
            m.put(WaterClass.I, 5000 * WAN);
            m.put(WaterClass.II, 0.0);
            for (WaterClass w : List.of(WaterClass.III, WaterClass.IV, WaterClass.V, WaterClass.WORSE_THAN_V)) {
                m.put(w, -5000 * WAN);
            }
            ClassSchedule c = new ClassSchedule("ganning", "五佛寺", "GS", "NX", evaluation(CODMN, NH3N, TP), m);
            Agreement a = Fixtures.agreement(List.of("GS", "NX"), Map.of("五佛寺", "GS"),
                    new Round("r", 2023, 2025, List.of(c)));
            List<Sample> samples = all(
                    year("五佛寺", 2023, values(CODMN, 3.0, NH3N, 0.3, TP, 0.08)),  // Ⅱ
                    year("五佛寺", 2024, values(CODMN, 3.0, NH3N, 0.3, TP, 0.25)),  // Ⅳ by TP
                    year("五佛寺", 2025, values(CODMN, 1.5, NH3N, 0.1, TP, 0.02))); // Ⅰ
            Ledger ledger = settle(a, samples);
            assertTrue(transfers(ledger, "ganning", 2023).isEmpty());
            assertEquals(5000 * WAN, paid(ledger, "GS", "NX", 2024), FEN);
            assertEquals(5000 * WAN, paid(ledger, "NX", "GS", 2025), FEN);
        }
    }

    /** Improvement-conditioned bet (Chongqing; DOMAIN.md §3.5). */
    @Nested
    class ImprovementBetTest {

        @Test
        void theThreeBranches() throws SettlementException {
            ImprovementBet b = new ImprovementBet("improve", S, "CQ", "HB", evaluation(CODMN, NH3N, TP), WaterClass.III,
                    fixed(1000 * WAN));
            Agreement a = one(List.of("CQ", "HB"), new Round("r", 2020, 2024, List.of(b)));
            // Index I = mean of C/limit(Ⅲ), limits CODMn 6, NH3-N 1.0, TP 0.2.
            List<Sample> samples = all(
                    year(S, 2020, values(CODMN, 3.0, NH3N, 0.5, TP, 0.1)),    // I = 0.5, no earlier year ⇒ nothing
                    year(S, 2021, values(CODMN, 2.4, NH3N, 0.4, TP, 0.08)),   // I = 0.4 < 0.5, meets Ⅲ ⇒ HB pays
                    year(S, 2022, values(CODMN, 3.6, NH3N, 0.6, TP, 0.12)),   // I = 0.6 > 0.4, meets ⇒ CQ pays
                    year(S, 2023, values(CODMN, 3.6, NH3N, 0.6, TP, 0.12)),   // I = 0.6 = 0.6 ⇒ nothing
                    year(S, 2024, values(CODMN, 6.6, NH3N, 0.1, TP, 0.02)));  // Ⅳ by CODMn; I = 1.3/3 = 0.433 < 0.6
                                                                              // but misses Ⅲ ⇒ CQ pays
            Ledger ledger = settle(a, samples);
            assertTrue(transfers(ledger, "improve", 2020).isEmpty());
            assertEquals(1000 * WAN, paid(ledger, "HB", "CQ", 2021), FEN);
            assertEquals(0, paid(ledger, "CQ", "HB", 2021), FEN);
            assertEquals(1000 * WAN, paid(ledger, "CQ", "HB", 2022), FEN);
            assertTrue(transfers(ledger, "improve", 2023).isEmpty());
            assertEquals(1000 * WAN, paid(ledger, "CQ", "HB", 2024), FEN);
            assertEquals(0, paid(ledger, "HB", "CQ", 2024), FEN);
            assertEquals(0.4, measure(ledger, "improve", 2021, "pollution_index"), 1e-12);
            assertEquals(1.3 / 3, measure(ledger, "improve", 2024, "pollution_index"), 1e-12);
        }
    }

    /**
     * Exceedance fine (Zhoukou; DOMAIN.md §3.6): m = (C − Cₜ)/Cₜ; (0.1,0.5]→10万·(1+m), (0.5,1]→25万·(1+m),
     * (1,1.5]→50万·(1+m), (1.5,2]→100万·(1+m), >2→200万·(1+m).
     */
    @Nested
    class ExceedanceFineTest {

        private final List<FineTier> zhoukou = List.of(
                new FineTier(0.1, 0.5, 10 * WAN), new FineTier(0.5, 1, 25 * WAN), new FineTier(1, 1.5, 50 * WAN),
                new FineTier(1.5, 2, 100 * WAN), new FineTier(2, Double.POSITIVE_INFINITY, 200 * WAN));

        private Agreement fine() {
            ExceedanceFine f = new ExceedanceFine("zhoukou", S, "UP", "DN", evaluation(NH3N, DO), WaterClass.III, zhoukou);
            return one(List.of("UP", "DN"), new Round("r", 2021, 2021, List.of(f)));
        }

        private Ledger settleMonths(Map<Integer, Map<Indicator, Double>> byMonth) throws SettlementException {
            return settle(fine(), year(S, 2021, m -> byMonth.getOrDefault(m, values(NH3N, 0.5, DO, 6.0))));
        }

        @Test
        void everyBand() throws SettlementException {
            // Ⅲ limits: NH3-N ≤ 1.0, DO ≥ 5.
            // Jan NH3-N 1.3: m 0.3 ⇒ 10万 × 1.3 = 13万; Feb 1.05: m 0.05 ⇒ 0;
            // Mar 1.8: m 0.8 ⇒ 25万 × 1.8 = 45万; Apr 2.2: m 1.2 ⇒ 50万 × 2.2 = 110万;
            // May 2.8: m 1.8 ⇒ 100万 × 2.8 = 280万; Jun 3.5: m 2.5 ⇒ 200万 × 3.5 = 700万;
            // Jul DO 4: m (5 − 4)/5 = 0.2 ⇒ 10万 × 1.2 = 12万. Total 1160万.
            Ledger ledger = settleMonths(Map.of(
                    1, values(NH3N, 1.3, DO, 6.0), 2, values(NH3N, 1.05, DO, 6.0), 3, values(NH3N, 1.8, DO, 6.0),
                    4, values(NH3N, 2.2, DO, 6.0), 5, values(NH3N, 2.8, DO, 6.0), 6, values(NH3N, 3.5, DO, 6.0),
                    7, values(NH3N, 0.5, DO, 4.0)));
            assertEquals(1160 * WAN, paid(ledger, "UP", "DN"), FEN);
            assertEquals(1, ledger.transfers().size());
        }

        @Test
        void bandUpperEndsAreInclusive() throws SettlementException {
            // NH3-N 1.5: m = 0.5 ⇒ first band, 10万 × 1.5 = 15万; 2.0: m = 1 ⇒ 25万 × 2 = 50万;
            // 3.0: m = 2 ⇒ 100万 × 3 = 300万. Total 365万.
            Ledger ledger = settleMonths(Map.of(1, values(NH3N, 1.5, DO, 6.0), 2, values(NH3N, 2.0, DO, 6.0),
                    3, values(NH3N, 3.0, DO, 6.0)));
            assertEquals(365 * WAN, paid(ledger, "UP", "DN"), FEN);
        }

        @Test
        void exactlyTenPercentOverTheLimitIsNotFined() throws SettlementException {
            // NH3-N 1.1 mg/L against the Ⅲ limit 1.0: m = 0.1, which is not in (0.1, 0.5] ⇒ no fine.
            // (In binary floating point 1.1 − 1.0 = 0.10000000000000009.)
            Ledger ledger = settleMonths(Map.of(1, values(NH3N, 1.1, DO, 6.0)));
            assertEquals(0, paid(ledger, "UP", "DN"), FEN);
        }

        @Test
        void decimalValuesOnABandsUpperEndStayInThatBand() throws SettlementException {
            // Target Ⅳ, TP limit 0.3 mg/L. Jan TP 0.45: m = 0.15/0.3 = 0.5 ⇒ (0.1, 0.5] ⇒ 10万 × 1.5 = 15万;
            // Feb TP 0.9: m = 0.6/0.3 = 2 ⇒ (1.5, 2] ⇒ 100万 × 3 = 300万. Total 315万.
            // (In binary floating point the two m come out as 0.5000000000000001 and 2.0000000000000004.)
            ExceedanceFine f = new ExceedanceFine("zhoukou", S, "UP", "DN", evaluation(TP), WaterClass.IV, zhoukou);
            Agreement a = one(List.of("UP", "DN"), new Round("r", 2021, 2021, List.of(f)));
            Ledger ledger = settle(a, year(S, 2021, m -> values(TP, m == 1 ? 0.45 : m == 2 ? 0.9 : 0.1)));
            assertEquals(315 * WAN, paid(ledger, "UP", "DN"), FEN);
        }
    }

    /**
     * Load fine (Jiangsu; DOMAIN.md §3.7): Σ max(0, C − Cₜ) × Q × seconds ÷ 1e6 × price, with CODMn 1.5万/t,
     * NH3-N 10万/t, TP 10万/t.
     */
    @Nested
    class LoadFineTest {

        @Test
        void excessLoadTimesPrice() throws SettlementException {
            LoadFine f = new LoadFine("jiangsu", S, "UP", "DN", values(CODMN, 1.5 * WAN, NH3N, 10 * WAN, TP, 10 * WAN),
                    values(CODMN, 6.0, NH3N, 1.0, TP, 0.2));
            Agreement a = one(List.of("UP", "DN"), new Round("r", 2020, 2020, List.of(f)));
            // Jan 2020 (31 d = 2,678,400 s), Q 10 m³/s: NH3-N 1.5 ⇒ 0.5 × 10 × 2,678,400 / 1e6 = 13.392 t × 10万 = 1,339,200;
            //   CODMn 8 ⇒ 2 × 10 × 2,678,400 / 1e6 = 53.568 t × 1.5万 = 803,520.
            // Feb 2020 (leap, 29 d = 2,505,600 s), Q 20: NH3-N 1.2 ⇒ 0.2 × 20 × 2,505,600 / 1e6 = 10.0224 t × 10万 = 1,002,240.
            // Other months within limits and without flow data: no fine, no flow needed.
            // Total 3,144,960 yuan; 76.9824 t.
            List<Sample> samples = year(S, 2020, m -> switch (m) {
                case 1 -> withFlow(values(CODMN, 8.0, NH3N, 1.5, TP, 0.1), 10);
                case 2 -> withFlow(values(CODMN, 4.0, NH3N, 1.2, TP, 0.1), 20);
                default -> values(CODMN, 4.0, NH3N, 0.5, TP, 0.1);
            });
            Ledger ledger = settle(a, samples);
            assertEquals(3_144_960, paid(ledger, "UP", "DN"), FEN);
            assertEquals(76.9824, measure(ledger, "jiangsu", 2020, "excess_load_t"), 1e-9);
        }
    }

    /** Water quantity (Guizhou eight basins; DOMAIN.md §3.11): monthly volume and minimum flow. */
    @Nested
    class WaterQuantityTest {

        @Test
        void monthlyVolumeAndMinimumFlow() throws SettlementException {
            // Least monthly volume 25,920,000 m³ (= 10 m³/s over 30 days), least flow 8 m³/s, 100万/month.
            WaterQuantity w = new WaterQuantity("quantity", S, "UP", "DN", 25_920_000, 8, fixed(100 * WAN), true);
            Agreement a = one(List.of("UP", "DN"), new Round("r", 2020, 2021, List.of(w)));
            List<Sample> samples = new ArrayList<>();
            for (int y = 2020; y <= 2021; y++) {
                for (int m = 1; m <= 12; m++) {
                    if (m == 7) {
                        // Two samples: mean 10.5 (volume 28,123,200 ≥ least) but lowest 7 < 8 ⇒ fails.
                        samples.add(sample(S, y, 7, 7, values(FLOW, 14.0)));
                        samples.add(sample(S, y, 7, 21, values(FLOW, 7.0)));
                    } else {
                        // Feb 10.5 m³/s: 2020 (29 d) 26,308,800 ≥ least ⇒ passes; 2021 (28 d) 25,401,600 < least ⇒ fails.
                        // Other months 10 m³/s: 30 d gives exactly 25,920,000 (passes, ≥); 31 d 26,784,000.
                        samples.add(sample(S, y, m, values(FLOW, m == 2 ? 10.5 : 10.0)));
                    }
                }
            }
            Ledger ledger = settle(a, samples);
            // 2020: 11 pass, 1 fails (Jul) ⇒ DN pays 1100万, UP pays 100万.
            assertEquals(1100 * WAN, paid(ledger, "DN", "UP", 2020), FEN);
            assertEquals(100 * WAN, paid(ledger, "UP", "DN", 2020), FEN);
            // 2021: 10 pass, 2 fail (Feb, Jul) ⇒ DN pays 1000万, UP pays 200万.
            assertEquals(1000 * WAN, paid(ledger, "DN", "UP", 2021), FEN);
            assertEquals(200 * WAN, paid(ledger, "UP", "DN", 2021), FEN);
        }
    }

    /** Index change (豫鲁; DOMAIN.md §3.13): ±100万 per percentage point, capped at 4000万. */
    @Nested
    class IndexChangeTest {

        private IndexChange change() {
            return new IndexChange("change", "刘庄", "HA", "SD", evaluation(COD, NH3N, TP), WaterClass.III, 100 * WAN,
                    4000 * WAN);
        }

        @Test
        void perPointCappedBothWays() throws SettlementException {
            Agreement a = Fixtures.agreement(List.of("HA", "SD"), Map.of("刘庄", "HA"),
                    new Round("r", 2021, 2023, List.of(change())));
            // Index = mean of C/limit(Ⅲ): COD/20, NH3-N/1.0, TP/0.2.
            List<Sample> samples = all(
                    year("刘庄", 2020, values(COD, 20.0, NH3N, 1.0, TP, 0.2)),      // I = 1.0
                    year("刘庄", 2021, values(COD, 18.0, NH3N, 0.9, TP, 0.18)),     // I = 0.9: +10 points ⇒ SD pays 1000万
                    year("刘庄", 2022, values(COD, 9.0, NH3N, 0.45, TP, 0.09)),     // I = 0.45: +50 points ⇒ 5000万, capped 4000万
                    year("刘庄", 2023, values(COD, 9.54, NH3N, 0.477, TP, 0.0954))); // I = 0.477: −6 points ⇒ HA pays 600万
            Ledger ledger = settle(a, samples);
            assertEquals(1000 * WAN, paid(ledger, "SD", "HA", 2021), FEN);
            assertEquals(4000 * WAN, paid(ledger, "SD", "HA", 2022), FEN);
            assertEquals(600 * WAN, paid(ledger, "HA", "SD", 2023), FEN);
            assertEquals(0, paid(ledger, "SD", "HA", 2023), FEN);
            assertEquals(10, measure(ledger, "change", 2021, "index_change_points"), 1e-9);
            assertEquals(-6, measure(ledger, "change", 2023, "index_change_points"), 1e-9);
        }

        @Test
        void yuLuRoundOneTotal() throws SettlementException {
            // 豫鲁 round 1 paid 1.26亿 in total = 2 × 6000万 + 600万 (DOMAIN.md §3.13,
            // https://culturechina.cn/minsheng/163092.html). Reproduced [I] with Class Ⅱ in 2021 and 2022
            // (6000万 each) and a 6-point improvement of the index in 2022 (600万).
            Map<WaterClass, Double> schedule = new EnumMap<>(WaterClass.class);
            schedule.put(WaterClass.I, 12000 * WAN);
            schedule.put(WaterClass.II, 6000 * WAN);
            schedule.put(WaterClass.III, 0.0);
            schedule.put(WaterClass.IV, -6000 * WAN);
            schedule.put(WaterClass.V, -12000 * WAN);
            schedule.put(WaterClass.WORSE_THAN_V, -18000 * WAN);
            ClassSchedule steps = new ClassSchedule("steps", "刘庄", "HA", "SD", evaluation(COD, NH3N, TP), schedule);
            Agreement a = Fixtures.agreement(List.of("HA", "SD"), Map.of("刘庄", "HA"),
                    new Round("round 1", 2021, 2022, List.of(steps, change())));
            // 2020 and 2021: COD 15, NH3-N 0.5, TP 0.1 (Class Ⅱ; index (0.75 + 0.5 + 0.5)/3 = 0.5833, no change);
            // 2022: all × 0.94 (Class Ⅱ; index −6% ⇒ +6 points).
            Map<Indicator, Double> v = values(COD, 15.0, NH3N, 0.5, TP, 0.1);
            List<Sample> samples = all(year("刘庄", 2020, v), year("刘庄", 2021, v),
                    year("刘庄", 2022, values(COD, 15.0 * 0.94, NH3N, 0.5 * 0.94, TP, 0.1 * 0.94)));
            Ledger ledger = settle(a, samples);
            assertEquals(1.26 * YI, paid(ledger, "SD", "HA"), FEN);
            assertEquals(0, paid(ledger, "HA", "SD"), FEN);
            assertEquals(600 * WAN, transfers(ledger, "change", 2022).stream().mapToDouble(Transfer::amount).sum(), FEN);
        }
    }

    /** Matching funds (配套; DOMAIN.md §3.10) paid to another party. */
    @Nested
    class MatchingFundsTest {

        @Test
        void matchingToAnotherPartyFollowsItsCondition() throws SettlementException {
            QualityTest t = annualTest(evaluation(CODMN, NH3N, TP), WaterClass.III);
            ComplianceBet bet = new ComplianceBet("bet", List.of(S), "GX", "GD", t, fixed(1 * YI), false, Partial.ALL_OR_NOTHING);
            MatchingFunds conditional = new MatchingFunds("match", "GD", "GX", fixed(5000 * WAN), Optional.of("bet"));
            MatchingFunds always = new MatchingFunds("always", "GX", "GD", fixed(300 * WAN), Optional.empty());
            Agreement a = one(List.of("GX", "GD"), new Round("r", 2018, 2019, List.of(always, conditional, bet)));
            List<Sample> samples = all(year(S, 2018, values(CODMN, 4.0, NH3N, 0.5, TP, 0.1)),   // Ⅲ: passes
                    year(S, 2019, values(CODMN, 4.0, NH3N, 1.3, TP, 0.1)));                      // Ⅳ: fails
            Ledger ledger = settle(a, samples);
            // 2018: bet 1亿 + matching 5000万 from GD to GX; 2019: nothing from GD. GX pays GD 300万 both years.
            assertEquals(1.5 * YI, paid(ledger, "GD", "GX", 2018), FEN);
            assertEquals(5000 * WAN, transfers(ledger, "match", 2018).getFirst().amount(), FEN);
            assertEquals(0, paid(ledger, "GD", "GX", 2019), FEN);
            assertEquals(300 * WAN, paid(ledger, "GX", "GD", 2018), FEN);
            assertEquals(300 * WAN, paid(ledger, "GX", "GD", 2019), FEN);
        }
    }

    /** Amount schedules: listed, growing and indexed amounts reach the ledger. */
    @Nested
    class AmountScheduleTest {

        @Test
        void growingAndIndexedStakes() throws SettlementException {
            QualityTest t = annualTest(evaluation(CODMN), WaterClass.III);
            // Growing: 10亿 × 1.05^(year − 2023) ⇒ 2024: 10.5亿, 2025: 11.025亿.
            ComplianceBet growing = new ComplianceBet("growing", List.of(S), "AH", "ZJ", t,
                    new AmountSchedule.Growing(10 * YI, 2023, 0.05), false, Partial.ALL_OR_NOTHING);
            // Indexed: 1亿 × index[year]/index[2023] ⇒ 2024: 1亿 × 105.2/100 = 1.052亿.
            Clause.CentralAward indexed = new Clause.CentralAward("indexed", "AH",
                    new AmountSchedule.Indexed(1 * YI, 2023, Map.of(2023, 100.0, 2024, 105.2, 2025, 110.0)), Optional.empty(),
                    false);
            Agreement a = Fixtures.agreement(List.of("AH", "ZJ", "CENTRAL"), Map.of(S, "AH"),
                    new Round("r", 2024, 2025, List.of(growing, indexed)));
            List<Sample> samples = all(year(S, 2024, values(CODMN, 4.0)), year(S, 2025, values(CODMN, 4.0)));
            Ledger ledger = settle(a, samples);
            assertEquals(10.5 * YI, paid(ledger, "ZJ", "AH", 2024), FEN);
            assertEquals(11.025 * YI, paid(ledger, "ZJ", "AH", 2025), FEN);
            assertEquals(1.052 * YI, paid(ledger, "CENTRAL", "AH", 2024), FEN);
            assertEquals(1.1 * YI, paid(ledger, "CENTRAL", "AH", 2025), FEN);
        }
    }
}
