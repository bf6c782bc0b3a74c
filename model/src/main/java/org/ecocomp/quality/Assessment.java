package org.ecocomp.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A complete GB 3838 assessment of monitoring samples: every sample graded, monthly means graded
 * against the target, annual means graded with their compliance rates.
 *
 * @param samples each sample with its grade
 * @param months each (section, month) mean with its compliance
 * @param years each (section, year) annual mean with its grade and compliance rate
 */
public record Assessment(List<GradedSample> samples, List<GradedMonth> months, List<GradedYear> years) {

    /** Copies the lists. */
    public Assessment {
        samples = List.copyOf(samples);
        months = List.copyOf(months);
        years = List.copyOf(years);
    }

    /**
     * A sample and its grade.
     *
     * @param sample the sample
     * @param waterBody the water body it was graded as
     * @param grade its single-factor grade, empty when no evaluated indicator was measured
     */
    public record GradedSample(Sample sample, WaterBodyType waterBody, Optional<Grade> grade) {

        /** Whether the grade agrees with the class the source reported; empty when either is missing. */
        public Optional<Boolean> agreesWithSource() {
            return grade.flatMap(g -> sample.reportedClass().map(r -> r == g.waterClass()));
        }
    }

    /**
     * A monthly mean and its compliance with the target.
     *
     * @param mean the monthly mean
     * @param compliance the grade and whether it met the target
     */
    public record GradedMonth(MonthlyMean mean, MonthlyCompliance compliance) {
    }

    /**
     * An annual mean, its grade, and the year's monthly compliance rate.
     *
     * @param mean the annual mean
     * @param grade the single-factor grade of the annual mean
     * @param rate the compliance rate of the monthly means
     */
    public record GradedYear(AnnualMean mean, Optional<Grade> grade, ComplianceRate rate) {
    }

    /**
     * Assesses samples.
     *
     * @param samples samples of any sections and times
     * @param waterBodyOf the water body of each section
     * @param compliance the evaluation, target class and missing-month policy
     * @param annualMethod how annual means are formed
     * @return the assessment, ordered by section and time
     * @throws MissingMonthsException when a month lacks data and the policy refuses that
     */
    public static Assessment of(List<Sample> samples, Function<String, WaterBodyType> waterBodyOf,
                                ComplianceAssessment compliance, AnnualMeanMethod annualMethod)
            throws MissingMonthsException {
        SingleFactorEvaluation evaluation = compliance.evaluation();
        List<GradedSample> graded = new ArrayList<>(samples.size());
        List<Sample> ordered = new ArrayList<>(samples);
        ordered.sort(java.util.Comparator.comparing(Sample::section).thenComparing(Sample::time));
        for (Sample s : ordered) {
            WaterBodyType type = waterBodyOf.apply(s.section());
            graded.add(new GradedSample(s, type, evaluation.grade(s.values(), type)));
        }
        List<MonthlyMean> monthly = QualityStatistics.monthlyMeans(samples);
        List<GradedMonth> months = new ArrayList<>(monthly.size());
        Map<String, List<MonthlyMean>> bySection = new TreeMap<>();
        for (MonthlyMean m : monthly) {
            months.add(new GradedMonth(m, compliance.month(m, waterBodyOf.apply(m.section()))));
            bySection.computeIfAbsent(m.section(), k -> new ArrayList<>()).add(m);
        }
        List<GradedYear> years = new ArrayList<>();
        for (AnnualMean a : QualityStatistics.annualMeans(samples, annualMethod)) {
            WaterBodyType type = waterBodyOf.apply(a.section());
            years.add(new GradedYear(a, evaluation.grade(a.means(), type),
                    compliance.annualRate(a.section(), a.year(), bySection.getOrDefault(a.section(), Collections.emptyList()), type)));
        }
        return new Assessment(graded, months, years);
    }
}
