package org.ecocomp.agreement;

import static org.ecocomp.agreement.Fixtures.FEN;
import static org.ecocomp.agreement.Fixtures.WAN;
import static org.ecocomp.agreement.Fixtures.YI;
import static org.ecocomp.agreement.Fixtures.all;
import static org.ecocomp.agreement.Fixtures.fixed;
import static org.ecocomp.agreement.Fixtures.measure;
import static org.ecocomp.agreement.Fixtures.paid;
import static org.ecocomp.agreement.Fixtures.settle;
import static org.ecocomp.agreement.Fixtures.values;
import static org.ecocomp.agreement.Fixtures.year;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TN;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecocomp.agreement.Clause.BetDirection;
import org.ecocomp.agreement.Clause.IndexBet;
import org.ecocomp.agreement.Clause.IndexTerm;
import org.ecocomp.agreement.Clause.Tier;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.junit.jupiter.api.Test;

/**
 * The Xin'an 新安江 index bet (DOMAIN.md §2, §3.1): P = K0·Σ wᵢ·Cᵢ/Cᵢ₀ with Cᵢ the annual mean;
 * P ≤ threshold ⇒ downstream (Zhejiang) pays upstream (Anhui) the stake, else Anhui pays Zhejiang.
 * K0 and the equal weights are [U]: here they are test parameters.
 */
class IndexBetTest {

    private static final String JK = "街口";
    private static final int YEAR = 2012;

