package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Properties of GB 3838 grading over arbitrary values: monotonicity of the class in the value,
 * agreement with GB 3838-2002 Table 1 as transcribed in {@link Table1}, and single-factor evaluation
 * as the worst of the individual classes.
 */
class Gb3838PropertyTest {

    private static final EnumSet<Indicator> WITH_LIMITS = EnumSet.of(Indicator.DO, Indicator.CODMN, Indicator.COD,
            Indicator.BOD5, Indicator.NH3N, Indicator.TP, Indicator.TN);

    /** Values from 0 to 50 mg/L, mixed with every limit of Table 1 so that boundaries are hit often. */
    @Provide
    Arbitrary<Double> values() {
        List<Double> limits = new ArrayList<>();
        for (Table1.Row row : Table1.ROWS) {
            for (double l : row.limits()) {
                limits.add(l);
            }
        }
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 50).ofScale(4),
                Arbitraries.doubles().between(0, 2.5).ofScale(4),
                Arbitraries.of(limits));
    }

    @Provide
    Arbitrary<Indicator> indicatorsWithLimits() {
        return Arbitraries.of(WITH_LIMITS);
    }

    @Property
    void aWorseValueNeverGivesABetterClass(@ForAll("indicatorsWithLimits") Indicator indicator,
                                           @ForAll WaterBodyType type,
                                           @ForAll("values") double a, @ForAll("values") double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        Optional<WaterClass> atLow = Gb3838.classify(indicator, low, type);
        Optional<WaterClass> atHigh = Gb3838.classify(indicator, high, type);
        if (indicator == Indicator.TN && type == WaterBodyType.RIVER) {
            assertTrue(atLow.isEmpty() && atHigh.isEmpty());
            return;
        }
        int lowClass = atLow.orElseThrow().number();
        int highClass = atHigh.orElseThrow().number();
        if (indicator.direction() == Direction.LOWER_BOUND) {
            assertTrue(highClass <= lowClass, "DO " + high + " is " + highClass + " but " + low + " is " + lowClass);
        } else {
            assertTrue(lowClass <= highClass, indicator + " " + low + " is " + lowClass + " but " + high + " is "
                    + highClass);
        }
    }

    @Property
    void classifyAgreesWithTable1(@ForAll Indicator indicator, @ForAll WaterBodyType type,
                                  @ForAll("values") double value) {
        assertEquals(Table1.classOf(indicator, value, type), Gb3838.classify(indicator, value, type),
                indicator + " " + type + " " + value);
    }

    @Property
    void phIsClassIExactlyFromSixToNine(@ForAll WaterBodyType type,
                                        @ForAll @DoubleRange(min = 0, max = 14) double ph) {
        WaterClass expected = ph >= 6 && ph <= 9 ? WaterClass.I : WaterClass.WORSE_THAN_V;
        assertEquals(Optional.of(expected), Gb3838.classify(Indicator.PH, ph, type));
    }

    /**
     * Maps of measured values: each indicator measured or not, in a range plausible for it (pH 4 to 10,
     * flow up to 1000 m³/s, concentrations from clean to well past Class V).
     */
    @Provide
    Arbitrary<Map<Indicator, Double>> measurements() {
        List<Arbitrary<Double>> perIndicator = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            Arbitrary<Double> value = switch (i) {
                case PH -> Arbitraries.doubles().between(4, 10).ofScale(4);
                case DO -> Arbitraries.doubles().between(0, 12).ofScale(4);
                case CODMN -> Arbitraries.doubles().between(0, 20).ofScale(4);
                case COD -> Arbitraries.doubles().between(0, 50).ofScale(4);
                case BOD5 -> Arbitraries.doubles().between(0, 12).ofScale(4);
                case NH3N, TN -> Arbitraries.doubles().between(0, 2.5).ofScale(4);
                case TP -> Arbitraries.doubles().between(0, 0.5).ofScale(4);
                case FLOW -> Arbitraries.doubles().between(0, 1000).ofScale(4);
            };
            perIndicator.add(value.injectNull(0.3)); // null: not measured
        }
        return Combinators.combine(perIndicator).as(drawn -> {
            Map<Indicator, Double> map = new EnumMap<>(Indicator.class);
            for (Indicator i : Indicator.values()) {
                if (drawn.get(i.ordinal()) != null) {
                    map.put(i, drawn.get(i.ordinal()));
                }
            }
            return map;
        });
    }

    @Provide
    Arbitrary<Set<Indicator>> evaluatedSets() {
        return Arbitraries.subsetOf(EnumSet.complementOf(EnumSet.of(Indicator.FLOW))).ofMinSize(1);
    }

    @Property
    void singleFactorClassIsTheWorstIndividualClass(@ForAll("evaluatedSets") Set<Indicator> evaluated,
                                                   @ForAll("measurements") Map<Indicator, Double> values,
                                                   @ForAll WaterBodyType type) {
        WaterClass worst = null;
        for (Indicator i : evaluated) {
            if (values.containsKey(i)) {
                Optional<WaterClass> c = Gb3838.classify(i, values.get(i), rowOf(i, type));
                if (c.isPresent() && (worst == null || c.get().number() > worst.number())) {
                    worst = c.get();
                }
            }
        }
        Optional<Grade> grade = new SingleFactorEvaluation(evaluated).grade(values, type);
        if (worst == null) {
            assertEquals(Optional.empty(), grade);
            return;
        }
        assertEquals(worst, grade.orElseThrow().waterClass());
        EnumSet<Indicator> limiting = EnumSet.noneOf(Indicator.class);
        for (Indicator i : evaluated) {
            if (values.containsKey(i) && Gb3838.classify(i, values.get(i), rowOf(i, type)).equals(Optional.of(worst))) {
                limiting.add(i);
            }
        }
        assertEquals(limiting, grade.get().limiting());
    }

    /** An evaluation that lists TN grades it on Table 1's single TN row (lakes and reservoirs) at rivers too. */
    private static WaterBodyType rowOf(Indicator i, WaterBodyType type) {
        return i == Indicator.TN ? WaterBodyType.LAKE : type;
    }
}
