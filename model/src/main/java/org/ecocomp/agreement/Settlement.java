package org.ecocomp.agreement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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
import org.ecocomp.agreement.Clause.PeriodicBet;
import org.ecocomp.agreement.Clause.PooledFund;
import org.ecocomp.agreement.Clause.WaterQuantity;
import org.ecocomp.basin.Party;
import org.ecocomp.quality.AnnualMean;
import org.ecocomp.quality.ComplianceAssessment;
import org.ecocomp.quality.ComplianceRate;
import org.ecocomp.quality.Direction;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.MissingMonthsException;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.quality.MonthlyMean;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;

/**
 * Settles an agreement against monitoring data, year by year and clause by clause, into a
 * {@link Ledger}. Clauses that test water settle first; central awards and matching funds then
 * settle on the outcome of the clause they name. Every transfer carries the figures behind it.
 *
 * @param agreement the agreement
 * @param record the monitoring data
 * @param missingMonths how months without complete data count: a month lacks data when it has no sample
 *     of one of the indicators the clause grades (or, for an index bet, of one of its terms). In monthly
 *     tests such a month is excluded, failed or refused; a test of a yearly figure (annual class,
 *     index P) under count-as-failed fails, under refuse is refused, under exclude uses the months with
 *     data
 */
public record Settlement(Agreement agreement, MonitoringRecord record, MissingMonthPolicy missingMonths) {

    private static final double EPS = 1e-9;

    /**
     * Settles every year of every round.
     *
     * @return the ledger
     * @throws SettlementException when the data cannot settle a clause
     */
    public Ledger settle() throws SettlementException {
        List<Transfer> transfers = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (Round round : agreement.rounds()) {
            Map<String, Term> terms = new HashMap<>();
            for (int year = round.firstYear(); year <= round.lastYear(); year++) {
                Year y = new Year(round, year, transfers, measures, new HashMap<>(), terms);
                for (Clause c : round.clauses()) {
                    if (!(c instanceof CentralAward || c instanceof MatchingFunds)) {
                        y.outcomes.put(c.id(), settle(c, y));
                    }
                }
                for (Clause c : round.clauses()) {
                    if (c instanceof CentralAward || c instanceof MatchingFunds) {
                        y.outcomes.put(c.id(), settle(c, y));
                    }
                }
            }
        }
        return new Ledger(transfers, measures);
    }

    /**
     * The state of one settlement year: where transfers and measures go, earlier outcomes, and what
     * whole-term clauses have gathered in the round so far.
     */
    private record Year(Round round, int year, List<Transfer> transfers, List<Measure> measures,
                        Map<String, Double> outcomes, Map<String, Term> terms) {

        void pay(Clause c, String payer, String payee, double amount, String reason) {
            double fen = Transfer.toFen(amount);
            if (fen > 0) {
                transfers.add(new Transfer(year, round.name(), c.id(), payer, payee, fen, reason));
            }
        }

        void measure(Clause c, String section, String name, double value, OptionalDouble threshold, Optional<Boolean> passed) {
            measures.add(new Measure(year, round.name(), c.id(), section, name, value, threshold, passed));
        }
    }

    /** Settles one clause in one year and returns its pass share (1 = passed, 0 = failed). */
    private double settle(Clause clause, Year y) throws SettlementException {
        return switch (clause) {
            case IndexBet c -> indexBet(c, y);
            case ComplianceBet c -> complianceBet(c, y);
            case PeriodicBet c -> periodicBet(c, y);
            case ClassSchedule c -> classSchedule(c, y);
            case ImprovementBet c -> improvementBet(c, y);
            case ExceedanceFine c -> exceedanceFine(c, y);
            case LoadFine c -> loadFine(c, y);
            case PooledFund c -> pooledFund(c, y);
            case CentralAward c -> conditional(c, c.condition(), c.proportional(), Party.CENTRAL, c.recipient(), c.amount(), y);
            case MatchingFunds c -> conditional(c, c.condition(), false, c.party(), c.to(), c.amount(), y);
            case WaterQuantity c -> waterQuantity(c, y);
            case IndexChange c -> indexChange(c, y);
        };
    }

    // ---------------------------------------------------------------- index bet