    private static Map<Indicator, IndexTerm> terms(Object... indicatorWeightBaseline) {
        Map<Indicator, IndexTerm> out = new EnumMap<>(Indicator.class);
        for (int i = 0; i < indicatorWeightBaseline.length; i += 3) {
            Object b = indicatorWeightBaseline[i + 2];
            out.put((Indicator) indicatorWeightBaseline[i], new IndexTerm(((Number) indicatorWeightBaseline[i + 1]).doubleValue(),
                    b == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) b).doubleValue())));
        }
        return out;
    }

    private static Agreement agreement(IndexBet bet, int from, int to) {
        return Fixtures.agreement(List.of("AH", "ZJ"), Map.of(JK, "AH"), new Round("r", from, to, List.of(bet)));
    }

    private static IndexBet bet(Map<Indicator, IndexTerm> terms, double k0, double threshold, List<Tier> tiers,
                                BetDirection direction) {
        return new IndexBet("xinan", JK, "AH", "ZJ", terms, 0, 0, k0, threshold, fixed(1 * YI), tiers, direction);
    }

    /** Settles one year of constant monthly values. */
    private static Ledger settleOne(IndexBet bet, Map<Indicator, Double> values) throws SettlementException {
        return settle(agreement(bet, YEAR, YEAR), year(JK, YEAR, values));
    }

    @Test
    void pEqualsTheHandCalculation() throws SettlementException {
        // Baselines CODMn 2.0, NH3-N 0.1, TN 1.0, TP 0.02; annual means 1.8, 0.08, 1.1, 0.018:
        // ratios 0.9, 0.8, 1.1, 0.9; Σ 0.25·ratio = 3.7/4 = 0.925; P = 0.85 × 0.925 = 0.78625 ≤ 1.
        IndexBet b = bet(terms(CODMN, 0.25, 2.0, NH3N, 0.25, 0.1, TN, 0.25, 1.0, TP, 0.25, 0.02), 0.85, 1.0,
                List.of(), BetDirection.BIDIRECTIONAL);
        Ledger ledger = settleOne(b, values(CODMN, 1.8, NH3N, 0.08, TN, 1.1, TP, 0.018));
        assertEquals(0.78625, measure(ledger, "xinan", YEAR, "P"), 1e-12);
        assertEquals(1 * YI, paid(ledger, "ZJ", "AH"), FEN);
        assertEquals(0, paid(ledger, "AH", "ZJ"), FEN);
        assertEquals(1, ledger.transfers().size());
    }

    @Test
    void directionFlipsExactlyAtTheThreshold() throws SettlementException {
        // One indicator, weight 1, baseline 2.0, K0 1: P = C/2.
        IndexBet b = bet(terms(CODMN, 1.0, 2.0), 1.0, 1.0, List.of(), BetDirection.BIDIRECTIONAL);
        Ledger at = settleOne(b, values(CODMN, 2.0)); // P = 1 = threshold ⇒ downstream pays
        assertEquals(1.0, measure(at, "xinan", YEAR, "P"), 1e-12);
        assertEquals(1 * YI, paid(at, "ZJ", "AH"), FEN);
        assertEquals(0, paid(at, "AH", "ZJ"), FEN);
        Ledger above = settleOne(b, values(CODMN, 2.002)); // P = 1.001 > 1 ⇒ upstream pays
        assertEquals(0, paid(above, "ZJ", "AH"), FEN);
        assertEquals(1 * YI, paid(above, "AH", "ZJ"), FEN);
        Ledger justAbove = settleOne(b, values(CODMN, 2.00002)); // P = 1.00001 > 1 ⇒ upstream pays
        assertEquals(1 * YI, paid(justAbove, "AH", "ZJ"), FEN);
        // K0 and threshold other than 1: K0 0.9, C = C0 ⇒ P = 0.9 = threshold 0.9 ⇒ downstream pays.
        IndexBet k = bet(terms(CODMN, 1.0, 2.0), 0.9, 0.9, List.of(), BetDirection.BIDIRECTIONAL);
        assertEquals(1 * YI, paid(settleOne(k, values(CODMN, 2.0)), "ZJ", "AH"), FEN);
        assertEquals(1 * YI, paid(settleOne(k, values(CODMN, 2.01)), "AH", "ZJ"), FEN); // P = 0.9045
    }

    @Test
    void tiersAddTheirExtraWhenPIsAtMostTheirThreshold() throws SettlementException {
        List<Tier> tiers = List.of(new Tier(0.8, fixed(1000 * WAN)), new Tier(0.6, fixed(500 * WAN)));
        IndexBet b = bet(terms(CODMN, 1.0, 2.0), 1.0, 1.0, tiers, BetDirection.BIDIRECTIONAL);
        // P = 0.9: stake only.
        assertEquals(1 * YI, paid(settleOne(b, values(CODMN, 1.8)), "ZJ", "AH"), FEN);
        // P = 0.81: stake only.
        assertEquals(1 * YI, paid(settleOne(b, values(CODMN, 1.62)), "ZJ", "AH"), FEN);
        // P = 0.8 exactly: stake + 1000万.
        assertEquals(1 * YI + 1000 * WAN, paid(settleOne(b, values(CODMN, 1.6)), "ZJ", "AH"), FEN);
        // P = 0.7: stake + 1000万.
        assertEquals(1.1 * YI, paid(settleOne(b, values(CODMN, 1.4)), "ZJ", "AH"), FEN);
        // P = 0.5: stake + 1000万 + 500万, as three ledger lines.
        Ledger low = settleOne(b, values(CODMN, 1.0));
        assertEquals(1.15 * YI, paid(low, "ZJ", "AH"), FEN);
        assertEquals(3, low.transfers().size());
        // P = 1.2: upstream pays the stake, no tier.
        Ledger high = settleOne(b, values(CODMN, 2.4));
        assertEquals(1 * YI, paid(high, "AH", "ZJ"), FEN);
        assertEquals(1, high.transfers().size());
    }

    @Test
    void baselinesFromBaselineYearsAreTheMeanOfAnnualMeans() throws SettlementException {
        // CODMn: 2008 alternates 2.0/4.0 ⇒ annual mean 3.0; 2009 has data Jan–Jun only, 1.5 ⇒ 1.5;
        // 2010 2.4 ⇒ 2.4. Mean of annual means = (3.0 + 1.5 + 2.4)/3 = 2.3. (The mean of the 30
        // monthly values would be (36 + 9 + 28.8)/30 = 2.46: a different baseline.)
        // NH3-N has a given baseline 0.5.
        IndexBet b = new IndexBet("xinan", JK, "AH", "ZJ", terms(CODMN, 0.5, null, NH3N, 0.5, 0.5), 2008, 2010, 1.0, 0.78,
                fixed(1 * YI), List.of(), BetDirection.BIDIRECTIONAL);
        List<Sample> samples = all(
                year(JK, 2008, m -> values(CODMN, m % 2 == 0 ? 4.0 : 2.0, NH3N, 9.0)),
                year(JK, 2009, m -> m <= 6 ? values(CODMN, 1.5) : null),
                year(JK, 2010, values(CODMN, 2.4)),
                year(JK, YEAR, values(CODMN, 1.84, NH3N, 0.4)));
        Ledger ledger = settle(agreement(b, YEAR, YEAR), samples);
        // C/C0: CODMn 1.84/2.3 = 0.8; NH3-N 0.4/0.5 = 0.8 (given baseline, not the 2008 data);
        // P = 0.5·0.8 + 0.5·0.8 = 0.8 > 0.78 ⇒ upstream pays. With a baseline of 2.46, P would be
        // 0.5·0.748 + 0.4 = 0.774 ≤ 0.78 and downstream would pay.
        assertEquals(0.8, measure(ledger, "xinan", YEAR, "C/C0 CODMn"), 1e-12);
        assertEquals(0.8, measure(ledger, "xinan", YEAR, "C/C0 NH3-N"), 1e-12);
        assertEquals(0.8, measure(ledger, "xinan", YEAR, "P"), 1e-12);
        assertEquals(1 * YI, paid(ledger, "AH", "ZJ"), FEN);
    }

    @Test
    void dabieShapeReproducesTheReported2023Index() throws SettlementException {
        // Anhui's Dabie scheme (DOMAIN.md §2, [S]): 4 indicators, 2011–2013 baseline, threshold 1,
        // 4000万 stake; 2023 index 0.673 ⇒ downstream paid. Indicators and data here are [I]: every
        // 2023 annual mean is 0.673 × its baseline-years mean.
        Map<Indicator, Double> base = values(CODMN, 3.0, NH3N, 0.4, TN, 1.5, TP, 0.05);
        Map<Indicator, Double> y2023 = values(CODMN, 3.0 * 0.673, NH3N, 0.4 * 0.673, TN, 1.5 * 0.673, TP, 0.05 * 0.673);
        IndexBet b = new IndexBet("dabie", JK, "AH", "ZJ", terms(CODMN, 0.25, null, NH3N, 0.25, null, TN, 0.25, null,
                TP, 0.25, null), 2011, 2013, 1.0, 1.0, fixed(4000 * WAN), List.of(), BetDirection.BIDIRECTIONAL);
        Ledger ledger = settle(agreement(b, 2023, 2023),
                all(year(JK, 2011, base), year(JK, 2012, base), year(JK, 2013, base), year(JK, 2023, y2023)));
        assertEquals(0.673, measure(ledger, "dabie", 2023, "P"), 1e-9);
        assertEquals(4000 * WAN, paid(ledger, "ZJ", "AH"), FEN);
    }

    @Test
    void directionOptionsAreRespected() throws SettlementException {
        List<Tier> tiers = List.of(new Tier(0.8, fixed(1000 * WAN)));
        Map<Indicator, IndexTerm> t = terms(CODMN, 1.0, 2.0);
        Map<Indicator, Double> good = values(CODMN, 1.0); // P = 0.5
        Map<Indicator, Double> bad = values(CODMN, 3.0); // P = 1.5

        IndexBet downOnly = bet(t, 1.0, 1.0, tiers, BetDirection.DOWNSTREAM_PAYS_ONLY);
        assertEquals(1.1 * YI, paid(settleOne(downOnly, good), "ZJ", "AH"), FEN);
        assertTrue(settleOne(downOnly, bad).transfers().isEmpty());

        IndexBet upOnly = bet(t, 1.0, 1.0, tiers, BetDirection.UPSTREAM_PAYS_ONLY);
        assertTrue(settleOne(upOnly, good).transfers().isEmpty());
        Ledger upBad = settleOne(upOnly, bad);
        assertEquals(1 * YI, paid(upBad, "AH", "ZJ"), FEN);
        assertEquals(1, upBad.transfers().size());

        IndexBet both = bet(t, 1.0, 1.0, tiers, BetDirection.BIDIRECTIONAL);
        assertEquals(1.1 * YI, paid(settleOne(both, good), "ZJ", "AH"), FEN);
        assertEquals(1 * YI, paid(settleOne(both, bad), "AH", "ZJ"), FEN);
    }

    @Test
    void theIndexBetAsAConditionPassesWhenPIsAtMostTheThreshold() throws SettlementException {
        // Xin'an round 1: central 3亿/yr to Anhui (DOMAIN.md §2); conditioned here on the bet ([I]).
        IndexBet b = bet(terms(CODMN, 1.0, 2.0), 1.0, 1.0, List.of(), BetDirection.BIDIRECTIONAL);
        Clause award = new Clause.CentralAward("central", "AH", fixed(3 * YI), java.util.Optional.of("xinan"), false);
        Agreement a = Fixtures.agreement(List.of("AH", "ZJ", "CENTRAL"), Map.of(JK, "AH"),
                new Round("round 1", 2012, 2013, List.of(b, award)));
        Ledger ledger = settle(a, all(year(JK, 2012, values(CODMN, 1.9)), year(JK, 2013, values(CODMN, 2.1))));
        assertEquals(3 * YI, paid(ledger, "CENTRAL", "AH", 2012), FEN);
        assertEquals(0, paid(ledger, "CENTRAL", "AH", 2013), FEN);
    }
}
