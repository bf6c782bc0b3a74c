package org.ecocomp.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.ecocomp.agreement.Clause.BetDirection;
import org.ecocomp.agreement.Clause.CentralAward;
import org.ecocomp.agreement.Clause.ClassSchedule;
import org.ecocomp.agreement.Clause.ComplianceBet;
import org.ecocomp.agreement.Clause.ExceedanceFine;
import org.ecocomp.agreement.Clause.FineTier;
import org.ecocomp.agreement.Clause.FundSection;
import org.ecocomp.agreement.Clause.ImprovementBet;
import org.ecocomp.agreement.Clause.IndexBet;
import org.ecocomp.agreement.Clause.IndexChange;
import org.ecocomp.agreement.Clause.IndexTerm;
import org.ecocomp.agreement.Clause.LoadFine;
import org.ecocomp.agreement.Clause.MatchingFunds;
import org.ecocomp.agreement.Clause.Partial;
import org.ecocomp.agreement.Clause.PeriodicBet;
import org.ecocomp.agreement.Clause.PooledFund;
import org.ecocomp.agreement.Clause.Tier;
import org.ecocomp.agreement.Clause.WaterQuantity;
import org.ecocomp.basin.Party;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterClass;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Money is conserved by settlement, whatever the clause parameters and the monthly data: every
 * transfer is positive and leaves one account to enter another, CENTRAL's net is minus the central
 * awards, and a pooled fund's account nets zero each year.
 */
class MoneyConservationPropertyTest {

    private static final String A = "甲断面";
    private static final String B = "乙断面";
    private static final String FUND = "fund:fund";
    private static final Set<String> CENTRAL_CLAUSES = Set.of("central", "central2");
    private static final SingleFactorEvaluation EVAL = new SingleFactorEvaluation(
            Set.of(Indicator.DO, Indicator.CODMN, Indicator.NH3N, Indicator.TP));

