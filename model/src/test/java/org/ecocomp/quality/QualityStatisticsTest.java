package org.ecocomp.quality;

import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.FLOW;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Monthly and annual means, expected values computed by hand. */
class QualityStatisticsTest {

    private static final double EPS = 1e-12;

    private static Sample at(String section, int year, int month, int day, Map<Indicator, Double> values) {
        return new Sample(section, LocalDateTime.of(year, month, day, 10, 0), values);
    }

    /**
     * An unbalanced year at 石角: January has three samples, February one.
     * NH3-N: Jan 0.3, 0.6, 1.2; Feb 1.5. CODMn: Jan 2, 4 (the third sample did not measure it); Feb 5.
     */
    private static final List<Sample> UNBALANCED = List.of(
            at("石角", 2019, 1, 3, Map.of(NH3N, 0.3, CODMN, 2.0)),
            at("石角", 2019, 1, 14, Map.of(NH3N, 0.6, CODMN, 4.0)),
            at("石角", 2019, 1, 28, Map.of(NH3N, 1.2)),
            at("石角", 2019, 2, 10, Map.of(NH3N, 1.5, CODMN, 5.0)));

    @Test
    void monthlyMeansAverageEachIndicatorOverTheSamplesThatMeasuredIt() {
        List<MonthlyMean> means = QualityStatistics.monthlyMeans(UNBALANCED);
        assertEquals(2, means.size());

        MonthlyMean jan = means.get(0);
        assertEquals("石角", jan.section());
        assertEquals(YearMonth.of(2019, 1), jan.month());
        assertEquals(3, jan.samples());
        assertEquals(0.7, jan.means().get(NH3N), EPS); // (0.3 + 0.6 + 1.2) / 3
        assertEquals(3.0, jan.means().get(CODMN), EPS); // (2 + 4) / 2, not / 3

        MonthlyMean feb = means.get(1);
        assertEquals(YearMonth.of(2019, 2), feb.month());
        assertEquals(1, feb.samples());
        assertEquals(1.5, feb.means().get(NH3N), EPS);
        assertEquals(5.0, feb.means().get(CODMN), EPS);
    }

    @Test
    void annualMeanOfMonthlyMeansWeighsEachMonthTheSame() {
        AnnualMean a = single(QualityStatistics.annualMeans(UNBALANCED, AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS));
        assertEquals("石角", a.section());
        assertEquals(2019, a.year());
        assertEquals(2, a.months());
        assertEquals(4, a.samples());
        assertEquals(AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS, a.method());
        assertEquals(1.1, a.means().get(NH3N), EPS);  // (0.7 + 1.5) / 2
        assertEquals(4.0, a.means().get(CODMN), EPS); // (3 + 5) / 2
    }

    @Test
    void annualMeanOfSamplesWeighsEachSampleTheSame() {
        AnnualMean a = single(QualityStatistics.annualMeans(UNBALANCED, AnnualMeanMethod.MEAN_OF_SAMPLES));
        assertEquals(2, a.months());
        assertEquals(4, a.samples());
        assertEquals(AnnualMeanMethod.MEAN_OF_SAMPLES, a.method());
        assertEquals(0.9, a.means().get(NH3N), EPS);        // (0.3 + 0.6 + 1.2 + 1.5) / 4
        assertEquals(11.0 / 3, a.means().get(CODMN), EPS);  // (2 + 4 + 5) / 3
    }

    @Test
    void theTwoAnnualMethodsCanGiveDifferentClasses() {
        // GB 3838-2002 Table 1: NH3-N 1.1 is Class IV (above 1.0), 0.9 is Class III
        double monthly = single(QualityStatistics.annualMeans(UNBALANCED, AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS))
                .means().get(NH3N);
        double samples = single(QualityStatistics.annualMeans(UNBALANCED, AnnualMeanMethod.MEAN_OF_SAMPLES))
                .means().get(NH3N);
        assertEquals(Optional.of(WaterClass.IV), Gb3838.classify(NH3N, monthly, WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.III), Gb3838.classify(NH3N, samples, WaterBodyType.RIVER));
    }

