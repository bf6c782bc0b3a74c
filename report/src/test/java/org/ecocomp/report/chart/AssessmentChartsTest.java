package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import org.ecocomp.quality.Grade;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MonthlyCompliance;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class AssessmentChartsTest {

    private static final String RIVER = "长潭 (闽粤/交界)";
    private static final String LAKE = "岩滩水库";
    private static final Function<String, WaterBodyType> TYPE_OF =
            s -> s.equals(LAKE) ? WaterBodyType.LAKE : WaterBodyType.RIVER;

    @TempDir
    Path dir;

    private final AssessmentCharts en = new AssessmentCharts(ChartTheme.forLanguage(Language.EN, List.of()));

    /** Two samples a month for two years; NH3-N rises from 0.1 to about 0.8 mg/L. */
    private static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            LocalDateTime time = LocalDateTime.of(2020, 1, 3, 9, 0).plusMonths(i / 2).plusDays(i % 2 * 14);
            samples.add(new Sample(RIVER, time, Map.of(Indicator.NH3N, 0.1 + 0.015 * i, Indicator.DO, 6.5,
                    Indicator.PH, 7.2, Indicator.TN, 1.2)));
            samples.add(new Sample(LAKE, time, Map.of(Indicator.TP, 0.03, Indicator.TN, 0.8)));
        }
        return samples;
    }

    private static List<MonthlyCompliance> monthly() {
        List<MonthlyCompliance> monthly = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            YearMonth month = YearMonth.of(2020, 1).plusMonths(m);
            WaterClass riverClass = m < 12 ? WaterClass.II : WaterClass.IV;
            monthly.add(new MonthlyCompliance(RIVER, month,
                    Optional.of(new Grade(riverClass, Set.of(Indicator.NH3N))), WaterClass.III));
            monthly.add(new MonthlyCompliance(LAKE, month, m == 5 ? Optional.empty()
                    : Optional.of(new Grade(WaterClass.III, Set.of(Indicator.TP))), WaterClass.III));
        }
        return monthly;
    }

    private List<Path> write(AssessmentCharts charts, Path out) throws IOException {
        return charts.write(out, samples(), monthly(), TYPE_OF, Optional.of(WaterClass.III));
    }

    @Test
    void oneChartPerSectionAndGradedIndicatorAndOneClassMap() throws IOException {
        List<String> names = write(en, dir).stream().map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".png")).toList();
        // TN is graded in lakes only; file names keep Chinese and lose the slash
        assertEquals(List.of("series-长潭_(闽粤_交界)-pH.png", "series-长潭_(闽粤_交界)-DO.png",
                "series-长潭_(闽粤_交界)-NH3-N.png", "series-岩滩水库-TP.png", "series-岩滩水库-TN.png",
                "class-map.png"), names);
    }

    @Test
    void theSameAssessmentGivesTheSameBytes() throws IOException {
        List<Path> first = write(en, dir.resolve("a"));
        List<Path> second = write(en, dir.resolve("b"));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).toString());
        }
    }

    @Test
    void chineseChartsCarryChineseTitles() throws Exception {
        ChartTheme zh = ChartTheme.forLanguage(Language.ZH);
        assumeTrue(zh.effectiveLanguage() == Language.ZH, "no CJK font installed");
        List<Path> files = write(new AssessmentCharts(zh), dir);
        String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve("class-map.svg")))
                .getElementsByTagName("title").item(0).getTextContent();
        assertEquals("各断面月均水质类别（目标 Ⅲ类）", title);
        assertTrue(Files.readString(dir.resolve("series-岩滩水库-TP.svg"))
                .contains("<title>岩滩水库断面 总磷</title>"));
        assertEquals(12, files.size());
    }

    private static List<Double> limitValues(XYChart chart) {
        return chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("limit"))
                .map(s -> s.getYData()[0]).toList();
    }

    @Test
    void limitsReachToTheFirstBeyondTheDataAndIncludeTheTarget() {
        // NH3-N peaks at 0.805: lines at Ⅰ 0.15, Ⅱ 0.5 and Ⅲ 1.0, not at Ⅳ 1.5 or Ⅴ 2.0
        XYChart nh3n = en.seriesChart(RIVER, Indicator.NH3N, samples(), WaterBodyType.RIVER, Optional.empty());
        assertEquals(List.of(0.15, 0.5, 1.0), limitValues(nh3n));
        XYChart withTarget = en.seriesChart(RIVER, Indicator.NH3N, samples(), WaterBodyType.RIVER,
                Optional.of(WaterClass.V));
        assertEquals(List.of(0.15, 0.5, 1.0, 2.0), limitValues(withTarget));
        // DO is a lower bound: 6.5 throughout lies between Ⅰ 7.5 and Ⅱ 6, the first line below the data
        XYChart dissolvedOxygen = en.seriesChart(RIVER, Indicator.DO, samples(), WaterBodyType.RIVER,
                Optional.empty());
        assertEquals(List.of(7.5, 6.0), limitValues(dissolvedOxygen));
        XYChart ph = en.seriesChart(RIVER, Indicator.PH, samples(), WaterBodyType.RIVER, Optional.empty());
        assertEquals(List.of(6.0, 9.0), limitValues(ph));
    }

    @Test
    void monthlyMeansAreDrawnWhenMonthsHaveSeveralSamples() {
        XYChart chart = en.seriesChart(RIVER, Indicator.NH3N, samples(), WaterBodyType.RIVER, Optional.empty());
        assertEquals(48, chart.getSeriesMap().get("Samples").getXData().length);
        assertEquals(24, chart.getSeriesMap().get("Monthly mean").getXData().length);
    }

    @Test
    void theClassMapHasOneSeriesPerClassAndMarksMissedTargets() {
        XYChart map = en.classMap(monthly(), Optional.of(WaterClass.III));
        assertEquals(List.of("frame", "II", "III", "IV", "Below target"), List.copyOf(map.getSeriesMap().keySet()));
        assertEquals("Class IV", map.getSeriesMap().get("IV").getLabel());
        // twelve Class Ⅳ months of the river miss the target, in the river's row (the top one)
        XYSeries marks = map.getSeriesMap().get("Below target");
        assertEquals(12, marks.getXData().length);
        assertTrue(DoubleStream.of(marks.getYData()).allMatch(y -> y == 1));
        // the lake's Class Ⅲ months form two runs around the ungraded June: two polygons
        long polygons = Arrays.stream(map.getSeriesMap().get("III").getYData()).filter(Double::isNaN).count() + 1;
        assertEquals(2, polygons);
    }

    @Test
    void sectionNamesBecomeSafeFileNames() {
        assertEquals("长潭_(闽粤_交界)", AssessmentCharts.fileSafe(" 长潭 (闽粤/交界) "));
        assertEquals("_hidden", AssessmentCharts.fileSafe(".hidden"));
        assertEquals("a_b_c", AssessmentCharts.fileSafe("a:b*?c"));
    }
}