    private double indexBet(IndexBet c, Year y) throws SettlementException {
        Optional<String> incomplete = incompleteYear(c, c.section(), y.year(), c.terms().keySet());
        // count-as-failed: a year without data, or a term without data all year, fails; P cannot be formed
        AnnualMean now = incomplete.isPresent() ? record.year(c.section(), y.year()).orElse(null) : annual(c, c.section(), y.year());
        double p = 0;
        StringBuilder terms = new StringBuilder();
        for (Map.Entry<Indicator, IndexTerm> e : c.terms().entrySet()) {
            Indicator i = e.getKey();
            if (now == null || !now.means().containsKey(i) && incomplete.isPresent()) {
                p = Double.NaN;
                terms.append(String.format(Locale.ROOT, "%sno %s", terms.isEmpty() ? "" : ", ", i.code()));
                continue;
            }
            double ci = value(c, now, i);
            double c0 = e.getValue().baseline().isPresent() ? e.getValue().baseline().getAsDouble() : baseline(c, i);
            p += e.getValue().weight() * ci / c0;
            y.measure(c, c.section(), "C/C0 " + i.code(), ci / c0, OptionalDouble.empty(), Optional.empty());
            terms.append(String.format(Locale.ROOT, "%s%s %.3f/%.3f", terms.isEmpty() ? "" : ", ", i.code(), ci, c0));
        }
        p *= c.k0();
        boolean passed = incomplete.isEmpty() && p <= c.threshold() + EPS;
        y.measure(c, c.section(), "P", p, OptionalDouble.of(c.threshold()), Optional.of(passed));
        String reason = String.format(Locale.ROOT, "P = %.2f·Σ w·C/C0 = %.3f %s %.2f (%s)", c.k0(), p,
                p <= c.threshold() + EPS ? "<=" : ">", c.threshold(), terms) + incomplete.map(x -> "; " + x).orElse("");
        double stake = amount(c, c.stake(), y.year());
        if (passed && c.direction() != Clause.BetDirection.UPSTREAM_PAYS_ONLY) {
            y.pay(c, c.downstream(), c.upstream(), stake, reason);
            for (Clause.Tier t : c.tiers()) {
                if (p <= t.atMost() + EPS) {
                    y.pay(c, c.downstream(), c.upstream(), amount(c, t.extra(), y.year()),
                            String.format(Locale.ROOT, "tier: P = %.3f <= %.2f", p, t.atMost()));
                }
            }
        } else if (!passed && c.direction() != Clause.BetDirection.DOWNSTREAM_PAYS_ONLY) {
            y.pay(c, c.upstream(), c.downstream(), stake, reason);
        }
        return passed ? 1 : 0;
    }

    private double baseline(IndexBet c, Indicator i) throws SettlementException {
        double sum = 0;
        int n = 0;
        for (int year = c.baselineFirstYear(); year <= c.baselineLastYear(); year++) {
            Optional<AnnualMean> a = record.year(c.section(), year);
            if (a.isPresent() && a.get().means().containsKey(i)) {
                sum += a.get().means().get(i);
                n++;
            }
        }
        if (n == 0 || sum <= 0) {
            throw new SettlementException(c.id(), c.id() + ": no " + i.code() + " data at " + c.section()
                    + " in the baseline years " + c.baselineFirstYear() + "–" + c.baselineLastYear());
        }
        return sum / n;
    }

    // ---------------------------------------------------------------- compliance tests

    /** The result of a section's quality test in a year. */
    private record SectionTest(boolean passed, String reason) {
    }

    private SectionTest test(Clause c, QualityTest t, String section, Year y) throws SettlementException {
        WaterBodyType type = agreement.sections().get(section).waterBody();
        List<String> parts = new ArrayList<>();
        boolean passed = true;
        OptionalDouble target = t.rateIn(y.year());
        if (t.annualMean()) {
            // Beside a monthly rate, months without data already count as failed in the rate: the
            // annual mean is then that of the months with data.
            if (record.year(section, y.year()).isEmpty() && missingMonths != MissingMonthPolicy.REFUSE) {
                passed = false;
                y.measure(c, section, "annual_class", Double.NaN, OptionalDouble.of(t.target().number()), Optional.of(false));
                parts.add("no annual data");
            } else {
                AnnualGrade g = annualGrade(c, t.evaluation(), section, y.year(),
                        target.isPresent() && missingMonths == MissingMonthPolicy.COUNT_AS_FAILED);
                boolean ok = g.grade().meets(t.target());
                passed &= ok;
                y.measure(c, section, "annual_class", g.grade().number(), OptionalDouble.of(t.target().number()), Optional.of(ok));
                parts.add(g.label() + (ok ? " meets " : " misses ") + t.target().label());
            }
        }
        if (target.isPresent()) {
            ComplianceRate rate = rate(c, t.evaluation(), t.target(), section, y.year(), type);
            double r = rate.rate().orElse(0);
            boolean ok = rate.rate().isPresent() && r + EPS >= target.getAsDouble();
            passed &= ok;
            y.measure(c, section, "compliance_rate", r, target, Optional.of(ok));
            parts.add(String.format(Locale.ROOT, "compliance %d/%d = %.0f%% %s %.0f%%", rate.compliant(), rate.denominator(),
                    100 * r, ok ? ">=" : "<", 100 * target.getAsDouble())
                    + (rate.missing().isEmpty() ? "" : gapNote(section, y.year(), required(t.evaluation(), section))));
        }
        return new SectionTest(passed, section + ": " + String.join(", ", parts));
    }

