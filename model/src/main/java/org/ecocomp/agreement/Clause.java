package org.ecocomp.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterClass;

/**
 * One mechanism of an agreement round. Each variant is a record that checks its own invariants;
 * settlement handles them with an exhaustive {@code switch}, so a new mechanism cannot be forgotten.
 * Parties are province codes (JX, GD, ..., CENTRAL); sections are cross-section names; money is in
 * yuan. See {@code docs/scenario-format.md} for each mechanism's rule.
 */
public sealed interface Clause {

    /** The clause's identifier, unique in its agreement. */
    String id();

    /** The clause's type as written in scenario files, e.g. {@code index-bet}. */
    default String type() {
        return switch (this) {
            case IndexBet c -> "index-bet";
            case ComplianceBet c -> "compliance-bet";
            case PeriodicBet c -> "periodic-bet";
            case ClassSchedule c -> "class-schedule";
            case ImprovementBet c -> "improvement-bet";
            case ExceedanceFine c -> "exceedance-fine";
            case LoadFine c -> "load-fine";
            case PooledFund c -> "pooled-fund";
            case CentralAward c -> "central-award";
            case MatchingFunds c -> "matching-funds";
            case WaterQuantity c -> "water-quantity";
            case IndexChange c -> "index-change";
        };
    }

    /** Who pays an index bet. */
    enum BetDirection {
        /** Either side pays depending on P. */
        BIDIRECTIONAL,
        /** Only the downstream party ever pays (P ≤ threshold). */
        DOWNSTREAM_PAYS_ONLY,
        /** Only the upstream party ever pays (P above threshold). */
        UPSTREAM_PAYS_ONLY
    }

    /** How a compliance bet pays when some sections pass and others fail. */
    enum Partial {
        /** The stake is paid only when every section passes. */
        ALL_OR_NOTHING,
        /** The stake is split by the annual flow volume of passing and failing sections. */
        FLOW_WEIGHTED
    }

