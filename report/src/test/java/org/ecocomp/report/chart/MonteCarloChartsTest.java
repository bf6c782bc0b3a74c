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
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.MonteCarloResults;
import org.ecocomp.simulation.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class MonteCarloChartsTest {

    @TempDir
    Path dir;

    private final MonteCarloCharts en = new MonteCarloCharts(ChartTheme.forLanguage(Language.EN, List.of()));

    /**
     * A Xin'an-like index bet over 16 years and 400 draws: Anhui (upstream) pays Zhejiang when the
     * index misses, more often in later years, Zhejiang pays Anhui otherwise, 0.5–1.5 亿元 either way;
     * the central government pays Anhui 3 亿元 in each of the first six years.
     */
    static MonteCarloResult bet(List<String> parties, int years, int draws) {
        SplittableRandom random = new SplittableRandom(20240601L);
        double[][][] net = new double[draws][parties.size()][years];
        for (int d = 0; d < draws; d++) {
            for (int k = 0; k < years; k++) {
                double amount = 1e8 * (0.5 + random.nextDouble());
                boolean upstreamPays = random.nextDouble() < 0.2 + 0.4 * k / Math.max(1, years - 1);
                net[d][0][k] += upstreamPays ? -amount : amount;
                net[d][1][k] += upstreamPays ? amount : -amount;
                if (k < 6 && parties.size() > 2) {
                    net[d][0][k] += 3e8;
                    net[d][2][k] -= 3e8;
                }
            }
        }
        return MonteCarloResults.of(parties, 2012, net);
    }

    static MonteCarloResult xinan() {
        return bet(List.of("AH", "ZJ", "CENTRAL"), 16, 400);
    }

    /** Three draws of two years, written out: AH pays in draws 0 and 2 of 2020 and in draw 1 of 2021. */
    static MonteCarloResult handMade() {
        double[][][] net = {
            {{-1e8, 2e8}, {1e8, -2e8}, {0, 0}},
            {{3e8, -0.5e8}, {-3e8, 0.5e8}, {0, 0}},
            {{-2e8, 1e8}, {2e8, -1e8}, {0, 0}}};
        return MonteCarloResults.of(List.of("AH", "ZJ", "FJ"), 2020, net);
    }

    /** Every draw alike: a fixed central award and a bet that always goes the same way. */
    static MonteCarloResult identicalDraws() {
        double[][][] net = new double[50][][];
        for (int d = 0; d < net.length; d++) {
            net[d] = new double[][] {{4e8, 4e8, 4e8}, {-1e8, -1e8, -1e8}, {-3e8, -3e8, -3e8}};
        }
        return MonteCarloResults.of(List.of("JX", "GD", "CENTRAL"), 2016, net);
    }

    /** Five parties of a pooled fund: the charts split into one fan per party; Fujian never moves money. */
    static MonteCarloResult fiveParties() {
        SplittableRandom random = new SplittableRandom(7L);
        List<String> parties = List.of("YN", "GZ", "SC", "FJ", "CENTRAL", "GX");
        double[][][] net = new double[120][parties.size()][5];
        for (double[][] draw : net) {
            for (int k = 0; k < 5; k++) {
                double yn = random.nextDouble() < 0.3 ? -0.2e8 : 0.4e8;
                double gz = 0.2e8 * random.nextGaussian();
                draw[0][k] = yn;
                draw[1][k] = gz;
                draw[2][k] = -yn - gz - 0.5e8;
                draw[4][k] = 0.5e8 - 1e8;
                draw[5][k] = 1e8;
            }
        }
        return MonteCarloResults.of(parties, 2018, net);
    }

    private static List<String> pngs(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
    }

    private static List<MonteCarloResult> all() {
        return List.of(xinan(), handMade(), identicalDraws(), fiveParties(), bet(List.of("AH", "ZJ"), 1, 30));
    }

    @Test
    void writesAFanTheDistributionAndThePayProbability() throws IOException {
        List<Path> files = en.write(dir, xinan());
        assertEquals(List.of("mc-fan.png", "mc-net-distribution.png", "mc-upstream-pays.png"), pngs(files));
        assertEquals(6, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
    }

    @Test
    void moreThanThreePartiesGetAFanEach() throws IOException {
        // Fujian is zero everywhere and left out; five parties remain
        List<Path> files = en.write(dir, fiveParties());
        assertEquals(List.of("mc-fan-YN.png", "mc-fan-GZ.png", "mc-fan-SC.png", "mc-fan-CENTRAL.png", "mc-fan-GX.png",
                "mc-net-distribution.png", "mc-upstream-pays.png"), pngs(files));
        XYChart gz = en.fanCharts(fiveParties()).get("mc-fan-GZ");
        assertEquals("Guizhou: yearly net transfer (Monte Carlo)", gz.getTitle());
        assertEquals("Median", gz.getSeriesMap().get("GZ").getLabel());
    }

    @Test
    void theSameResultGivesTheSameBytes() throws IOException {
        for (MonteCarloResult result : all()) {
            List<Path> first = en.write(dir.resolve("a"), result);
            List<Path> second = en.write(dir.resolve("b"), result);
            assertEquals(pngs(first), pngs(second));
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                        first.get(i).toString());
            }
        }
    }

    @Test
    void svgsParseAndCarryTheirTitles() throws Exception {
        en.write(dir, xinan());
        Map<String, String> titles = Map.of("mc-fan", "Yearly net transfer by party (Monte Carlo)",
                "mc-net-distribution", "Distribution of net transfer over the projection",
                "mc-upstream-pays", "Probability of net payment by party and year");
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
        new MonteCarloCharts(zh).write(dir, xinan());
        Map<String, String> titles = Map.of("mc-fan", "各方年度净收支（蒙特卡洛）",
                "mc-net-distribution", "各方预测期累计净收支分布",
                "mc-upstream-pays", "各方年度净支付概率");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve(t.getKey() + ".svg")))
                    .getElementsByTagName("title").item(0).getTextContent();
            assertEquals(t.getValue(), title, t.getKey());
        }
    }

    @Test
    void theFanDrawsTheMedianAndPercentilesOfEachYear() {
        MonteCarloResult result = xinan();
        XYChart chart = en.fanCharts(result).get(MonteCarloCharts.FAN);
        Map<String, XYSeries> series = chart.getSeriesMap();
        for (int p = 0; p < 3; p++) {
            String party = result.parties().get(p);
            double[] median = series.get(party).getYData();
            double[] outer = series.get(party + " 5-95").getYData();
            double[] inner = series.get(party + " 25-75").getYData();
            assertArrayEquals(IntStream.rangeClosed(2012, 2027).asDoubleStream().toArray(), series.get(party).getXData());
            for (int k = 0; k < 16; k++) {
                Summary s = Summary.of(result.netTransfer(p, k));
                assertEquals(s.p50() / 1e8, median[k], 1e-12);
                // bands run along the lower quantile, then back along the upper one
                assertEquals(s.p5() / 1e8, outer[k], 1e-12);
                assertEquals(s.p95() / 1e8, outer[31 - k], 1e-12);
                assertEquals(s.p25() / 1e8, inner[k], 1e-12);
                assertEquals(s.p75() / 1e8, inner[31 - k], 1e-12);
            }
        }
        assertEquals("Anhui", series.get("AH").getLabel());
        assertEquals("5th–95th percentile", series.get("band 5-95").getLabel());
        assertEquals("25th–75th percentile", series.get("band 25-75").getLabel());
        // Central pays a fixed 3 亿元 for six years, then nothing: a band of zero width
        assertArrayEquals(series.get("CENTRAL").getYData(),
                Arrays.copyOf(series.get("CENTRAL 5-95").getYData(), 16));
        assertEquals(-3, series.get("CENTRAL").getYData()[0], 1e-12);
        assertEquals(0, series.get("CENTRAL").getYData()[6], 1e-12);
    }

    @Test
    void thePayProbabilityIsTheShareOfDrawsWithANegativeNet() {
        MonteCarloResult result = handMade();
        // AH: 2020 −1, +3, −2 → 2 of 3; 2021 +2, −0.5, +1 → 1 of 3. ZJ the other way.
        assertArrayEquals(new double[] {200 / 3.0, 100 / 3.0}, MonteCarloCharts.payProbability(result, 0), 1e-12);
        assertArrayEquals(new double[] {100 / 3.0, 200 / 3.0}, MonteCarloCharts.payProbability(result, 1), 1e-12);
        XYChart chart = en.payProbabilityChart(result);
        Map<String, XYSeries> series = chart.getSeriesMap();
        assertArrayEquals(new double[] {200 / 3.0, 100 / 3.0}, series.get("AH").getYData(), 1e-12);
        assertEquals(2020, series.get("AH").getXData()[0], 0.05);
        assertEquals(2021, series.get("ZJ").getXData()[1], 0.05);
        // Fujian never moves money and gets no line
        assertFalse(series.containsKey("FJ"));
        assertEquals("Zhejiang", series.get("ZJ").getLabel());

        MonteCarloResult xinan = xinan();
        double[] counted = new double[16];
        for (int k = 0; k < 16; k++) {
            counted[k] = 100.0 * DoubleStream.of(xinan.netTransfer(0, k)).filter(v -> v < 0).count() / 400;
        }
        assertArrayEquals(counted, en.payProbabilityChart(xinan).getSeriesMap().get("AH").getYData(), 1e-12);
    }

    @Test
    void payProbabilityTicksArePercentagesAndYearsAreWholeYears() {
        XYChart chart = en.payProbabilityChart(xinan());
        List<String> y = LedgerChartsTest.tickLabels(chart, "getYAxis");
        assertTrue(y.contains("0") && y.contains("100"), y.toString());
        List<String> x = LedgerChartsTest.tickLabels(chart);
        assertTrue(x.stream().allMatch(t -> t.matches("20[12]\\d")), x.toString());
        XYChart fan = en.fanCharts(xinan()).get(MonteCarloCharts.FAN);
        assertTrue(LedgerChartsTest.tickLabels(fan).stream().allMatch(t -> t.matches("20[12]\\d")));
    }

    @Test
    void theHistogramsShareBinsAndCountEveryDraw() {
        MonteCarloResult result = xinan();
        XYChart chart = en.netDistributionChart(result);
        Map<String, XYSeries> series = chart.getSeriesMap();
        // the central government pays 18 亿元 in every draw: a line, not a histogram
        assertArrayEquals(new double[] {-18, -18}, series.get("CENTRAL").getXData(), 1e-12);
        assertEquals("Central government (-18 in every draw)", series.get("CENTRAL").getLabel());
        for (int p = 0; p < 2; p++) {
            String party = result.parties().get(p);
            XYSeries histogram = series.get(party);
            double[] y = histogram.getYData();
            // the outline visits each bin's height twice, so the heights sum to twice 100 %
            assertEquals(200, DoubleStream.of(y).sum(), 1e-9);
            double mean = Summary.of(result.netTransfer(p)).mean() / 1e8;
            assertArrayEquals(new double[] {mean, mean}, series.get("mean " + party).getXData(), 1e-12);
            assertTrue(histogram.getLabel().startsWith(p == 0 ? "Anhui (mean " : "Zhejiang (mean "),
                    histogram.getLabel());
        }
        assertEquals("Mean", series.get("mean").getLabel());
    }

    @Test
    void binsFollowFreedmanDiaconisUpToSixty() {
        // 1000 evenly spread values in [0, 1): IQR ≈ 0.5, width 2·0.5/10 = 0.1 → 10 bins
        double[] even = IntStream.range(0, 1000).mapToDouble(i -> i / 1000.0).toArray();
        double[] edges = MonteCarloCharts.binEdges(List.of(even));
        assertEquals(11, edges.length);
        assertEquals(0, edges[0]);
        assertEquals(0.999, edges[10]);
        int[] counts = MonteCarloCharts.counts(even, edges);
        assertEquals(1000, IntStream.of(counts).sum());
        assertArrayEquals(new int[] {100, 100, 100, 100, 100, 100, 100, 100, 100, 100}, counts);
        // a far wider second sample: the narrowest width would need 10 000 bins; capped
        double[] wide = DoubleStream.of(even).map(v -> v * 1000).toArray();
        assertEquals(MonteCarloCharts.MAX_BINS + 1, MonteCarloCharts.binEdges(List.of(even, wide)).length);
        // most draws at one value: IQR 0, Sturges instead (⌈log₂ 8⌉ + 1 = 4 bins)
        double[] lumpy = {0, 0, 0, 0, 0, 0, 0, 3};
        assertEquals(5, MonteCarloCharts.binEdges(List.of(lumpy)).length);
        assertThrows(IllegalArgumentException.class, () -> MonteCarloCharts.binEdges(List.of(new double[] {2, 2})));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloCharts.binEdges(List.of()));
    }

    @Test
    void identicalDrawsGiveZeroWidthBandsAndNoBins() throws IOException {
        MonteCarloResult result = identicalDraws();
        XYChart distribution = en.netDistributionChart(result);
        XYChart fan = en.fanCharts(result).get(MonteCarloCharts.FAN);
        XYChart pays = en.payProbabilityChart(result);
        for (XYChart chart : List.of(distribution, fan, pays)) {
            for (XYSeries s : chart.getSeriesMap().values()) {
                // only legend keys carry a NaN, and no value is infinite
                assertTrue(DoubleStream.of(s.getXData()).allMatch(Double::isFinite), s.getName());
                assertTrue(DoubleStream.of(s.getYData()).allMatch(v -> Double.isFinite(v) || s.getXData().length == 1),
                        s.getName());
            }
        }
        assertEquals("Jiangxi (12 in every draw)", distribution.getSeriesMap().get("JX").getLabel());
        assertFalse(distribution.getSeriesMap().containsKey("mean"));
        assertArrayEquals(new double[] {-1, -1, -1}, fan.getSeriesMap().get("GD").getYData(), 1e-12);
        assertArrayEquals(new double[] {100, 100, 100}, pays.getSeriesMap().get("CENTRAL").getYData(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, pays.getSeriesMap().get("JX").getYData(), 1e-12);
        assertEquals(6, en.write(dir, result).size());
    }

    @Test
    void aSingleYearDrawsItsBandsAsABox() {
        MonteCarloResult result = bet(List.of("AH", "ZJ"), 1, 30);
        XYChart fan = en.fanCharts(result).get(MonteCarloCharts.FAN);
        XYSeries band = fan.getSeriesMap().get("AH 5-95");
        assertArrayEquals(new double[] {2011.75, 2012.25, 2012.25, 2011.75}, band.getXData(), 1e-12);
        Summary s = Summary.of(result.netTransfer(0, 0));
        assertArrayEquals(new double[] {s.p5() / 1e8, s.p5() / 1e8, s.p95() / 1e8, s.p95() / 1e8}, band.getYData(),
                1e-12);
        assertArrayEquals(new double[] {s.p50() / 1e8}, fan.getSeriesMap().get("AH").getYData(), 1e-12);
        assertEquals(List.of("2012"), LedgerChartsTest.tickLabels(fan));
        assertEquals(List.of("2012"), LedgerChartsTest.tickLabels(en.payProbabilityChart(result)));
    }

    @Test
    void partiesThatNeverMoveMoneyAreLeftOutAndNoMoneyMeansNoCharts() throws IOException {
        assertEquals(List.of(0, 1), MonteCarloCharts.charted(handMade()));
        double[][][] nothing = {{{0, 0}, {0, 0}}, {{0, 0}, {0, 0}}};
        MonteCarloResult still = MonteCarloResults.of(List.of("AH", "ZJ"), 2020, nothing);
        assertTrue(en.write(dir, still).isEmpty());
        assertTrue(en.fanCharts(still).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> en.netDistributionChart(still));
        assertThrows(IllegalArgumentException.class, () -> en.fanChart(still, List.of("XX")));
    }

    @Test
    void aPartyKeepsItsColourAcrossCharts() {
        MonteCarloResult result = xinan();
        XYChart fan = en.fanCharts(result).get(MonteCarloCharts.FAN);
        XYChart pays = en.payProbabilityChart(result);
        XYChart distribution = en.netDistributionChart(result);
        for (String party : List.of("AH", "ZJ", "CENTRAL")) {
            assertEquals(fan.getSeriesMap().get(party).getLineColor(), pays.getSeriesMap().get(party).getLineColor());
            assertEquals(fan.getSeriesMap().get(party).getLineColor(),
                    distribution.getSeriesMap().get(party).getLineColor());
        }
        List<Object> colours = new ArrayList<>();
        List.of("AH", "ZJ", "CENTRAL").forEach(p -> colours.add(fan.getSeriesMap().get(p).getLineColor()));
        assertEquals(3, colours.stream().distinct().count());
    }

    @Test
    void amountsKeepThreeSignificantDigits() {
        assertEquals("3.21", MonteCarloCharts.amount(3.2149));
        assertEquals("-18", MonteCarloCharts.amount(-18.0000000001));
        assertEquals("1230", MonteCarloCharts.amount(1234.5));
        assertEquals("0.000346", MonteCarloCharts.amount(0.00034567));
        assertEquals("0", MonteCarloCharts.amount(0));
    }

    @Test
    void labelsInBothLanguages() {
        Labels zh = new Labels(Language.ZH);
        Labels english = new Labels(Language.EN);
        assertEquals("5%–95% 分位区间", zh.percentileBand(5, 95));
        assertEquals("5th–95th percentile", english.percentileBand(5, 95));
        assertEquals("1st–99th percentile", english.percentileBand(1, 99));
        assertEquals("江西（均值 3.21）", zh.partyWithMean("JX", "3.21"));
        assertEquals("中央财政（每次抽样均为 -18）", zh.sameInEveryDraw("CENTRAL", "-18"));
        assertEquals("江西年度净收支（蒙特卡洛）", zh.fanTitle("JX"));
    }
}
