package org.ecocomp.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.ecocomp.quality.Indicator;
import org.ecocomp.scenario.ScenarioRun;
import org.ecocomp.simulation.IndicatorProcess;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.SyntheticSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulation.baseline} and {@code simulation.pressure} of a scenario file reach its projection. */
class ProjectionSettingsTest {

    private static final Path XIJIANG = Path.of("../scenarios/pilots/xijiang.yaml").toAbsolutePath().normalize();

    private static double median(SyntheticSeries series, String section, Indicator indicator, YearMonth month) {
        SectionProcess s = series.sections().stream().filter(x -> x.name().equals(section)).findFirst().orElseThrow();
        IndicatorProcess p = s.processes().stream().filter(x -> x.indicator() == indicator).findFirst().orElseThrow();
        return p.median().median(month, p.scale());
    }

    /** The Xijiang pilot with its simulation block's pressure line replaced. */
    private static Path variant(Path dir, String pressureLine) throws Exception {
        String text = Files.readString(XIJIANG, StandardCharsets.UTF_8);
        String line = "  pressure: {CODMn: 1.5, NH3-N: 2, TP: 3}\n";
        assertEquals(1, text.split(java.util.regex.Pattern.quote(line), -1).length - 1, "the pilot's pressure line changed");
        return Files.writeString(dir.resolve("xijiang.yaml"), text.replace(line, pressureLine)
                .replace("../data/", XIJIANG.getParent().resolveSibling("data") + "/"), StandardCharsets.UTF_8);
    }

    @Test
    void theMediansOfTheProjectionAreTheModelsTimesThePressure(@TempDir Path dir) throws Exception {
        LoadedScenario loaded = ScenarioFiles.read(XIJIANG);
        SyntheticSeries model = loaded.quality().orElseThrow();
        SyntheticSeries projected = ScenarioRun.projection(loaded.scenario(), model).quality();
        YearMonth m = YearMonth.of(2023, 7);
        for (String section : new String[] {"蔗香南", "蔗香北", "岩滩", "封开城上"}) {
            assertEquals(3 * median(model, section, Indicator.TP, m), median(projected, section, Indicator.TP, m), 1e-12);
            assertEquals(2 * median(model, section, Indicator.NH3N, m), median(projected, section, Indicator.NH3N, m), 1e-12);
            assertEquals(1.5 * median(model, section, Indicator.CODMN, m), median(projected, section, Indicator.CODMN, m), 1e-12);
            assertEquals(median(model, section, Indicator.DO, m), median(projected, section, Indicator.DO, m), 0);
        }
    }

    @Test
    void aBaselineMonthHoldsTheModelsMediansOfThatMonthThroughTheProjection(@TempDir Path dir) throws Exception {
        LoadedScenario loaded = ScenarioFiles.read(variant(dir, "  baseline: 2012-01\n  pressure: {TP: 2}\n"));
        SyntheticSeries model = loaded.quality().orElseThrow();
        SyntheticSeries projected = ScenarioRun.projection(loaded.scenario(), model).quality();
        // 蔗香南 CODMn falls from 1.4 (2010-01) to 0.85 (2020-01), log-linearly: 2012-01 is 24/120 of the way.
        double expected = Math.exp(Math.log(1.4) + 0.2 * (Math.log(0.85) - Math.log(1.4)));
        for (YearMonth m : new YearMonth[] {YearMonth.of(2021, 1), YearMonth.of(2025, 12)}) {
            assertEquals(expected, median(projected, "蔗香南", Indicator.CODMN, m), 1e-12);
            assertEquals(2 * median(model, "蔗香南", Indicator.TP, YearMonth.of(2012, 1)), median(projected, "蔗香南", Indicator.TP, m), 1e-12);
        }
    }

    @Test
    void aClauseIndicatorTheWaterQualityModelDoesNotModelIsRefusedWhereTheClauseNamesIt(@TempDir Path dir) throws Exception {
        // The Xijiang fund grades pH, DO, CODMn, NH3-N and TP; a model without pH at any section could not settle a draw.
        Path data = XIJIANG.getParent().resolveSibling("data");
        String params = Files.readString(data.resolve("xijiang.params.yaml"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("xijiang.params.yaml"), params.lines().filter(l -> !l.trim().startsWith("pH:"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        Path scenario = Files.writeString(dir.resolve("xijiang.yaml"), Files.readString(XIJIANG, StandardCharsets.UTF_8)
                .replace("../data/xijiang.csv", data.resolve("xijiang.csv").toString())
                .replace("../data/xijiang.params.yaml", dir.resolve("xijiang.params.yaml").toString()), StandardCharsets.UTF_8);
        org.ecocomp.io.problem.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ecocomp.io.problem.InputException.class, () -> ScenarioFiles.read(scenario));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("does not model pH at 蔗香南"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("rounds[0].clauses[0].indicators"), e.getMessage());
    }
}