    @Test
    void sectionsAndMonthsAreSeparatedAndOrdered() {
        List<Sample> samples = List.of(
                at("B", 2019, 1, 5, Map.of(NH3N, 1.0)),
                at("A", 2019, 1, 31, Map.of(NH3N, 0.2)),
                at("A", 2018, 12, 31, Map.of(NH3N, 0.4)),
                at("A", 2019, 1, 1, Map.of(NH3N, 0.6)));
        List<MonthlyMean> means = QualityStatistics.monthlyMeans(samples);
        assertEquals(List.of("A 2018-12 0.4 1", "A 2019-01 0.4 2", "B 2019-01 1.0 1"),
                means.stream().map(m -> m.section() + " " + m.month() + " "
                        + Math.round(m.means().get(NH3N) * 1e9) / 1e9 + " " + m.samples()).toList());

        List<AnnualMean> annual = QualityStatistics.annualMeans(samples, AnnualMeanMethod.MEAN_OF_SAMPLES);
        assertEquals(List.of("A 2018", "A 2019", "B 2019"),
                annual.stream().map(a -> a.section() + " " + a.year()).toList());
        assertEquals(0.4, annual.get(1).means().get(NH3N), EPS); // (0.2 + 0.6) / 2, December 2018 not included
    }

    @Test
    void aMonthWithOnlyFlowHasAMeanWithoutQualityIndicators() {
        MonthlyMean m = single(QualityStatistics.monthlyMeans(List.of(
                at("兴宁电站", 2020, 3, 1, Map.of(FLOW, 80.0)),
                at("兴宁电站", 2020, 3, 15, Map.of(FLOW, 100.0)))));
        assertEquals(Map.of(FLOW, 90.0), m.means());
        assertEquals(2, m.samples());
    }

    /**
     * Means that equal a class limit in exact arithmetic meet it, although binary floating point puts
     * them a unit in the last place beyond: the twelve CODMn values sum to 72.0 (by hand), mean 6 = the
     * Class Ⅲ limit; the three TP values sum to 0.60, mean 0.2 = the river Class Ⅲ limit.
     */
    @Test
    void aMeanExactlyOnALimitInDecimalArithmeticMeetsIt() {
        double[] codMn = {6.4, 4.1, 5.0, 7.2, 5.7, 4.7, 6.2, 6.8, 6.7, 5.5, 5.8, 7.9};
        List<Sample> year = new ArrayList<>();
        for (int m = 0; m < codMn.length; m++) {
            year.add(at("X", 2020, m + 1, 15, Map.of(CODMN, codMn[m])));
        }
        double annual = single(QualityStatistics.annualMeans(year, AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS))
                .means().get(CODMN);
        assertNotEquals(6.0, annual, "the case must exercise binary round-off");
        assertEquals(Optional.of(WaterClass.III), Gb3838.classify(CODMN, annual, WaterBodyType.RIVER));

        double tp = single(QualityStatistics.monthlyMeans(List.of(
                at("Y", 2020, 1, 5, Map.of(TP, 0.01)),
                at("Y", 2020, 1, 15, Map.of(TP, 0.2)),
                at("Y", 2020, 1, 25, Map.of(TP, 0.39))))).means().get(TP);
        assertNotEquals(0.2, tp, "the case must exercise binary round-off");
        assertEquals(Optional.of(WaterClass.III), Gb3838.classify(TP, tp, WaterBodyType.RIVER));
    }

    @Test
    void noSamplesGiveNoMeans() {
        assertEquals(List.of(), QualityStatistics.monthlyMeans(List.of()));
        assertEquals(List.of(), QualityStatistics.annualMeans(List.of(), AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS));
    }

    @Test
    void aMonthlyMeanNeedsASample() {
        assertThrows(IllegalArgumentException.class,
                () -> new MonthlyMean("石角", YearMonth.of(2019, 1), Map.of(NH3N, 1.0), 0));
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
