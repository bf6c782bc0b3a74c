package org.ecocomp.io.table;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocomp.quality.Assessment;
import org.ecocomp.quality.Assessment.GradedMonth;
import org.ecocomp.quality.Assessment.GradedSample;
import org.ecocomp.quality.Assessment.GradedYear;
import org.ecocomp.quality.Grade;
import org.ecocomp.quality.Indicator;

/** The tables of a GB 3838 assessment: {@code samples.csv}, {@code monthly.csv}, {@code annual.csv}. */
public final class AssessmentTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private AssessmentTables() {
    }

    /**
     * The column name of an indicator, with its unit: {@code nh3n_mg_l}, {@code flow_m3_s}, {@code ph}.
     *
     * @param indicator the indicator
     * @return the column name
     */
    public static String column(Indicator indicator) {
        String code = indicator.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String unit = indicator.unit().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return unit.isEmpty() ? code : code + "_" + unit;
    }

    /** One row per sample: values, class, limiting indicators, and the source's class where given. */
    public static CsvTable samples(Assessment a) {
        Set<Indicator> present = present(a.samples().stream().map(s -> s.sample().values()).toList());
        List<String> header = new ArrayList<>(List.of("section", "time", "water_body"));
        present.forEach(i -> header.add(column(i)));
        header.addAll(List.of("class", "class_label", "limiting", "source_class", "agrees"));
        CsvTable t = new CsvTable(header);
        for (GradedSample g : a.samples()) {
            List<String> row = new ArrayList<>(List.of(g.sample().section(), TIME.format(g.sample().time()),
                    g.waterBody().name().toLowerCase(Locale.ROOT)));
            values(row, present, g.sample().values());
            grade(row, g.grade());
            row.add(g.sample().reportedClass().map(c -> Integer.toString(c.number())).orElse(""));
            row.add(g.agreesWithSource().map(Object::toString).orElse(""));
            t.add(row);
        }
        return t;
    }

    /** One row per section and month: means, class, compliance with the target. */
    public static CsvTable monthly(Assessment a) {
        Set<Indicator> present = present(a.months().stream().map(m -> m.mean().means()).toList());
        List<String> header = new ArrayList<>(List.of("section", "month", "samples"));
        present.forEach(i -> header.add(column(i)));
        header.addAll(List.of("class", "class_label", "limiting", "target_class", "compliant"));
        CsvTable t = new CsvTable(header);
        for (GradedMonth m : a.months()) {
            List<String> row = new ArrayList<>(List.of(m.mean().section(), m.mean().month().toString(),
                    Integer.toString(m.mean().samples())));
            values(row, present, m.mean().means());
            grade(row, m.compliance().grade());
            row.add(Integer.toString(m.compliance().target().number()));
            row.add(m.compliance().assessed() ? Boolean.toString(m.compliance().compliant()) : "");
            t.add(row);
        }
        return t;
    }

    /** One row per section and year: annual means and class, months assessed, compliance rate. */
    public static CsvTable annual(Assessment a) {
        Set<Indicator> present = present(a.years().stream().map(y -> y.mean().means()).toList());
        List<String> header = new ArrayList<>(List.of("section", "year", "months_assessed", "months_missing", "samples"));
        present.forEach(i -> header.add(column(i)));
        header.addAll(List.of("class", "class_label", "limiting", "compliant_months", "compliance_rate",
                "missing_month_policy", "annual_mean_method"));
        CsvTable t = new CsvTable(header);
        for (GradedYear y : a.years()) {
            List<String> row = new ArrayList<>(List.of(y.mean().section(), Integer.toString(y.mean().year()),
                    Integer.toString(y.rate().assessed()), Integer.toString(y.rate().missing().size()),
                    Integer.toString(y.mean().samples())));
            values(row, present, y.mean().means());
            grade(row, y.grade());
            row.add(Integer.toString(y.rate().compliant()));
            row.add(y.rate().rate().isPresent() ? CsvTable.number(y.rate().rate().getAsDouble(), 4) : "");
            row.add(y.rate().policy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            row.add(y.mean().method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            t.add(row);
        }
        return t;
    }

    private static Set<Indicator> present(Collection<Map<Indicator, Double>> rows) {
        Set<Indicator> present = EnumSet.noneOf(Indicator.class);
        rows.forEach(r -> present.addAll(r.keySet()));
        return present;
    }

    private static void values(List<String> row, Set<Indicator> present, Map<Indicator, Double> values) {
        for (Indicator i : present) {
            Double v = values.get(i);
            row.add(v == null ? "" : CsvTable.number(v));
        }
    }

    private static void grade(List<String> row, Optional<Grade> grade) {
        row.add(grade.map(g -> Integer.toString(g.waterClass().number())).orElse(""));
        row.add(grade.map(g -> g.waterClass().label()).orElse(""));
        row.add(grade.map(g -> g.limiting().stream().map(Indicator::code).collect(Collectors.joining(" "))).orElse(""));
    }
}