    /**
     * An indicator of an index bet.
     *
     * @param weight its weight wᵢ (weights sum to 1)
     * @param baseline its baseline concentration Cᵢ₀ in mg/L, or empty to compute it from baseline years
     */
    record IndexTerm(double weight, OptionalDouble baseline) {
        /** Checks weight and baseline are positive. */
        public IndexTerm {
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("weight must be 0 or more");
            }
            baseline.ifPresent(b -> {
                if (!(b > 0)) {
                    throw new IllegalArgumentException("baseline concentration must be positive");
                }
            });
        }
    }

    /**
     * An extra stake of an index bet paid by downstream when P ≤ atMost.
     *
     * @param atMost the tier's threshold
     * @param extra the extra amount
     */
    record Tier(double atMost, AmountSchedule extra) {
    }

    /**
     * Xin'an's index bet: P = k0·Σ wᵢ·Cᵢ/Cᵢ₀; P ≤ threshold ⇒ downstream pays upstream, otherwise
     * upstream pays downstream.
     *
     * @param id identifier
     * @param section the assessed section
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param terms indicator → weight and baseline
     * @param baselineFirstYear first year of the baseline period (when baselines are computed), or 0
     * @param baselineLastYear last year of the baseline period, or 0
     * @param k0 the stringency coefficient K0
     * @param threshold the threshold of P (usually 1)
     * @param stake the yearly stake
     * @param tiers extra stakes at lower P
     * @param direction who may pay
     */
    record IndexBet(String id, String section, String upstream, String downstream, Map<Indicator, IndexTerm> terms,
                    int baselineFirstYear, int baselineLastYear, double k0, double threshold, AmountSchedule stake,
                    List<Tier> tiers, BetDirection direction) implements Clause {
        /** Checks weights sum to 1 and baselines are given or computable. */
        public IndexBet {
            terms = Collections.unmodifiableMap(new EnumMap<>(terms));
            tiers = List.copyOf(tiers);
            double sum = terms.values().stream().mapToDouble(IndexTerm::weight).sum();
            if (terms.isEmpty() || Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("index weights must sum to 1, sum to " + sum);
            }
            boolean computed = terms.values().stream().anyMatch(t -> t.baseline().isEmpty());
            if (computed && (baselineFirstYear == 0 || baselineLastYear < baselineFirstYear)) {
                throw new IllegalArgumentException("baselines missing and no baseline years to compute them");
            }
            if (!(k0 > 0) || !(threshold > 0)) {
                throw new IllegalArgumentException("k0 and threshold must be positive");
            }
        }
    }

    /**
     * A compliance bet (Dongjiang, Jiuzhou, Ting–Han): the downstream party pays the stake when the
     * sections pass their quality test.
     *
     * @param id identifier
     * @param sections the assessed sections
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param test what each section must achieve
     * @param stake the stake: per year, or for the whole term when {@code wholeTerm}
     * @param upstreamPaysOnFailure whether the upstream party pays on failure (bidirectional bet)
     * @param partial all-or-nothing or flow-weighted
     * @param wholeTerm whether the bet settles once, in the round's last year, on the whole term (Jiuzhou
     *     round 1: "3亿 each over the term; Guangdong pays Guangxi 3亿 if met"): a section passes the term
     *     when it passes every year, and flow weights are the term's volumes
     */
    record ComplianceBet(String id, List<String> sections, String upstream, String downstream, QualityTest test,
                         AmountSchedule stake, boolean upstreamPaysOnFailure, Partial partial, boolean wholeTerm)
            implements Clause {
        /** Copies the sections. */
        public ComplianceBet {
            sections = nonEmpty(sections);
        }

        /** A bet that settles every year. */
        public ComplianceBet(String id, List<String> sections, String upstream, String downstream, QualityTest test,
                             AmountSchedule stake, boolean upstreamPaysOnFailure, Partial partial) {
            this(id, sections, upstream, downstream, test, stake, upstreamPaysOnFailure, partial, false);
        }
    }

    /**
     * A monthly bet (渌水, 酉水): each month every section meets the target ⇒ downstream pays the monthly stake.
     *
     * @param id identifier
     * @param sections the assessed sections
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param evaluation the indicators of the class
     * @param target the target class
     * @param monthlyStake the stake per month
     * @param upstreamPaysOnFailure whether upstream pays in a failing month
     */
    record PeriodicBet(String id, List<String> sections, String upstream, String downstream,
                       SingleFactorEvaluation evaluation, WaterClass target, AmountSchedule monthlyStake,
                       boolean upstreamPaysOnFailure) implements Clause {
        /** Copies the sections. */
        public PeriodicBet {
            sections = nonEmpty(sections);
        }
    }

    /**
     * A class schedule (滁河, 豫鲁, 甘宁): the annual class, or each month's class, maps to a signed
     * amount; positive ⇒ downstream pays upstream.
     *
     * @param id identifier
     * @param section the section
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param evaluation the indicators of the class
     * @param schedule an amount for each of the six classes: per year, or per month when {@code monthly}
     * @param monthly whether each month's class settles (DOMAIN.md §3.4: "annual (or monthly) class →
     *     amount and direction")
     */
    record ClassSchedule(String id, String section, String upstream, String downstream,
                         SingleFactorEvaluation evaluation, Map<WaterClass, Double> schedule, boolean monthly)
            implements Clause {
        /** Checks every class has an amount. */
        public ClassSchedule {
            schedule = Collections.unmodifiableMap(new EnumMap<>(schedule));
            if (schedule.size() != WaterClass.values().length) {
                throw new IllegalArgumentException("a class schedule needs an amount for each of Ⅰ…劣Ⅴ");
            }
        }

        /** A schedule on the annual class. */
        public ClassSchedule(String id, String section, String upstream, String downstream,
                             SingleFactorEvaluation evaluation, Map<WaterClass, Double> schedule) {
            this(id, section, upstream, downstream, evaluation, schedule, false);
        }
    }

    /**
     * An improvement-conditioned bet (Chongqing): pass and improve ⇒ downstream pays; fail or worsen ⇒
     * upstream pays.
     *
     * @param id identifier
     * @param section the section
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param evaluation the indicators of the class and the index
     * @param target the target class
     * @param stake the yearly stake
     */
    record ImprovementBet(String id, String section, String upstream, String downstream,
                          SingleFactorEvaluation evaluation, WaterClass target, AmountSchedule stake) implements Clause {
    }

    /**
     * A band of an exceedance fine: m in (above, upTo] ⇒ fine = base·(1+m).
     *
     * @param above lower end of the band (exclusive)
     * @param upTo upper end (inclusive); infinity for the last band
     * @param base the base fine in yuan
     */
    record FineTier(double above, double upTo, double base) {
        /** Checks the band. */
        public FineTier {
            if (!(upTo > above) || !(base >= 0)) {
                throw new IllegalArgumentException("a fine band needs upTo > above and a base of 0 or more");
            }
        }
    }

    /**
     * An exceedance fine (Zhoukou): per month and indicator, m = (C − Cₜ)/Cₜ; a fine by band.
     *
     * @param id identifier
     * @param section the section
     * @param payer who pays
     * @param payee who receives
     * @param evaluation the indicators fined
     * @param target the class whose limits are Cₜ
     * @param tiers the bands, ordered, not overlapping
     */
    record ExceedanceFine(String id, String section, String payer, String payee, SingleFactorEvaluation evaluation,
                          WaterClass target, List<FineTier> tiers) implements Clause {
        /** Checks the bands are ordered and disjoint. */
        public ExceedanceFine {
            tiers = List.copyOf(tiers);
            for (int i = 1; i < tiers.size(); i++) {
                if (tiers.get(i).above() < tiers.get(i - 1).upTo()) {
                    throw new IllegalArgumentException("fine bands overlap or are out of order");
                }
            }
        }
    }

    /**
     * A load fine (Jiangsu): Σ max(0, C − Cₜ) × monthly volume × unit price.
     *
     * @param id identifier
     * @param section the section
     * @param payer who pays
     * @param payee who receives
     * @param prices indicator → yuan per tonne of excess load
     * @param limits indicator → concentration limit in mg/L
     */
    record LoadFine(String id, String section, String payer, String payee, Map<Indicator, Double> prices,
                    Map<Indicator, Double> limits) implements Clause {
        /** Checks each priced indicator has a limit. */
        public LoadFine {
            prices = Collections.unmodifiableMap(new EnumMap<>(prices));
            limits = Collections.unmodifiableMap(new EnumMap<>(limits));
            if (prices.isEmpty() || !limits.keySet().containsAll(prices.keySet())) {
                throw new IllegalArgumentException("every priced indicator needs a limit");
            }
        }
    }

    /**
     * A section of a pooled fund.
     *
     * @param name the section
     * @param responsible the party answerable for it
     * @param onFailure where its part of the responsible party's allocation goes when it fails (shares sum to 1)
     */
    record FundSection(String name, String responsible, Map<String, Double> onFailure) {
        /** Checks the routing shares. */
        public FundSection {
            onFailure = shares(onFailure, "onFailure");
        }
    }

    /**
     * A pooled fund (Chishui): parties contribute by ratio; the fund is allocated by ratio, a failing
     * section's part rerouted.
     *
     * @param id identifier
     * @param fund the fund size per year
     * @param contributions party → contribution share (sum 1)
     * @param allocations party → allocation share (sum 1)
     * @param sections the sections, with responsibility and routing
     * @param test what each section must achieve
     */
    record PooledFund(String id, AmountSchedule fund, Map<String, Double> contributions, Map<String, Double> allocations,
                      List<FundSection> sections, QualityTest test) implements Clause {
        /** Checks the shares. */
        public PooledFund {
            contributions = shares(contributions, "contributions");
            allocations = shares(allocations, "allocations");
            sections = nonEmpty(sections);
        }

        /** How the code of a fund's account starts. */
        public static final String ACCOUNT_PREFIX = "fund:";

        /** The account that holds the fund between contributions and allocations. */
        public String account() {
            return ACCOUNT_PREFIX + id;
        }

        /** True when a ledger account is a fund's account (which always nets 0), not a party. */
        public static boolean isAccount(String code) {
            return code.startsWith(ACCOUNT_PREFIX);
        }
    }

    /**
     * A central (vertical) award: CENTRAL pays the recipient, unconditionally or when a clause passed.
     *
     * @param id identifier
     * @param recipient who receives
     * @param amount the amount per year
     * @param condition the id of the clause whose pass conditions the award, if any
     * @param proportional whether the award scales with the condition's pass share
     */
    record CentralAward(String id, String recipient, AmountSchedule amount, Optional<String> condition,
                        boolean proportional) implements Clause {
    }

    /**
     * Matching funds: a party's own money alongside a transfer.
     *
     * @param id identifier
     * @param party who pays
     * @param to who receives (often the party itself)
     * @param amount the amount per year
     * @param condition the id of the clause whose pass conditions the payment, if any
     */
    record MatchingFunds(String id, String party, String to, AmountSchedule amount, Optional<String> condition)
            implements Clause {
    }

    /**
     * A water-quantity term: monthly discharge volume and minimum flow at a section.
     *
     * @param id identifier
     * @param section the section
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param minMonthlyVolume the least monthly volume in m³
     * @param minFlow the least flow in m³/s
     * @param monthlyStake the stake per month
     * @param upstreamPaysOnFailure whether upstream pays in a failing month
     */
    record WaterQuantity(String id, String section, String upstream, String downstream, double minMonthlyVolume,
                         double minFlow, AmountSchedule monthlyStake, boolean upstreamPaysOnFailure) implements Clause {
        /** Checks the thresholds. */
        public WaterQuantity {
            if (!(minMonthlyVolume >= 0) || !(minFlow >= 0)) {
                throw new IllegalArgumentException("volume and flow thresholds must be 0 or more");
            }
        }
    }

    /**
     * An index-change term (豫鲁): ± perPoint per percentage point of year-on-year change of a
     * pollutant index, capped.
     *
     * @param id identifier
     * @param section the section
     * @param upstream the upstream party
     * @param downstream the downstream party
     * @param evaluation the indicators of the index
     * @param target the class whose limits normalise the index
     * @param perPoint yuan per percentage point
     * @param cap the most paid in a year
     */
    record IndexChange(String id, String section, String upstream, String downstream, SingleFactorEvaluation evaluation,
                       WaterClass target, double perPoint, double cap) implements Clause {
        /** Checks the amounts. */
        public IndexChange {
            if (!(perPoint >= 0) || !(cap >= 0)) {
                throw new IllegalArgumentException("perPoint and cap must be 0 or more");
            }
        }
    }

    private static <T> List<T> nonEmpty(List<T> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one section is needed");
        }
        return List.copyOf(list);
    }

    private static Map<String, Double> shares(Map<String, Double> shares, String what) {
        double sum = 0;
        for (double v : shares.values()) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException(what + " shares must be 0 or more");
            }
            sum += v;
        }
        if (shares.isEmpty() || Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(what + " shares must sum to 1, sum to " + sum);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}
