package org.ecocomp.io.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ecocomp.quality.Assessment;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.ComplianceAssessment;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

/**
 * ecocomp's GB 3838 class against CNEMC's own class (水质类别) on every real row bundled under
 * {@code scenarios/data/cnemc/} (three snapshots of the national real-time release, 2026-02-04,
 * 2026-08-26, 2026-09-23).
 *
 * <p>CNEMC grades the raw value but publishes a rounded one, so a displayed value within one display
 * unit (10^-decimals) of a class limit can be graded either way from the text. This test finds such
 * rows from the displayed text itself, with its own copy of the GB 3838-2002 Table 1 limits for pH,
 * DO, CODMn, NH3-N and TP, and requires agreement on at least 99% of the other rows.
 */
class CnemcAgreementTest {

    private static final Path DATA = Path.of("../scenarios/data/cnemc");

    /** GB 3838-2002 Table 1, Classes Ⅰ–Ⅴ (mg/L), as printed in DOMAIN.md §4; pH bounds 6 and 9. */
    private static final Map<String, double[]> RIVER_LIMITS = Map.of(
            "溶解氧", new double[] {7.5, 6, 5, 3, 2},
            "高锰酸盐指数", new double[] {2, 4, 6, 10, 15},
            "氨氮", new double[] {0.15, 0.5, 1.0, 1.5, 2.0},
            "总磷", new double[] {0.02, 0.1, 0.2, 0.3, 0.4},
            "pH", new double[] {6, 9});
    private static final double[] LAKE_TP = {0.01, 0.025, 0.05, 0.1, 0.2};

    @Test
    void agreesWithCnemcOnRowsAwayFromClassBoundaries() throws Exception {
        List<Path> csvs;
        try (var files = Files.walk(DATA)) {
            csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(3, csvs.size(), "three CSV snapshots bundled");
        int compared = 0;
        int nearBoundary = 0;
        int agreeAway = 0;
        int away = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path csv : csvs) {
            MonitoringData data = MonitoringFiles.read(csv, OptionalInt.of(2026));
            Assessment a = Assessment.of(data.samples(),
                    s -> WaterBodyType.recognise(s, data.sections().get(s).algaeMeasured()),
                    new ComplianceAssessment(SingleFactorEvaluation.CNEMC, WaterClass.III, MissingMonthPolicy.EXCLUDE),
                    AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS);
            Map<String, Map<String, String>> text = displayedText(csv);
            for (Assessment.GradedSample g : a.samples()) {
                if (g.agreesWithSource().isEmpty()) {
                    continue;
                }
                compared++;
                boolean near = nearBoundary(text.get(g.sample().section() + "|" + g.sample().time().toString().substring(5).replace('T', ' ')),
                        g.waterBody());
                if (near) {
                    nearBoundary++;
                } else {
                    away++;
                    agreeAway += g.agreesWithSource().get() ? 1 : 0;
                }
                if (!g.agreesWithSource().get()) {
                    disagreements.add(csv.getFileName() + " " + g.sample().section() + " ours "
                            + g.grade().orElseThrow().waterClass().label() + " CNEMC "
                            + g.sample().reportedClass().orElseThrow().label() + (near ? " (near a boundary)" : ""));
                }
            }
        }
        disagreements.forEach(System.out::println);
        assertTrue(compared > 550, "rows compared: " + compared);
        double rate = (double) agreeAway / away;
        assertTrue(rate >= 0.99, "agreement away from boundaries " + agreeAway + "/" + away + "; disagreements: " + disagreements);
        assertTrue(nearBoundary < compared / 5, "boundary rows should be a minority: " + nearBoundary);
    }

    /** Displayed cell text per (section|MM-dd HH:mm), by column name without unit. */
    private static Map<String, Map<String, String>> displayedText(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.getFirst().replace("\uFEFF", "").split(",");
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].replaceAll("\\(.*", ""), cells[i]);
            }
            rows.put(row.get("断面名称") + "|" + row.get("监测时间"), row);
        }
        return rows;
    }

    private static boolean nearBoundary(Map<String, String> row, WaterBodyType type) {
        for (var e : RIVER_LIMITS.entrySet()) {
            String text = row.get(e.getKey());
            if (text == null || text.equals("--")) {
                continue;
            }
            int dot = text.indexOf('.');
            double unit = Math.pow(10, -(dot < 0 ? 0 : text.length() - dot - 1));
            double value = Double.parseDouble(text);
            double[] limits = e.getKey().equals("总磷") && type == WaterBodyType.LAKE ? LAKE_TP : e.getValue();
            for (double limit : limits) {
                if (Math.abs(value - limit) <= unit * (1 + 1e-9)) {
                    return true;
                }
            }
        }
        return false;
    }
}
