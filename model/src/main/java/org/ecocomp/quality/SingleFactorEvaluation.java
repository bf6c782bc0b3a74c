package org.ecocomp.quality;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Single-factor evaluation (单因子评价法): a section's class is the worst class of the evaluated
 * indicators. Indicators not measured are skipped ({@link #unmeasured} names them). GB 3838 Table 1
 * has one TN row, for lakes and reservoirs, and the Ministry's river evaluation leaves TN out (the
 * {@link #CNEMC} set has no TN); an evaluation that lists TN explicitly grades it on that row at
 * rivers too, as agreements that add TN at a river section do (豫鲁 round 2 at 刘庄 on the Yellow River).
 *
 * @param indicators the indicator set to evaluate
 */
public record SingleFactorEvaluation(Set<Indicator> indicators) {

    /**
     * The set CNEMC's real-time class is computed from: pH, DO, CODMn, NH3-N and TP (with lake TP
     * limits for lakes and reservoirs).
     */
    public static final SingleFactorEvaluation CNEMC = new SingleFactorEvaluation(
            EnumSet.of(Indicator.PH, Indicator.DO, Indicator.CODMN, Indicator.NH3N, Indicator.TP));

    /** Checks that the set is not empty and holds only quality indicators. */
    public SingleFactorEvaluation {
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("the indicator set of a single-factor evaluation is empty");
        }
        if (indicators.contains(Indicator.FLOW)) {
            throw new IllegalArgumentException("flow is not a water-quality indicator");
        }
        indicators = Collections.unmodifiableSet(EnumSet.copyOf(indicators));
    }

    /**
     * The class limit this evaluation applies to an indicator: GB 3838's, with TN's single row at rivers
     * too.
     *
     * @param indicator an evaluated indicator
     * @param type the water body
     * @param waterClass Class Ⅰ–Ⅴ
     * @return the limit in mg/L, or empty when none applies (pH, 劣Ⅴ)
     */
    public Optional<Double> limit(Indicator indicator, WaterBodyType type, WaterClass waterClass) {
        return Gb3838.limit(indicator, gradedAs(indicator, type), waterClass);
    }

    private static WaterBodyType gradedAs(Indicator indicator, WaterBodyType type) {
        return indicator == Indicator.TN ? WaterBodyType.LAKE : type;
    }

    /**
     * The evaluated indicators that GB 3838 grades for this water body but that have no value: a grade
     * of values that lack one rests on part of the evaluation only.
     *
     * @param values indicator values
     * @param type the water body
     * @return the unmeasured indicators, in indicator order; empty when the values are complete
     */
    public Set<Indicator> unmeasured(Map<Indicator, Double> values, WaterBodyType type) {
        EnumSet<Indicator> out = EnumSet.noneOf(Indicator.class);
        for (Indicator indicator : indicators) {
            if (Gb3838.isGraded(indicator, gradedAs(indicator, type)) && !values.containsKey(indicator)) {
                out.add(indicator);
            }
        }
        return out;
    }

    /**
     * Grades a set of values.
     *
     * @param values indicator values in canonical units
     * @param type the water body
     * @return the grade, or empty when none of the evaluated indicators has a value
     */
    public Optional<Grade> grade(Map<Indicator, Double> values, WaterBodyType type) {
        WaterClass worst = null;
        EnumSet<Indicator> limiting = EnumSet.noneOf(Indicator.class);
        for (Indicator indicator : indicators) {
            Double value = values.get(indicator);
            if (value == null) {
                continue;
            }
            Optional<WaterClass> c = Gb3838.classify(indicator, value, gradedAs(indicator, type));
            if (c.isEmpty()) {
                continue;
            }
            WaterClass cls = c.get();
            if (worst == null || cls.number() > worst.number()) {
                worst = cls;
                limiting.clear();
            }
            if (cls == worst) {
                limiting.add(indicator);
            }
        }
        return worst == null ? Optional.empty() : Optional.of(new Grade(worst, limiting));
    }
}