    /** Random clause parameters; the monthly data come from {@code dataSeed}. */
    record Case(double fund, List<Double> contributions, List<Double> allocations, List<Double> routing,
                List<Double> stakes, List<Double> ratios, List<Boolean> flags, long dataSeed) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> money = Arbitraries.oneOf(
                Arbitraries.doubles().between(0.01, 5e9).ofScale(2),
                Arbitraries.of(1e8, 2e8, 4e7, 1e6, 100.0, 0.01));
        Arbitrary<Double> share = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.of(0.0, 0.1, 0.25, 1.0 / 3, 0.5, 1.0));
        Arbitrary<List<Double>> three = share.list().ofSize(3).filter(l -> l.stream().mapToDouble(d -> d).sum() > 1e-3);
        return Combinators.combine(money, three, three, Arbitraries.doubles().between(0, 1).ofScale(6).list().ofSize(2),
                money.list().ofSize(12), Arbitraries.doubles().between(0, 1).ofScale(4).list().ofSize(8),
                Arbitraries.of(true, false).list().ofSize(8), Arbitraries.longs())
                .as(Case::new);
    }

    // ------------------------------------------------------------------------------ properties

    @Property(tries = 400)
    void everyTransferIsPositiveAndInWholeFen(@ForAll("cases") Case c) throws SettlementException {
        Ledger ledger = settle(c);
        for (Transfer t : ledger.transfers()) {
            assertTrue(t.amount() > 0 && Double.isFinite(t.amount()), t.toString());
            assertEquals(Math.round(t.amount() * 100) / 100.0, t.amount(), 0.0, t.toString());
        }
    }

    @Property(tries = 400)
    void netsOfAllAccountsSumToZero(@ForAll("cases") Case c) throws SettlementException {
        Ledger ledger = settle(c);
        double tolerance = 1e-6 * Math.max(1, ledger.transfers().size());
        double sum = 0;
        for (String account : ledger.accounts()) {
            sum += ledger.balance(account, OptionalInt.empty()).net();
        }
        assertEquals(0, sum, tolerance);
        for (int year : ledger.years()) {
            double yearSum = 0;
            for (String account : ledger.accounts()) {
                yearSum += ledger.balance(account, OptionalInt.of(year)).net();
            }
            assertEquals(0, yearSum, tolerance);
        }
    }

    @Property(tries = 400)
    void centralNetIsMinusTheCentralAwards(@ForAll("cases") Case c) throws SettlementException {
        Ledger ledger = settle(c);
        double awards = 0;
        for (Transfer t : ledger.transfers()) {
            if (CENTRAL_CLAUSES.contains(t.clause())) {
                assertEquals(Party.CENTRAL, t.payer());
                awards += t.amount();
            } else {
                assertTrue(!t.payer().equals(Party.CENTRAL) && !t.payee().equals(Party.CENTRAL), t.toString());
            }
        }
        double tolerance = 1e-6 * Math.max(1, ledger.transfers().size());
        assertEquals(-awards, ledger.balance(Party.CENTRAL, OptionalInt.empty()).net(), tolerance);
        // The unconditional award is paid in full every year.
        for (int year = 2020; year <= 2021; year++) {
            double paid = Fixtures.transfers(ledger, "central2", year).stream().mapToDouble(Transfer::amount).sum();
            assertEquals(Transfer.toFen(c.stakes().get(9)), paid, 1e-6);
        }
    }

    @Property(tries = 400)
    void theFundAccountNetsZeroEachYear(@ForAll("cases") Case c) throws SettlementException {
        Ledger ledger = settle(c);
        for (int year = 2020; year <= 2021; year++) {
            int y = year;
            long n = ledger.transfers().stream().filter(t -> t.year() == y
                    && (t.payer().equals(FUND) || t.payee().equals(FUND))).count();
            Balance b = ledger.balance(FUND, OptionalInt.of(year));
            assertEquals(0, b.net(), 1e-6 * Math.max(1, n), "fund account in " + year + ": paid " + b.paid()
                    + ", received " + b.received());
        }
    }

    /**
     * The smallest case of the fund rule: a 100-yuan fund contributed in thirds (33.33 yuan each after
     * rounding to the fen, 99.99 in) and allocated in halves (50 yuan each, 100 out).
     */
    @Example
    void aFundSplitInThirdsStillBalances() throws SettlementException {
        Map<String, Double> thirds = new LinkedHashMap<>();
        thirds.put("U", 1.0 / 3);
        thirds.put("D", 1.0 / 3);
        thirds.put("M", 1.0 / 3);
        Map<String, Double> halves = new LinkedHashMap<>();
        halves.put("U", 0.5);
        halves.put("D", 0.5);
        PooledFund f = new PooledFund("fund", Fixtures.fixed(100), thirds, halves,
                List.of(new FundSection(A, "U", Map.of("D", 1.0))),
                Fixtures.annualTest(EVAL, WaterClass.III));
        Agreement a = Fixtures.agreement(List.of("U", "D", "M"), Map.of(A, "U"), new Round("r", 2020, 2020, List.of(f)));
        Ledger ledger = Fixtures.settle(a, Fixtures.year(A, 2020, Fixtures.values(Indicator.CODMN, 3.0)));
        Balance b = ledger.balance(FUND, OptionalInt.of(2020));
        assertEquals(b.received(), b.paid(), 1e-6, "the fund paid out " + b.paid() + " but received " + b.received());
    }

    // ------------------------------------------------------------------------------ the agreement

    private static Ledger settle(Case c) throws SettlementException {
        return new Settlement(agreement(c), Fixtures.record(data(c.dataSeed())), MissingMonthPolicy.COUNT_AS_FAILED).settle();
    }

    private static Map<String, Double> shares(List<String> parties, List<Double> raw) {
        double total = raw.stream().mapToDouble(d -> d).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            out.put(parties.get(i), raw.get(i) / total);
        }
        return out;
    }

    private static Agreement agreement(Case c) {
        List<Double> s = c.stakes();
        List<Double> r = c.ratios();
        List<Boolean> f = c.flags();
        List<Clause> clauses = new ArrayList<>();
        // Index bet with one given and one computed baseline (baseline year 2019).
        Map<Indicator, IndexTerm> terms = new EnumMap<>(Indicator.class);
        terms.put(Indicator.CODMN, new IndexTerm(r.get(0), OptionalDouble.of(4.0)));
        terms.put(Indicator.NH3N, new IndexTerm(1 - r.get(0), OptionalDouble.empty()));
        double threshold = 0.5 + r.get(1);
        BetDirection direction = BetDirection.values()[(int) (r.get(2) * 2.999)];
        clauses.add(new IndexBet("index", A, "U", "D", terms, 2019, 2019, 0.5 + r.get(3), threshold, Fixtures.fixed(s.get(0)),
                List.of(new Tier(threshold * 0.8, Fixtures.fixed(s.get(1)))), direction));
        // Compliance bet over both sections.
        QualityTest test = new QualityTest(EVAL, WaterClass.III, f.get(0), Map.of(2020, r.get(4)),
                f.get(0) ? OptionalDouble.empty() : OptionalDouble.of(r.get(5)));
        clauses.add(new ComplianceBet("bet", List.of(A, B), "U", "D", test, Fixtures.fixed(s.get(2)), f.get(1),
                f.get(2) ? Partial.FLOW_WEIGHTED : Partial.ALL_OR_NOTHING));
        clauses.add(new PeriodicBet("periodic", List.of(A, B), "U", "D", EVAL, WaterClass.III, Fixtures.fixed(s.get(3) / 12),
                f.get(3)));
        Map<WaterClass, Double> schedule = new EnumMap<>(WaterClass.class);
        for (WaterClass w : WaterClass.values()) {
            schedule.put(w, (3 - w.number()) * s.get(4) / 3);
        }
        clauses.add(new ClassSchedule("schedule", A, "U", "D", EVAL, schedule));
        clauses.add(new ImprovementBet("improve", B, "U", "D", EVAL, WaterClass.III, Fixtures.fixed(s.get(5))));
        // Fine bases and prices up to Zhoukou's and Jiangsu's (scale ≤ 1), so that a year's fine stays
        // within a few 亿 and sums stay well inside double precision at 1e-6 yuan.
        double scale = s.get(6) / 5e9;
        clauses.add(new ExceedanceFine("fine", A, "U", "D", EVAL, WaterClass.III, List.of(
                new FineTier(0.1, 0.5, 1e5 * scale), new FineTier(0.5, 1, 2.5e5 * scale), new FineTier(1, 1.5, 5e5 * scale),
                new FineTier(1.5, 2, 1e6 * scale), new FineTier(2, Double.POSITIVE_INFINITY, 2e6 * scale))));
        clauses.add(new LoadFine("load", B, "U", "D",
                Fixtures.values(Indicator.CODMN, 1.5e4 * scale, Indicator.NH3N, 1e5 * scale, Indicator.TP, 1e5 * scale),
                Fixtures.values(Indicator.CODMN, 6.0, Indicator.NH3N, 1.0, Indicator.TP, 0.2)));
        // Pooled fund of three parties; A answers to U, B to M.
        List<String> three = List.of("U", "D", "M");
        double route = c.routing().get(0);
        double route2 = c.routing().get(1);
        clauses.add(new PooledFund("fund", Fixtures.fixed(c.fund()), shares(three, c.contributions()),
                shares(three, c.allocations()),
                List.of(new FundSection(A, "U", twoWay("D", route, "M")), new FundSection(B, "M", twoWay("U", route2, "D"))),
                new QualityTest(EVAL, WaterClass.III, f.get(4), Map.of(), f.get(4) ? OptionalDouble.empty()
                        : OptionalDouble.of(r.get(6)))));
        clauses.add(new CentralAward("central", "U", Fixtures.fixed(s.get(7)), Optional.of("bet"), f.get(5)));
        clauses.add(new CentralAward("central2", "M", Fixtures.fixed(s.get(9)), Optional.empty(), false));
        clauses.add(new MatchingFunds("matching", "D", f.get(6) ? "U" : "D", Fixtures.fixed(s.get(8)),
                f.get(7) ? Optional.of("fund") : Optional.of("periodic")));
        clauses.add(new WaterQuantity("quantity", A, "U", "D", r.get(7) * 1e9, r.get(7) * 300, Fixtures.fixed(s.get(10) / 12),
                f.get(1)));
        clauses.add(new IndexChange("change", B, "U", "D", EVAL, WaterClass.III, s.get(11) / 100, s.get(11)));
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(A, "U");
        sections.put(B, "M");
        return Fixtures.agreement(List.of("U", "D", "M", Party.CENTRAL), sections, new Round("r", 2020, 2021, clauses));
    }

    private static Map<String, Double> twoWay(String first, double share, String second) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(first, share);
        m.put(second, 1 - share);
        return m;
    }

    /** Monthly data 2019–2021 at both sections, spanning Classes Ⅰ to 劣Ⅴ, with flow. */
    private static List<Sample> data(long seed) {
        Random random = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (String section : List.of(A, B)) {
            double level = 0.3 + 1.5 * random.nextDouble(); // how polluted this section is
            for (int y = 2019; y <= 2021; y++) {
                for (int m = 1; m <= 12; m++) {
                    double k = level * (0.5 + random.nextDouble());
                    out.add(Fixtures.sample(section, y, m, Fixtures.values(
                            Indicator.DO, 9 - 4 * Math.min(k, 2) * random.nextDouble(),
                            Indicator.CODMN, 1 + 6 * k * random.nextDouble(),
                            Indicator.NH3N, 0.05 + k * random.nextDouble(),
                            Indicator.TP, 0.01 + 0.2 * k * random.nextDouble(),
                            Indicator.FLOW, 500 * random.nextDouble())));
                }
            }
        }
        return out;
    }
}
