package org.ecocomp.quality;

import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The whole assessment of a small data set, worked by hand (GB 3838-2002 Table 1, target Class Ⅲ). */
class AssessmentTest {

    private static Sample sample(String section, int month, int day, Map<Indicator, Double> values,
                                 Optional<WaterClass> reported) {
        return new Sample(section, LocalDateTime.of(2019, month, day, 8, 0), values, reported);
    }

    // river A: Jan NH3-N 0.3 (II, source says III) and 0.5 (II, no source class), Feb 1.2 (IV, source says IV)
    // lake B: Mar TP 0.04, lake Class III (a river would be II)
    private static final Sample A_FEB = sample("A", 2, 10, Map.of(NH3N, 1.2), Optional.of(WaterClass.IV));
    private static final Sample B_MAR = sample("B", 3, 1, Map.of(TP, 0.04), Optional.empty());
    private static final Sample A_JAN_5 = sample("A", 1, 5, Map.of(NH3N, 0.3), Optional.of(WaterClass.III));
    private static final Sample A_JAN_20 = sample("A", 1, 20, Map.of(NH3N, 0.5), Optional.empty());

    private static Assessment assess() throws MissingMonthsException {
        return Assessment.of(List.of(A_FEB, B_MAR, A_JAN_5, A_JAN_20),
                s -> s.equals("B") ? WaterBodyType.LAKE : WaterBodyType.RIVER,
                new ComplianceAssessment(SingleFactorEvaluation.CNEMC, WaterClass.III, MissingMonthPolicy.EXCLUDE),
                AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS);
    }

    @Test
    void everySampleIsGradedWithItsSectionsWaterBody() throws MissingMonthsException {
        Map<Sample, Assessment.GradedSample> bySample = new HashMap<>();
        assess().samples().forEach(g -> bySample.put(g.sample(), g));
        assertEquals(WaterClass.II, bySample.get(A_JAN_5).grade().orElseThrow().waterClass());
        assertEquals(WaterClass.IV, bySample.get(A_FEB).grade().orElseThrow().waterClass());
        assertEquals(WaterBodyType.LAKE, bySample.get(B_MAR).waterBody());
        assertEquals(WaterClass.III, bySample.get(B_MAR).grade().orElseThrow().waterClass());
        assertEquals(Optional.of(false), bySample.get(A_JAN_5).agreesWithSource());
        assertEquals(Optional.empty(), bySample.get(A_JAN_20).agreesWithSource());
        assertEquals(Optional.of(true), bySample.get(A_FEB).agreesWithSource());
    }

    /** The Javadoc of {@code Assessment.of} promises the result "ordered by section and time". */
    @Test
    void samplesAreOrderedBySectionAndTime() throws MissingMonthsException {
        assertEquals(List.of(A_JAN_5, A_JAN_20, A_FEB, B_MAR),
                assess().samples().stream().map(Assessment.GradedSample::sample).toList());
    }

    @Test
    void monthsAreGradedAgainstTheTarget() throws MissingMonthsException {
        List<Assessment.GradedMonth> months = assess().months();
        assertEquals(List.of("A 2019-01 II true", "A 2019-02 IV false", "B 2019-03 III true"),
                months.stream().map(m -> m.mean().section() + " " + m.mean().month() + " "
                        + m.compliance().grade().orElseThrow().waterClass() + " " + m.compliance().compliant())
                        .toList());
    }

    @Test
    void yearsCarryTheAnnualGradeAndTheMonthlyComplianceRate() throws MissingMonthsException {
        List<Assessment.GradedYear> years = assess().years();
        assertEquals(2, years.size());
        Assessment.GradedYear a = years.get(0);
        assertEquals("A", a.mean().section());
        assertEquals(0.8, a.mean().means().get(NH3N), 1e-12); // (0.4 + 1.2) / 2
        assertEquals(WaterClass.III, a.grade().orElseThrow().waterClass());
        assertEquals(OptionalDouble.of(0.5), a.rate().rate()); // Jan compliant, Feb not, 10 months excluded
        assertEquals(10, a.rate().missing().size());
        Assessment.GradedYear b = years.get(1);
        assertEquals(OptionalDouble.of(1.0), b.rate().rate());
        assertEquals(List.of(YearMonth.of(2019, 1), YearMonth.of(2019, 2)), b.rate().missing().subList(0, 2));
    }
}
