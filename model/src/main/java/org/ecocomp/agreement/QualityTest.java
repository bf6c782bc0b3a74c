package org.ecocomp.agreement;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterClass;

/**
 * What a section must achieve in a year: the single-factor class of its annual mean meets the
 * target, and/or the share of months whose monthly-mean class meets the target reaches a rate.
 *
 * @param evaluation the indicators of the single-factor class
 * @param target the target class
 * @param annualMean whether the annual mean's class must meet the target
 * @param monthlyRate the monthly compliance-rate target per year; a year without an entry uses
 *     {@code defaultRate}
 * @param defaultRate the monthly compliance-rate target of years not in {@code monthlyRate}, if any
 */
public record QualityTest(SingleFactorEvaluation evaluation, WaterClass target, boolean annualMean,
                          Map<Integer, Double> monthlyRate, OptionalDouble defaultRate) {

    /** Checks that at least one test is asked for and rates lie in [0, 1]. */
    public QualityTest {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(target, "target");
        monthlyRate = Collections.unmodifiableMap(new TreeMap<>(monthlyRate));
        if (!annualMean && monthlyRate.isEmpty() && defaultRate.isEmpty()) {
            throw new IllegalArgumentException("a quality test needs annualMean or monthlyRate");
        }
        monthlyRate.values().forEach(QualityTest::checkRate);
        defaultRate.ifPresent(QualityTest::checkRate);
    }

    private static void checkRate(double r) {
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalArgumentException("a compliance-rate target lies in [0, 1], was " + r);
        }
    }

    /** The monthly compliance-rate target in a year, if the test has one. */
    public OptionalDouble rateIn(int year) {
        Double r = monthlyRate.get(year);
        return r != null ? OptionalDouble.of(r) : defaultRate;
    }
}