    private ComplianceRate rate(Clause c, SingleFactorEvaluation evaluation, WaterClass target, String section, int year,
                                WaterBodyType type) throws SettlementException {
        if (missingMonths == MissingMonthPolicy.REFUSE) {
            incompleteYear(c, section, year, required(evaluation, section));
        }
        Set<Indicator> required = required(evaluation, section);
        List<MonthlyMean> complete = record.monthsOf(section, year).stream().filter(m -> complete(m, required)).toList();
        try {
            return new ComplianceAssessment(evaluation, target, missingMonths).annualRate(section, year, complete, type);
        } catch (MissingMonthsException e) {
            throw new SettlementException(c.id(), c.id() + ": " + e.getMessage());
        }
    }

    /** What a whole-term compliance bet has gathered: per section, passed every year so far, and flow volume. */
    private static final class Term {
        final boolean[] passed;
        final double[] volume;
        final List<String> failures = new ArrayList<>();

        Term(int sections) {
            passed = new boolean[sections];
            volume = new double[sections];
            java.util.Arrays.fill(passed, true);
        }
    }

    private double complianceBet(ComplianceBet c, Year y) throws SettlementException {
        int n = c.sections().size();
        boolean[] passed = new boolean[n];
        double[] volume = new double[n];
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SectionTest t = test(c, c.test(), c.sections().get(i), y);
            passed[i] = t.passed();
            reasons.add(t.reason());
        }
        for (int i = 0; i < n && c.partial() == Clause.Partial.FLOW_WEIGHTED; i++) {
            String s = c.sections().get(i);
            OptionalDouble v = record.annualVolume(s, y.year());
            if (v.isEmpty()) {
                throw new SettlementException(c.id(), c.id() + ": flow-weighted payment needs flow data at " + s
                        + " in " + y.year());
            }
            volume[i] = v.getAsDouble();
            y.measure(c, s, "flow_volume_m3", volume[i], OptionalDouble.empty(), Optional.of(passed[i]));
        }
        double share = share(c, passed, volume);
        String reason = String.join("; ", reasons);
        if (c.partial() == Clause.Partial.FLOW_WEIGHTED) {
            y.measure(c, "", "flow_share_passing", share, OptionalDouble.empty(), Optional.empty());
            reason += String.format(Locale.ROOT, "; flow share of passing sections %.1f%%", 100 * share);
        }
        if (c.wholeTerm()) {
            Term term = y.terms().computeIfAbsent(c.id(), k -> new Term(n));
            for (int i = 0; i < n; i++) {
                term.passed[i] &= passed[i];
                term.volume[i] += volume[i];
                if (!passed[i]) {
                    term.failures.add(c.sections().get(i) + " " + y.year());
                }
            }
            // what conditions on this clause read: whether the term is met so far, and in its last year whether it was
            double termShare = share(c, term.passed, term.volume);
            if (y.year() < y.round().lastYear()) {
                return termShare;
            }
            reason = String.format(Locale.ROOT, "term %d–%d: %s%s", y.round().firstYear(), y.round().lastYear(),
                    term.failures.isEmpty() ? "every section passed every year" : "failed " + String.join(", ", term.failures),
                    c.partial() == Clause.Partial.FLOW_WEIGHTED
                            ? String.format(Locale.ROOT, "; flow share of sections passing the term %.1f%%", 100 * termShare) : "");
            y.measure(c, "", "term_share_passing", termShare, OptionalDouble.empty(), Optional.empty());
            pay(c, y, termShare, reason);
            return termShare;
        }
        pay(c, y, share, reason);
        return share;
    }

    /** The passing share: 1 or 0, or the flow share of passing sections. */
    private static double share(ComplianceBet c, boolean[] passed, double[] volume) {
        if (c.partial() == Clause.Partial.ALL_OR_NOTHING) {
            for (boolean p : passed) {
                if (!p) {
                    return 0;
                }
            }
            return 1;
        }
        double passing = 0;
        double total = 0;
        for (int i = 0; i < passed.length; i++) {
            total += volume[i];
            passing += passed[i] ? volume[i] : 0;
        }
        return total > 0 ? passing / total : 0;
    }

    private void pay(ComplianceBet c, Year y, double share, String reason) throws SettlementException {
        double stake = amount(c, c.stake(), y.year());
        y.pay(c, c.downstream(), c.upstream(), stake * share, reason);
        if (c.upstreamPaysOnFailure()) {
            y.pay(c, c.upstream(), c.downstream(), stake * (1 - share), reason);
        }
    }

    private double periodicBet(PeriodicBet c, Year y) throws SettlementException {
        int passed = 0;
        int failed = 0;
        months:
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(y.year(), m);
            boolean ok = true;
            for (String s : c.sections()) {
                Optional<WaterClass> cls = monthClass(c, c.evaluation(), s, month);
                if (cls.isEmpty()) {
                    continue months;
                }
                ok &= cls.get().meets(c.target());
            }
            if (ok) {
                passed++;
            } else {
                failed++;
            }
        }
        double stake = amount(c, c.monthlyStake(), y.year());
        y.measure(c, "", "months_passed", passed, OptionalDouble.empty(), Optional.empty());
        y.measure(c, "", "months_failed", failed, OptionalDouble.empty(), Optional.empty());
        String reason = String.format(Locale.ROOT, "%d months meet %s, %d do not", passed, c.target().label(), failed);
        y.pay(c, c.downstream(), c.upstream(), stake * passed, reason);
        if (c.upstreamPaysOnFailure()) {
            y.pay(c, c.upstream(), c.downstream(), stake * failed, reason);
        }
        return passed + failed == 0 ? 0 : (double) passed / (passed + failed);
    }

    private double classSchedule(ClassSchedule c, Year y) throws SettlementException {
        if (c.monthly()) {
            return monthlyClassSchedule(c, y);
        }
        AnnualGrade g = annualGrade(c, c.evaluation(), c.section(), y.year());
        WaterClass cls = g.grade();
        double amount = c.schedule().get(cls);
        y.measure(c, c.section(), "annual_class", cls.number(), OptionalDouble.empty(), Optional.empty());
        String reason = g.label() + " ⇒ " + String.format(Locale.ROOT, "%.0f", amount);
        if (amount > 0) {
            y.pay(c, c.downstream(), c.upstream(), amount, reason);
        } else if (amount < 0) {
            y.pay(c, c.upstream(), c.downstream(), -amount, reason);
        }
        return amount >= 0 ? 1 : 0;
    }

    /** Each month's class settles its own amount; a month without complete data follows the policy (failed = 劣Ⅴ). */
    private double monthlyClassSchedule(ClassSchedule c, Year y) throws SettlementException {
        Map<WaterClass, Integer> months = new java.util.EnumMap<>(WaterClass.class);
        double toUpstream = 0;
        double toDownstream = 0;
        int settled = 0;
        int notNegative = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(y.year(), m);
            Optional<WaterClass> cls = monthClass(c, c.evaluation(), c.section(), month);
            if (cls.isEmpty()) {
                continue;
            }
            double amount = c.schedule().get(cls.get());
            months.merge(cls.get(), 1, Integer::sum);
            y.measure(c, c.section(), "monthly_class " + month, cls.get().number(), OptionalDouble.empty(), Optional.empty());
            toUpstream += Math.max(0, amount);
            toDownstream += Math.max(0, -amount);
            settled++;
            notNegative += amount >= 0 ? 1 : 0;
        }
        StringBuilder reason = new StringBuilder("monthly classes");
        months.forEach((cls, n) -> reason.append(' ').append(cls.label()).append('×').append(n));
        reason.append(settled == 12 ? "" : gapNote(c.section(), y.year(), required(c.evaluation(), c.section())));
        y.measure(c, c.section(), "months_settled", settled, OptionalDouble.empty(), Optional.empty());
        y.pay(c, c.downstream(), c.upstream(), toUpstream, reason.toString());
        y.pay(c, c.upstream(), c.downstream(), toDownstream, reason.toString());
        return settled == 0 ? 0 : (double) notNegative / settled;
    }

    private double improvementBet(ImprovementBet c, Year y) throws SettlementException {
        AnnualGrade g = annualGrade(c, c.evaluation(), c.section(), y.year());
        WaterClass cls = g.grade();
        boolean meets = cls.meets(c.target());
        double index = pollutionIndex(c, c.section(), y.year(), c.evaluation(), c.target()).orElseThrow(
                () -> new SettlementException(c.id(), c.id() + ": no data at " + c.section() + " in " + y.year()));
        OptionalDouble before = pollutionIndex(c, c.section(), y.year() - 1, c.evaluation(), c.target());
        y.measure(c, c.section(), "annual_class", cls.number(), OptionalDouble.of(c.target().number()), Optional.of(meets));
        y.measure(c, c.section(), "pollution_index", index, before, before.isPresent() ? Optional.of(index < before.getAsDouble()) : Optional.empty());
        double stake = amount(c, c.stake(), y.year());
        String was = before.isPresent() ? String.format(Locale.ROOT, "%.3f", before.getAsDouble()) : "no data";
        String reason = String.format(Locale.ROOT, "%s %s %s; index %.3f (last year %s)", g.label(),
                meets ? "meets" : "misses", c.target().label(), index, was);
        if (!meets) {
            y.pay(c, c.upstream(), c.downstream(), stake, reason);
            return 0;
        }
        if (before.isPresent() && index < before.getAsDouble() - EPS) {
            y.pay(c, c.downstream(), c.upstream(), stake, reason);
            return 1;
        }
        if (before.isPresent() && index > before.getAsDouble() + EPS) {
            y.pay(c, c.upstream(), c.downstream(), stake, reason);
        }
        return 0;
    }

    private double indexChange(IndexChange c, Year y) throws SettlementException {
        WaterBodyType type = agreement.sections().get(c.section()).waterBody();
        refuseGaps(c, c.section(), y.year() - 1, required(c.evaluation(), c.section()));
        refuseGaps(c, c.section(), y.year(), required(c.evaluation(), c.section()));
        OptionalDouble now = pollutionIndex(c, c.section(), y.year(), c.evaluation(), c.target());
        OptionalDouble before = pollutionIndex(c, c.section(), y.year() - 1, c.evaluation(), c.target());
        if (now.isEmpty() || before.isEmpty()) {
            throw new SettlementException(c.id(), c.id() + ": the index change needs data at " + c.section() + " in "
                    + (y.year() - 1) + " and " + y.year());
        }
        double points = 100 * (before.getAsDouble() - now.getAsDouble()) / before.getAsDouble();
        y.measure(c, c.section(), "index_change_points", points, OptionalDouble.empty(), Optional.of(points >= 0));
        double amount = Math.min(c.cap(), c.perPoint() * Math.abs(points));
        String reason = String.format(Locale.ROOT, "pollution index %.3f → %.3f: %+.2f points%s", before.getAsDouble(),
                now.getAsDouble(), points, amount >= c.cap() ? " (capped)" : "");
        if (points > 0) {
            y.pay(c, c.downstream(), c.upstream(), amount, reason);
        } else if (points < 0) {
            y.pay(c, c.upstream(), c.downstream(), amount, reason);
        }
        return points >= 0 ? 1 : 0;
    }

    /** Mean over the graded indicators of C/limit (DO: limit/C) for the target class. */
    private OptionalDouble pollutionIndex(Clause c, String section, int year, SingleFactorEvaluation evaluation,
                                          WaterClass target) throws SettlementException {
        Optional<AnnualMean> a = record.year(section, year);
        if (a.isEmpty()) {
            return OptionalDouble.empty();
        }
        WaterBodyType type = agreement.sections().get(section).waterBody();
        double sum = 0;
        int n = 0;
        for (Indicator i : evaluation.indicators()) {
            Optional<Double> limit = evaluation.limit(i, type, target);
            if (limit.isEmpty()) {
                continue;
            }
            double v = value(c, a.get(), i);
            sum += i.direction() == Direction.LOWER_BOUND ? limit.get() / v : v / limit.get();
            n++;
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    // ---------------------------------------------------------------- fines

    private double exceedanceFine(ExceedanceFine c, Year y) throws SettlementException {
        WaterBodyType type = agreement.sections().get(c.section()).waterBody();
        refuseGaps(c, c.section(), y.year(), required(c.evaluation(), c.section()));
        double total = 0;
        int fines = 0;
        List<MonthlyMean> months = record.monthsOf(c.section(), y.year());
        for (MonthlyMean m : months) {
            for (Indicator i : c.evaluation().indicators()) {
                Optional<Double> limit = c.evaluation().limit(i, type, c.target());
                Double v = m.means().get(i);
                if (limit.isEmpty() || v == null) {
                    continue;
                }
                double excess = i.direction() == Direction.LOWER_BOUND ? (limit.get() - v) / limit.get()
                        : (v - limit.get()) / limit.get();
                for (FineTier t : c.tiers()) {
                    // m is computed in binary floating point: 1.1 against 1.0 gives 0.10000000000000009,
                    // which must stay on the band edge it stands for.
                    if (excess > t.above() + EPS && excess <= t.upTo() + EPS) {
                        total += t.base() * (1 + excess);
                        fines++;
                        y.measure(c, c.section(), "exceedance " + i.code() + " " + m.month(), excess,
                                OptionalDouble.of(t.above()), Optional.of(false));
                    }
                }
            }
        }
        y.pay(c, c.payer(), c.payee(), total, String.format(Locale.ROOT, "%d monthly exceedances of %s limits in %d months",
                fines, c.target().label(), months.size()));
        return fines == 0 ? 1 : 0;
    }

    private double loadFine(LoadFine c, Year y) throws SettlementException {
        refuseGaps(c, c.section(), y.year(), c.prices().keySet());
        double total = 0;
        double tonnes = 0;
        for (MonthlyMean m : record.monthsOf(c.section(), y.year())) {
            for (Map.Entry<Indicator, Double> e : c.prices().entrySet()) {
                Double v = m.means().get(e.getKey());
                double limit = c.limits().get(e.getKey());
                if (v == null || v <= limit) {
                    continue;
                }
                Double q = m.means().get(Indicator.FLOW);
                if (q == null) {
                    throw new SettlementException(c.id(), c.id() + ": the load fine needs flow at " + c.section() + " in "
                            + m.month() + ", where " + e.getKey().code() + " exceeds its limit");
                }
                // mg/L × m³ = g; ÷ 1e6 for tonnes.
                double t = (v - limit) * q * MonitoringRecord.secondsIn(m.month()) / 1e6;
                tonnes += t;
                total += t * e.getValue();
            }
        }
        y.measure(c, c.section(), "excess_load_t", tonnes, OptionalDouble.empty(), Optional.of(tonnes == 0));
        y.pay(c, c.payer(), c.payee(), total, String.format(Locale.ROOT, "excess load %.2f t", tonnes));
        return tonnes == 0 ? 1 : 0;
    }

    // ---------------------------------------------------------------- funds and awards

    private double pooledFund(PooledFund c, Year y) throws SettlementException {
        double fund = amount(c, c.fund(), y.year());
        List<Payment> in = new ArrayList<>();
        for (Map.Entry<String, Double> e : c.contributions().entrySet()) {
            in.add(new Payment(e.getKey(), c.account(), fund * e.getValue(),
                    String.format(Locale.ROOT, "contribution %.1f%% of the fund", 100 * e.getValue())));
        }
        Map<String, Integer> sectionsOf = new HashMap<>();
        c.sections().forEach(s -> sectionsOf.merge(s.responsible(), 1, Integer::sum));
        List<Payment> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : c.allocations().entrySet()) {
            if (!sectionsOf.containsKey(e.getKey())) {
                out.add(new Payment(c.account(), e.getKey(), fund * e.getValue(),
                        String.format(Locale.ROOT, "allocation %.1f%%", 100 * e.getValue())));
            }
        }
        int passed = 0;
        for (FundSection s : c.sections()) {
            double part = fund * c.allocations().getOrDefault(s.responsible(), 0.0) / sectionsOf.get(s.responsible());
            SectionTest t = test(c, c.test(), s.name(), y);
            if (t.passed()) {
                passed++;
                out.add(new Payment(c.account(), s.responsible(), part, "allocation; " + t.reason()));
            } else {
                for (Map.Entry<String, Double> r : s.onFailure().entrySet()) {
                    out.add(new Payment(c.account(), r.getKey(), part * r.getValue(),
                            String.format(Locale.ROOT, "%.0f%% of %s's allocation rerouted; %s", 100 * r.getValue(),
                                    s.responsible(), t.reason())));
                }
            }
        }
        // Round each side to the fen so that both sum to the same rounded fund: the account nets 0.
        for (List<Payment> side : List.of(in, out)) {
            double[] fen = toFenKeepingSum(side.stream().mapToDouble(Payment::amount).toArray(), fund);
            for (int i = 0; i < fen.length; i++) {
                Payment p = side.get(i);
                y.pay(c, p.payer(), p.payee(), fen[i], p.reason());
            }
        }
        return passed == c.sections().size() ? 1 : 0;
    }

    /** A payment before rounding. */
    private record Payment(String payer, String payee, double amount, String reason) {
    }

    /**
     * Rounds amounts to the fen so that they sum to the total rounded to the fen (largest remainder
     * method; ties go to the earlier amount).
     *
     * @param amounts amounts in yuan that sum to {@code total} up to floating-point error
     * @param total their exact sum
     * @return the rounded amounts
     */
    static double[] toFenKeepingSum(double[] amounts, double total) {
        long target = Math.round(total * 100);
        long[] fen = new long[amounts.length];
        double[] remainder = new double[amounts.length];
        long sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            double cents = amounts[i] * 100;
            fen[i] = (long) Math.floor(cents + 1e-7);
            remainder[i] = cents - fen[i];
            sum += fen[i];
        }
        Integer[] order = new Integer[amounts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; sum < target && k < order.length; k++, sum++) {
            fen[order[k]]++;
        }
        double[] out = new double[amounts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fen[i] / 100.0;
        }
        return out;
    }

    private double conditional(Clause c, Optional<String> condition, boolean proportional, String payer, String payee,
                               AmountSchedule amount, Year y) throws SettlementException {
        double share = 1;
        String reason = "unconditional";
        if (condition.isPresent()) {
            Double outcome = y.outcomes().get(condition.get());
            if (outcome == null) {
                throw new SettlementException(c.id(), c.id() + ": its condition " + condition.get()
                        + " is not a quality clause of round " + y.round().name());
            }
            share = proportional ? outcome : (outcome >= 1 - EPS ? 1 : 0);
            reason = String.format(Locale.ROOT, "%s %s%s", condition.get(), outcome >= 1 - EPS ? "passed" : "did not pass",
                    proportional ? String.format(Locale.ROOT, " (share %.1f%%)", 100 * outcome) : "");
        }
        y.pay(c, payer, payee, amount(c, amount, y.year()) * share, reason);
        return share;
    }

    private double waterQuantity(WaterQuantity c, Year y) throws SettlementException {
        int passed = 0;
        int failed = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(y.year(), m);
            Optional<Double> q = record.month(c.section(), month).map(mm -> mm.means().get(Indicator.FLOW));
            OptionalDouble low = record.minFlow(c.section(), month);
            Boolean ok;
            if (q.isEmpty() || low.isEmpty()) {
                ok = switch (missingMonths) {
                    case EXCLUDE -> null;
                    case COUNT_AS_FAILED -> false;
                    case REFUSE -> throw new SettlementException(c.id(), c.id() + ": no flow data at " + c.section()
                            + " in " + month + " and the missing-month policy is refuse");
                };
            } else {
                ok = q.get() * MonitoringRecord.secondsIn(month) >= c.minMonthlyVolume() && low.getAsDouble() >= c.minFlow();
            }
            if (ok != null) {
                passed += ok ? 1 : 0;
                failed += ok ? 0 : 1;
            }
        }
        y.measure(c, c.section(), "months_passed", passed, OptionalDouble.empty(), Optional.empty());
        y.measure(c, c.section(), "months_failed", failed, OptionalDouble.empty(), Optional.empty());
        double stake = amount(c, c.monthlyStake(), y.year());
        String reason = String.format(Locale.ROOT, "%d months meet volume >= %.0f m3 and flow >= %.1f m3/s, %d do not",
                passed, c.minMonthlyVolume(), c.minFlow(), failed);
        y.pay(c, c.downstream(), c.upstream(), stake * passed, reason);
        if (c.upstreamPaysOnFailure()) {
            y.pay(c, c.upstream(), c.downstream(), stake * failed, reason);
        }
        return passed + failed == 0 ? 0 : (double) passed / (passed + failed);
    }

    // ---------------------------------------------------------------- data access

    private AnnualMean annual(Clause c, String section, int year) throws SettlementException {
        return record.year(section, year).orElseThrow(() -> new SettlementException(c.id(),
                c.id() + ": no monitoring data at " + section + " in " + year));
    }

    /** The class a test of a year's annual mean works with, and how the ledger names it. */
    private record AnnualGrade(WaterClass grade, String label) {
    }

    /**
     * The class of a section's annual mean on an evaluation, after the missing-month policy: a year with
     * months without complete data is 劣Ⅴ under count-as-failed (unless those months are counted
     * elsewhere) and refused under refuse.
     */
    private AnnualGrade annualGrade(Clause c, SingleFactorEvaluation evaluation, String section, int year)
            throws SettlementException {
        return annualGrade(c, evaluation, section, year, false);
    }

    private AnnualGrade annualGrade(Clause c, SingleFactorEvaluation evaluation, String section, int year,
                                    boolean gapsCountedElsewhere) throws SettlementException {
        WaterBodyType type = agreement.sections().get(section).waterBody();
        Optional<String> incomplete = incompleteYear(c, section, year, required(evaluation, section));
        if (incomplete.isPresent() && !gapsCountedElsewhere) {
            return new AnnualGrade(WaterClass.WORSE_THAN_V, incomplete.get() + ": annual class " + WaterClass.WORSE_THAN_V.label());
        }
        AnnualMean a = annual(c, section, year);
        Set<Indicator> unmeasured = evaluation.unmeasured(a.means(), type);
        if (!unmeasured.isEmpty() && incomplete.isPresent()) {
            // count-as-failed beside a monthly rate: an indicator missing all year fails the annual test too
            return new AnnualGrade(WaterClass.WORSE_THAN_V, "no " + codes(unmeasured) + " in the annual mean, "
                    + incomplete.get() + ": annual class " + WaterClass.WORSE_THAN_V.label());
        }
        if (!unmeasured.isEmpty()) {
            throw new SettlementException(c.id(), c.id() + ": no " + codes(unmeasured) + " data at " + section + " in " + year
                    + " to grade the annual mean");
        }
        WaterClass cls = evaluation.grade(a.means(), type).orElseThrow().waterClass();
        return new AnnualGrade(cls, "annual class " + cls.label());
    }

    /**
     * The class of a section's monthly mean on an evaluation, after the missing-month policy: empty when
     * a month without complete data is excluded, 劣Ⅴ when it counts as failed; refused under refuse.
     */
    private Optional<WaterClass> monthClass(Clause c, SingleFactorEvaluation evaluation, String section, YearMonth month)
            throws SettlementException {
        Optional<MonthlyMean> mean = record.month(section, month);
        if (mean.isPresent() && complete(mean.get(), required(evaluation, section))) {
            WaterBodyType type = agreement.sections().get(section).waterBody();
            return Optional.of(evaluation.grade(mean.get().means(), type).orElseThrow().waterClass());
        }
        return switch (missingMonths) {
            case EXCLUDE -> Optional.empty();
            case COUNT_AS_FAILED -> Optional.of(WaterClass.WORSE_THAN_V);
            case REFUSE -> throw new SettlementException(c.id(), c.id() + ": no complete data at " + section + " in " + month
                    + " and the missing-month policy is refuse");
        };
    }

    /** The indicators an evaluation grades at a section: those a month must have to be complete. */
    private Set<Indicator> required(SingleFactorEvaluation evaluation, String section) {
        return evaluation.unmeasured(Map.of(), agreement.sections().get(section).waterBody());
    }

    /** Whether a month's means hold every required indicator. */
    private static boolean complete(MonthlyMean mean, Set<Indicator> required) {
        return mean.means().keySet().containsAll(required);
    }

    /**
     * The months of a year at a section that lack data a test needs, each with what it lacks
     * ("2020-07 no NH3-N", "2020-08 no data"). A complete year (the usual case, and every Monte Carlo
     * draw) costs twelve look-ups and builds nothing.
     */
    private List<String> gaps(String section, int year, Set<Indicator> required) {
        List<String> out = List.of();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            Optional<MonthlyMean> mean = record.month(section, month);
            if (mean.isPresent() && complete(mean.get(), required)) {
                continue;
            }
            if (out.isEmpty()) {
                out = new ArrayList<>();
            }
            if (mean.isEmpty()) {
                out.add(month + " no data");
            } else {
                Set<Indicator> lacks = EnumSet.copyOf(required);
                lacks.removeAll(mean.get().means().keySet());
                out.add(month + " no " + codes(lacks));
            }
        }
        return out;
    }

    /**
     * Applies the missing-month policy to a test of a whole year's figure: nothing when the year is
     * complete or the policy excludes the gaps, why the year fails under count-as-failed, a refusal
     * under refuse.
     */
    private Optional<String> incompleteYear(Clause c, String section, int year, Set<Indicator> required)
            throws SettlementException {
        if (missingMonths == MissingMonthPolicy.EXCLUDE) {
            return Optional.empty();
        }
        List<String> gaps = gaps(section, year, required);
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        if (missingMonths == MissingMonthPolicy.REFUSE) {
            throw new SettlementException(c.id(), c.id() + ": " + section + " lacks data in " + year + " ("
                    + String.join(", ", gaps) + ") and the missing-month policy is refuse");
        }
        return Optional.of(gaps.size() + (gaps.size() == 1 ? " month" : " months") + " without complete data ("
                + String.join(", ", gaps) + ") count as failed");
    }

    /**
     * Under refuse, stops a clause whose figure sums or averages the months with data (fines, index
     * change) when a month lacks data; the other policies use the months with data.
     */
    private void refuseGaps(Clause c, String section, int year, Set<Indicator> required) throws SettlementException {
        if (missingMonths == MissingMonthPolicy.REFUSE) {
            incompleteYear(c, section, year, required);
        }
    }

    /** "; months without complete data excluded: 2017-03 no data, 2017-07 no NH3-N", or nothing for a complete year. */
    private String gapNote(String section, int year, Set<Indicator> required) {
        List<String> gaps = gaps(section, year, required);
        return gaps.isEmpty() ? "" : "; months without complete data "
                + (missingMonths == MissingMonthPolicy.EXCLUDE ? "excluded" : "count as failed") + ": " + String.join(", ", gaps);
    }

    private static String codes(Set<Indicator> indicators) {
        return String.join(", ", indicators.stream().sorted().map(Indicator::code).toList());
    }

    private static double value(Clause c, AnnualMean a, Indicator i) throws SettlementException {
        Double v = a.means().get(i);
        if (v == null) {
            throw new SettlementException(c.id(), c.id() + ": no " + i.code() + " data at " + a.section() + " in " + a.year());
        }
        return v;
    }

    private static double amount(Clause c, AmountSchedule schedule, int year) throws SettlementException {
        OptionalDouble v = schedule.in(year);
        if (v.isEmpty()) {
            throw new SettlementException(c.id(), c.id() + ": its amount schedule has no entry for " + year);
        }
        return v.getAsDouble();
    }
}
