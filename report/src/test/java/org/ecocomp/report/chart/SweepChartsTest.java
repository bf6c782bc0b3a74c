package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.ecocomp.sweep.Bootstrap;
import org.ecocomp.sweep.Estimate;
import org.ecocomp.sweep.Ishigami;
import org.ecocomp.sweep.MorrisEffects;
import org.ecocomp.sweep.SaltelliDesign;
import org.ecocomp.sweep.SobolAnalysis;
import org.ecocomp.sweep.SobolIndices;
import org.ecocomp.sweep.SweepAnalysis;
import org.ecocomp.sweep.Tornado;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class SweepChartsTest {

    @TempDir
    Path dir;

    private final SweepCharts en = new SweepCharts(ChartTheme.forLanguage(Language.EN, List.of()));

    private static final List<String> PARAMETERS = List.of("p0", "p1", "p2", "p3");
    private static final int POINTS = 20;

    /**
     * Sobol' indices of the Ishigami function from a Saltelli design with N = 64, the points kept as
     * a sweep's values and results.
     */
    static SweepAnalysis ishigami() {
        SaltelliDesign design = new SaltelliDesign(Ishigami.STANDARD.parameters(), 64, false);
        double[] outputs = design.evaluate(Ishigami.STANDARD);
        SobolIndices indices = SobolAnalysis.analyze(design, outputs, new Bootstrap(100, 0.95),
                new SplittableRandom(11));
        double[][] values = new double[3][outputs.length];
        for (int r = 0; r < outputs.length; r++) {
            double[] point = design.point(r);
            for (int i = 0; i < 3; i++) {
                values[i][r] = point[i];
            }
        }
        return new SweepAnalysis(List.of("x1", "x2", "x3"), List.of("JX.net_transfer.mean"), values,
                new double[][] {outputs}, Map.of("JX.net_transfer.mean", indices), Map.of(), Map.of());
    }

    /** Hand-made Sobol' indices of output s: S1 of p2 is negative, ST of p1 and p3 tie. */
    static SobolIndices handSobol() {
        return new SobolIndices(PARAMETERS, 512, 4.0,
                List.of(new Estimate(0.05, 0.01, 0.09), new Estimate(0.42, 0.35, 0.5),
                        new Estimate(-0.04, -0.12, 0.03), new Estimate(0.3, 0.22, 0.37)),
                List.of(new Estimate(0.1, 0.06, 0.15), new Estimate(0.5, 0.41, 0.62),
                        new Estimate(-0.02, -0.05, 0.01), new Estimate(0.5, 0.44, 0.57)),
                List.of(), Bootstrap.DEFAULT, List.of());
    }

    static MorrisEffects handMorris() {
        return new MorrisEffects(List.of(
                new MorrisEffects.Effect("p0", 2, new Estimate(2, 1.5, 2.6), 0.4),
                new MorrisEffects.Effect("p1", 0, new Estimate(0, 0, 0), 0),
                new MorrisEffects.Effect("p2", -4, new Estimate(5, 4.1, 6), 2.5),
                new MorrisEffects.Effect("p3", 1, new Estimate(1, 0.7, 1.4), 1.1)), 10, 4, Bootstrap.DEFAULT, List.of());
    }

    /** Swings p0 1, p1 4, p2 undefined, p3 2; p3 moves the output up both ways. */
    static Tornado handTornado() {
        return new Tornado(10, 10, List.of(
                new Tornado.Bar("p0", 1, 0.9, 1.1, 9.5, 10.5),
                new Tornado.Bar("p1", 2, 1.8, 2.2, 12, 8),
                new Tornado.Bar("p2", 3, 2.7, 3.3, Double.NaN, 10.2),
                new Tornado.Bar("p3", 4, 3.6, 4.4, 10.5, 12.5)), List.of());
    }

    /**
     * Twenty points of four parameters and five outputs: s has Sobol' indices (and Morris effects,
     * which Sobol' outranks), m Morris effects, t a tornado, r none (y = i³, so p0 has ρ = 1 and p2
     * ρ = −1), flat is 5 everywhere. p3 is constant.
     */
    static SweepAnalysis handMade() {
        double[][] values = new double[4][POINTS];
        double[][] results = new double[5][POINTS];
        for (int i = 0; i < POINTS; i++) {
            values[0][i] = i;
            values[1][i] = (i * 7) % POINTS;
            values[2][i] = POINTS - i;
            values[3][i] = 1;
            results[0][i] = Math.sin(i);
            results[1][i] = Math.cos(i);
            results[2][i] = i % 3;
            results[3][i] = (double) i * i * i;
            results[4][i] = 5;
        }
        return new SweepAnalysis(PARAMETERS, List.of("s", "m", "t", "r", "flat"), values, results,
                Map.of("s", handSobol()), Map.of("s", handMorris(), "m", handMorris()), Map.of("t", handTornado()));
    }

    private static List<String> pngs(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
    }

    private static List<String> top(SweepAnalysis analysis, String output) {
        return SweepCharts.ranking(analysis, output).stream().limit(3).map(SweepCharts.Influence::parameter).toList();
    }

    /** The rectangles of a bar series: per bar {left, right, bottom, top} as drawn (4 points, then a gap). */
    private static List<double[]> rectangles(XYSeries series) {
        double[] x = series.getXData();
        double[] y = series.getYData();
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k + 3 < x.length; k += 5) {
            out.add(new double[] {x[k], x[k + 2], y[k], y[k + 1]});
        }
        return out;
    }

    @Test
    void writesTheChartsOfEachOutputWithDotsKeptInTheNames() throws IOException {
        List<Path> files = en.write(dir, ishigami());
        assertEquals(List.of("sobol-JX.net_transfer.mean.png", "scatter-JX.net_transfer.mean-x1.png",
                "scatter-JX.net_transfer.mean-x2.png", "scatter-JX.net_transfer.mean-x3.png"), pngs(files));
        assertEquals(8, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        assertEquals(List.of("sobol-s", "morris-s", "scatter-s-p1", "scatter-s-p3", "scatter-s-p0",
                "morris-m", "scatter-m-p2", "scatter-m-p0", "scatter-m-p3",
                "tornado-t", "scatter-t-p1", "scatter-t-p3", "scatter-t-p0",
                "scatter-r-p0", "scatter-r-p2", "scatter-r-p1",
                "scatter-flat-p0", "scatter-flat-p1", "scatter-flat-p2"), List.copyOf(en.charts(handMade()).keySet()));
    }

    @Test
    void unsafeNamesAreReplacedAndSharedStemsNumbered() {
        double[][] values = {{1, 2, 3}};
        SweepAnalysis analysis = new SweepAnalysis(List.of("k/v"), List.of("a/b", "a:b", ".hidden"), values,
                new double[][] {{1, 2, 3}, {3, 2, 1}, {1, 1, 2}}, Map.of(), Map.of(), Map.of());
        assertEquals(List.of("scatter-a_b-k_v", "scatter-a_b-k_v-2", "scatter-_hidden-k_v"),
                List.copyOf(en.charts(analysis).keySet()));
    }

    @Test
    void theSameSweepGivesTheSameBytes() throws IOException {
        for (SweepAnalysis analysis : List.of(ishigami(), handMade())) {
            List<Path> first = en.write(dir.resolve("a"), analysis);
            List<Path> second = en.write(dir.resolve("b"), analysis);
            assertEquals(pngs(first), pngs(second));
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                        first.get(i).toString());
            }
        }
    }

    @Test
    void svgsParseAndCarryTheirTitles() throws Exception {
        en.write(dir, handMade());
        Map<String, String> titles = Map.of(
                "sobol-s", "Sobol' indices: s",
                "morris-m", "Morris screening: m",
                "tornado-t", "One-at-a-time sensitivity (tornado): t",
                "scatter-r-p2", "r against p2");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve(t.getKey() + ".svg")))
                    .getElementsByTagName("title").item(0).getTextContent();
            assertEquals(t.getValue(), title, t.getKey());
        }
    }

    @Test
    void chineseChartsCarryChineseTitles() throws Exception {
        ChartTheme zh = ChartTheme.forLanguage(Language.ZH);
        assumeTrue(zh.effectiveLanguage() == Language.ZH, "no CJK font installed");
        new SweepCharts(zh).write(dir, handMade());
        Map<String, String> titles = Map.of(
                "sobol-s", "Sobol 敏感性指数：s",
                "morris-m", "Morris 筛选：m",
                "tornado-t", "单因素敏感性（龙卷风图）：t",
                "scatter-r-p2", "r 与 p2");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve(t.getKey() + ".svg")))
                    .getElementsByTagName("title").item(0).getTextContent();
            assertEquals(t.getValue(), title, t.getKey());
        }
    }

    @Test
    void theSobolBarsAndWhiskersAreTheIndicesAndTheirIntervals() {
        for (SobolIndices indices : List.of(handSobol(), ishigami().sobol().get("JX.net_transfer.mean"))) {
            XYChart chart = en.sobolChart("s", indices);
            List<double[]> s1 = rectangles(chart.getSeriesMap().get("S1"));
            List<double[]> st = rectangles(chart.getSeriesMap().get("ST"));
            int d = indices.parameters().size();
            assertEquals(d, s1.size());
            assertEquals(d, st.size());
            for (int i = 0; i < d; i++) {
                assertEquals(0, s1.get(i)[2]);
                assertEquals(indices.firstOrder().get(i).value(), s1.get(i)[3]);
                assertEquals(indices.totalOrder().get(i).value(), st.get(i)[3]);
                // S1 left of ST, both within the parameter's column
                assertTrue(i - 0.5 < s1.get(i)[0] && s1.get(i)[1] < st.get(i)[0] && st.get(i)[1] < i + 0.5);
            }
            // each whisker: the interval, then its two caps
            double[] wx = chart.getSeriesMap().get("interval").getXData();
            double[] wy = chart.getSeriesMap().get("interval").getYData();
            for (int i = 0; i < d; i++) {
                for (int kind = 0; kind < 2; kind++) {
                    Estimate e = (kind == 0 ? indices.firstOrder() : indices.totalOrder()).get(i);
                    int k = (2 * i + kind) * 9;
                    assertEquals(e.lower(), wy[k]);
                    assertEquals(e.upper(), wy[k + 1]);
                    assertEquals(wx[k], wx[k + 1]);
                }
            }
            double lowest = Math.min(0, Stream.concat(indices.firstOrder().stream(),
                    indices.totalOrder().stream()).mapToDouble(Estimate::lower).min().orElseThrow());
            double highest = Math.max(1, indices.totalOrder().stream().mapToDouble(Estimate::upper).max().orElseThrow());
            assertTrue(chart.getStyler().getYAxisMin() <= lowest);
            assertTrue(chart.getStyler().getYAxisMax() > highest);
        }
        XYChart hand = en.sobolChart("s", handSobol());
        // the negative S1 of p2 hangs from zero, below which the axis reaches past its interval
        assertEquals(-0.04, rectangles(hand.getSeriesMap().get("S1")).get(2)[3]);
        assertTrue(hand.getStyler().getYAxisMin() < -0.12);
        assertTrue(hand.getSeriesMap().containsKey("zero"));
        assertEquals("95% confidence interval", hand.getSeriesMap().get("interval").getLabel());
        Function<Double, String> ticks = hand.getStyler().getxAxisTickLabelsFormattingFunction();
        assertEquals(PARAMETERS, IntStream.range(0, 4).mapToObj(i -> ticks.apply((double) i)).toList());
    }

    @Test
    void theTornadoIsOrderedBySwingWidestOnTop() {
        Tornado tornado = handTornado();
        assertEquals(List.of("p1", "p3", "p0", "p2"),
                SweepCharts.bySwing(tornado).stream().map(Tornado.Bar::parameter).toList());
        XYChart chart = en.tornadoChart("t", tornado);
        Function<Double, String> rows = chart.getStyler().getyAxisTickLabelsFormattingFunction();
        // row 3 is the top one
        assertEquals(List.of("p1", "p3", "p0", "p2"),
                IntStream.of(3, 2, 1, 0).mapToObj(r -> rows.apply((double) r)).toList());
        List<double[]> low = rectangles(chart.getSeriesMap().get("low"));
        List<double[]> high = rectangles(chart.getSeriesMap().get("high"));
        // p2's low output is undefined: no low bar for it
        assertEquals(3, low.size());
        assertEquals(4, high.size());
        // p1 (top row): down to 12 at its low value, to 8 at its high value, from the base 10
        assertArrayEquals(new double[] {10, 12}, new double[] {low.get(0)[0], low.get(0)[1]});
        assertArrayEquals(new double[] {10, 8}, new double[] {high.get(0)[0], high.get(0)[1]});
        assertTrue(low.get(0)[2] < 3 && low.get(0)[3] > 3);
        // p3 pushes the output up both ways: its bars share row 2, the high one above
        assertEquals(2, low.get(1)[3]);
        assertEquals(2, high.get(1)[2]);
        assertArrayEquals(new double[] {10, 10}, chart.getSeriesMap().get("base").getXData());
        assertEquals("Parameter −10%", chart.getSeriesMap().get("low").getLabel());
        assertEquals("Parameter +10%", chart.getSeriesMap().get("high").getLabel());
        assertEquals("Base output 10", chart.getSeriesMap().get("base").getLabel());
        assertTrue(chart.getStyler().getXAxisMin() < 8 && chart.getStyler().getXAxisMax() > 12.5);
    }

    @Test
    void theMorrisChartPlacesEachParameterAtItsMuStarAndSigma() {
        MorrisEffects effects = handMorris();
        XYChart chart = en.morrisChart("m", effects);
        XYSeries points = chart.getSeriesMap().get("points");
        assertArrayEquals(new double[] {2, 0, 5, 1}, points.getXData());
        assertArrayEquals(new double[] {0.4, 0, 2.5, 1.1}, points.getYData());
        // the interval of mu* of p0 at its sigma, with caps
        double[] wx = chart.getSeriesMap().get("interval").getXData();
        double[] wy = chart.getSeriesMap().get("interval").getYData();
        assertArrayEquals(new double[] {1.5, 2.6}, Arrays.copyOf(wx, 2));
        assertArrayEquals(new double[] {0.4, 0.4}, Arrays.copyOf(wy, 2));
        assertTrue(chart.getStyler().getXAxisMax() > 6 && chart.getStyler().getYAxisMax() > 2.5);

        MorrisEffects oneTrajectory = new MorrisEffects(List.of(
                new MorrisEffects.Effect("only", 0.3, Estimate.of(0.3), Double.NaN)), 1, 4, Bootstrap.NONE, List.of());
        XYChart single = en.morrisChart("m", oneTrajectory);
        assertArrayEquals(new double[] {0}, single.getSeriesMap().get("points").getYData());
        assertFalse(single.getSeriesMap().containsKey("interval"));
    }

    @Test
    void topThreeFollowTheRuleOfEachDesign() {
        SweepAnalysis analysis = handMade();
        // Sobol' before Morris; ties in parameter order
        assertEquals(List.of("p1", "p3", "p0"), top(analysis, "s"));
        assertEquals(SweepCharts.Criterion.TOTAL_ORDER, SweepCharts.ranking(analysis, "s").getFirst().criterion());
        assertEquals(List.of("p2", "p0", "p3"), top(analysis, "m"));
        assertEquals(SweepCharts.Criterion.MU_STAR, SweepCharts.ranking(analysis, "m").getFirst().criterion());
        // the undefined swing last
        assertEquals(List.of("p1", "p3", "p0", "p2"),
                SweepCharts.ranking(analysis, "t").stream().map(SweepCharts.Influence::parameter).toList());
        // |rho| 1 and 1 in parameter order, the constant p3 last
        List<SweepCharts.Influence> r = SweepCharts.ranking(analysis, "r");
        assertEquals(List.of("p0", "p2", "p1", "p3"), r.stream().map(SweepCharts.Influence::parameter).toList());
        assertEquals(SweepCharts.Criterion.SPEARMAN, r.getFirst().criterion());
        assertEquals(1, r.get(0).value(), 1e-12);
        assertEquals(-1, r.get(1).value(), 1e-12);
        assertTrue(Double.isNaN(r.get(3).value()));
        // a constant output: every rho undefined, parameter order
        assertEquals(List.of("p0", "p1", "p2"), top(analysis, "flat"));
        assertEquals(List.of("x1", "x2", "x3"), top(ishigami(), "JX.net_transfer.mean"));
        assertThrows(IllegalArgumentException.class, () -> SweepCharts.ranking(analysis, "nope"));
    }

    @Test
    void spearmanAgreesWithCommonsMathAndSkipsNonFinitePairs() {
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[300];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            // ties in both variables
            x[i] = random.nextInt(40);
            y[i] = Math.round(x[i] * 0.3 + random.nextGaussian() * 4);
        }
        assertEquals(new SpearmansCorrelation().correlation(x, y), SweepCharts.spearman(x, y), 1e-12);
        double[] xWithNaN = Arrays.copyOf(x, 302);
        double[] yWithNaN = Arrays.copyOf(y, 302);
        xWithNaN[300] = Double.NaN;
        yWithNaN[301] = Double.POSITIVE_INFINITY;
        assertEquals(SweepCharts.spearman(x, y), SweepCharts.spearman(xWithNaN, yWithNaN), 1e-15);
        assertTrue(Double.isNaN(SweepCharts.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
        assertTrue(Double.isNaN(SweepCharts.spearman(new double[] {1}, new double[] {2})));
    }

    @Test
    void theSubsampleKeepsAtMostTheCapSpreadOverTheDesign() {
        int[] kept = SweepCharts.subsample(1_000_000, SweepCharts.MAX_SCATTER_POINTS);
        assertEquals(SweepCharts.MAX_SCATTER_POINTS, kept.length);
        assertArrayEquals(kept, SweepCharts.subsample(1_000_000, SweepCharts.MAX_SCATTER_POINTS));
        for (int i = 1; i < kept.length; i++) {
            assertTrue(kept[i - 1] < kept[i]);
        }
        assertTrue(kept[0] >= 0 && kept[kept.length - 1] < 1_000_000);
        // spread: every tenth of the points holds about a tenth of the kept ones
        for (int tenth = 0; tenth < 10; tenth++) {
            int t = tenth;
            long in = IntStream.of(kept).filter(i -> i / 100_000 == t).count();
            assertTrue(Math.abs(in - 500) <= 5, "tenth " + tenth + ": " + in);
        }
        // a 10 × 10 × 10 × ... grid, fastest level first: every 200th point would always hit level 0
        for (int digit = 0; digit < 6; digit++) {
            int power = (int) Math.pow(10, digit);
            assertEquals(10, IntStream.of(kept).map(i -> i / power % 10).distinct().count(), "digit " + digit);
        }
        assertArrayEquals(IntStream.range(0, 7).toArray(), SweepCharts.subsample(7, 7));
        assertArrayEquals(new int[0], SweepCharts.subsample(0, 5));
        assertEquals(5, SweepCharts.subsample(6, 5).length);
        assertEquals(5, IntStream.of(SweepCharts.subsample(6, 5)).distinct().count());
    }

    @Test
    void aMillionPointsAreScatteredAsAtMostTheCap() {
        int n = 1_000_000;
        double[] v = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 10;
            y[i] = v[i] * 2 + (i % 7);
        }
        y[5] = Double.NaN;
        SweepAnalysis analysis = new SweepAnalysis(List.of("level"), List.of("GD.paid"), new double[][] {v},
                new double[][] {y}, Map.of(), Map.of(), Map.of());
        XYChart chart = en.scatterChart(analysis, "GD.paid", "level");
        XYSeries points = chart.getSeriesMap().get("points");
        assertEquals(SweepCharts.MAX_SCATTER_POINTS, points.getXData().length);
        assertEquals(10, DoubleStream.of(points.getXData()).distinct().count());
        assertTrue(points.getLabel().startsWith("5,000 of 999,999 points (Spearman ρ = 0.9"), points.getLabel());
        XYChart again = en.scatterChart(analysis, "GD.paid", "level");
        assertArrayEquals(points.getYData(), again.getSeriesMap().get("points").getYData());
    }

    @Test
    void constantOutputsAndASingleParameterGiveFiniteAxes() {
        SweepAnalysis analysis = handMade();
        XYChart flat = en.scatterChart(analysis, "flat", "p3");
        assertEquals("all 20 points (Spearman ρ = —)", flat.getSeriesMap().get("points").getLabel());
        assertFiniteAxes(flat);
        assertTrue(flat.getStyler().getYAxisMin() < 5 && flat.getStyler().getYAxisMax() > 5);
        assertTrue(flat.getStyler().getXAxisMin() < 1 && flat.getStyler().getXAxisMax() > 1);

        SobolIndices undefined = new SobolIndices(List.of("only"), 64, 0, List.of(Estimate.of(Double.NaN)),
                List.of(Estimate.of(Double.NaN)), List.of(), Bootstrap.NONE, List.of());
        XYChart sobol = en.sobolChart("flat", undefined);
        assertFiniteAxes(sobol);
        assertArrayEquals(new double[] {Double.NaN}, sobol.getSeriesMap().get("S1").getYData());
        assertFalse(sobol.getSeriesMap().containsKey("interval"));

        Tornado still = new Tornado(0, 10, List.of(new Tornado.Bar("only", 1, 0.9, 1.1, 0, 0)), List.of());
        assertFiniteAxes(en.tornadoChart("flat", still));
        MorrisEffects none = new MorrisEffects(List.of(new MorrisEffects.Effect("only", 0, new Estimate(0, 0, 0), 0)),
                10, 4, Bootstrap.DEFAULT, List.of());
        assertFiniteAxes(en.morrisChart("flat", none));

        SweepAnalysis one = new SweepAnalysis(List.of("only"), List.of("y"), new double[][] {{1, 2, 3}},
                new double[][] {{2, 2, 2}}, Map.of("y", undefined), Map.of("y", none), Map.of("y", still));
        Map<String, XYChart> single = en.charts(one);
        assertEquals(List.of("tornado-y", "sobol-y", "morris-y", "scatter-y-only"), List.copyOf(single.keySet()));
        single.values().forEach(SweepChartsTest::assertFiniteAxes);
    }

    private static void assertFiniteAxes(XYChart chart) {
        double[] ends = {chart.getStyler().getXAxisMin(), chart.getStyler().getXAxisMax(),
            chart.getStyler().getYAxisMin(), chart.getStyler().getYAxisMax()};
        assertTrue(DoubleStream.of(ends).allMatch(Double::isFinite), Arrays.toString(ends));
        assertTrue(ends[0] < ends[1] && ends[2] < ends[3], Arrays.toString(ends));
    }

    @Test
    void valuesReadWithThreeDigitsAndGroupedThousands() {
        assertEquals("300,000,000", SweepCharts.format(3e8));
        assertEquals("-0.432", SweepCharts.format(-0.4321));
        assertEquals("5.88", SweepCharts.format(5.8762));
        assertEquals("0", SweepCharts.format(-0.0));
        assertEquals("—", SweepCharts.format(Double.NaN));
    }

    @Test
    void labelsInBothLanguages() {
        Labels zh = new Labels(Language.ZH);
        Labels enLabels = new Labels(Language.EN);
        assertEquals("参数下调 10%", zh.parameterMove(false, "10"));
        assertEquals("Parameter +12.5%", enLabels.parameterMove(true, "12.5"));
        assertEquals("8,192 个点中的 5,000 个（ST = 0.5）", zh.sweepPoints("5,000", "8,192", true, zh.influence("ST", "0.5")));
        assertEquals("all 512 points (μ* = 3)", enLabels.sweepPoints("512", "512", false, enLabels.influence("mu*", "3")));
        assertEquals("摆幅 = 1", zh.influence("swing", "1"));
        assertEquals("95% 置信区间", zh.confidenceInterval("95"));
    }
}
