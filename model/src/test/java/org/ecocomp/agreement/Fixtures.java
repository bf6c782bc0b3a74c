package org.ecocomp.agreement;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.ecocomp.basin.Party;
import org.ecocomp.basin.Section;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;

/**
 * Builders shared by the settlement tests: hand-made monthly samples (one per month unless a test
 * says otherwise), agreements, and ledger sums.
 */
final class Fixtures {

    /** 亿元 in yuan. */
    static final double YI = 1e8;
    /** 万元 in yuan. */
    static final double WAN = 1e4;
    /** Half a fen: ledger amounts are rounded to the fen. */
    static final double FEN = 0.005;

    private Fixtures() {
    }

    /** Indicator values from pairs: {@code values(CODMN, 2.5, NH3N, 0.3)}. */
    static Map<Indicator, Double> values(Object... pairs) {
        Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((Indicator) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return out;
    }

    /** Values plus a flow in m³/s. */
    static Map<Indicator, Double> withFlow(Map<Indicator, Double> values, double flow) {
        Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
        out.putAll(values);
        out.put(Indicator.FLOW, flow);
        return out;
    }

    /** One sample on the 15th of the month at 10:00. */
    static Sample sample(String section, int year, int month, Map<Indicator, Double> values) {
        return new Sample(section, LocalDateTime.of(year, month, 15, 10, 0), values);
    }

    /** One sample on a given day of the month at 10:00. */
    static Sample sample(String section, int year, int month, int day, Map<Indicator, Double> values) {
        return new Sample(section, LocalDateTime.of(year, month, day, 10, 0), values);
    }

    /** Twelve monthly samples with the same values. */
    static List<Sample> year(String section, int year, Map<Indicator, Double> values) {
        return year(section, year, m -> values);
    }

    /** Twelve monthly samples, month (1–12) → values; a null value leaves the month without data. */
    static List<Sample> year(String section, int year, IntFunction<Map<Indicator, Double>> valuesOfMonth) {
        List<Sample> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Map<Indicator, Double> v = valuesOfMonth.apply(m);
            if (v != null) {
                out.add(sample(section, year, m, v));
            }
        }
        return out;
    }

    /** Concatenates sample lists. */
    @SafeVarargs
    static List<Sample> all(List<Sample>... lists) {
        List<Sample> out = new ArrayList<>();
        for (List<Sample> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** Indexes samples with annual means as the mean of monthly means. */
    static MonitoringRecord record(Collection<Sample> samples) {
        return MonitoringRecord.of(samples, AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS);
    }

    /** An evaluation over the given indicators. */
    static SingleFactorEvaluation evaluation(Indicator first, Indicator... rest) {
        return new SingleFactorEvaluation(EnumSet.of(first, rest));
    }

    /** A test of the annual mean's class only. */
    static QualityTest annualTest(SingleFactorEvaluation evaluation, WaterClass target) {
        return new QualityTest(evaluation, target, true, Map.of(), OptionalDouble.empty());
    }

    /** A fixed amount. */
    static AmountSchedule fixed(double yuan) {
        return new AmountSchedule.Fixed(yuan);
    }

    /**
     * An agreement whose river sections are given as name → responsible party.
     *
     * @param parties party codes (CENTRAL allowed)
     * @param sections section name → party, in order
     * @param rounds the rounds
     */
    static Agreement agreement(List<String> parties, Map<String, String> sections, Round... rounds) {
        Map<String, Party> p = new LinkedHashMap<>();
        for (String code : parties) {
            p.put(code, new Party(code, code));
        }
        Map<String, Section> s = new LinkedHashMap<>();
        sections.forEach((name, party) -> s.put(name, new Section(name, party, WaterBodyType.RIVER)));
        return new Agreement("test", p, s, List.of(rounds));
    }

    /** Settles with the count-as-failed policy. */
    static Ledger settle(Agreement agreement, Collection<Sample> samples) throws SettlementException {
        return settle(agreement, samples, MissingMonthPolicy.COUNT_AS_FAILED);
    }

    /** Settles with a missing-month policy. */
    static Ledger settle(Agreement agreement, Collection<Sample> samples, MissingMonthPolicy policy)
            throws SettlementException {
        return new Settlement(agreement, record(samples), policy).settle();
    }

    /** Total paid from payer to payee over all years. */
    static double paid(Ledger ledger, String payer, String payee) {
        return ledger.transfers().stream().filter(t -> t.payer().equals(payer) && t.payee().equals(payee))
                .mapToDouble(Transfer::amount).sum();
    }

    /** Total paid from payer to payee in a year. */
    static double paid(Ledger ledger, String payer, String payee, int year) {
        return ledger.transfers().stream().filter(t -> t.year() == year && t.payer().equals(payer) && t.payee().equals(payee))
                .mapToDouble(Transfer::amount).sum();
    }

    /** The transfers of one clause in one year. */
    static List<Transfer> transfers(Ledger ledger, String clause, int year) {
        return ledger.transfers().stream().filter(t -> t.clause().equals(clause) && t.year() == year).toList();
    }

    /** An account's net over all years. */
    static double net(Ledger ledger, String account) {
        return ledger.balance(account, OptionalInt.empty()).net();
    }

    /** An account's net in a year. */
    static double net(Ledger ledger, String account, int year) {
        return ledger.balance(account, OptionalInt.of(year)).net();
    }

    /** The value of a named measure of a clause in a year (and section, if given). */
    static double measure(Ledger ledger, String clause, int year, String name) {
        return findMeasure(ledger, clause, year, name).orElseThrow(() -> new AssertionError(
                "no measure " + name + " of " + clause + " in " + year)).value();
    }

    /** A named measure of a clause in a year. */
    static Optional<Measure> findMeasure(Ledger ledger, String clause, int year, String name) {
        return ledger.measures().stream().filter(m -> m.clause().equals(clause) && m.year() == year && m.name().equals(name))
                .findFirst();
    }
}
