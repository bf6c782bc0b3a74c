package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Measure;
import org.ecocomp.agreement.Transfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.internal.chartpart.Chart;

class LedgerChartsTest {

    static final String BET = "dj-bet";
    static final String AWARD = "dj-central";
    static final String XINGNING = "兴宁电站";
    static final String MIAOZULI = "庙咀里";

    @TempDir
    Path dir;

    private final LedgerCharts en = new LedgerCharts(ChartTheme.forLanguage(Language.EN, List.of()));

    static Transfer transfer(int year, String clause, String payer, String payee, double yuan) {
        return new Transfer(year, "r1", clause, payer, payee, yuan, "test");
    }

    static Measure measure(int year, String clause, String section, String name, double value, double threshold,
                           boolean passed) {
        return new Measure(year, "r1", clause, section, name, value, OptionalDouble.of(threshold), Optional.of(passed));
    }

    static Measure figure(int year, String clause, String section, String name, double value) {
        return new Measure(year, "r1", clause, section, name, value, OptionalDouble.empty(), Optional.empty());
    }

    /**
     * Dongjiang-like, 2016–2018: a compliance bet at two sections with rising rate targets (庙咀里
     * misses in 2017, so Jiangxi pays Guangdong) and a central award to Jiangxi.
     */
    static Ledger dongjiang() {
        List<Transfer> transfers = List.of(
                transfer(2016, BET, "GD", "JX", 1e8),
                transfer(2016, AWARD, "CENTRAL", "JX", 3e8),
                transfer(2017, BET, "JX", "GD", 1e8),
                transfer(2017, AWARD, "CENTRAL", "JX", 1.5e8),
                transfer(2018, BET, "GD", "JX", 1e8),
                transfer(2018, AWARD, "CENTRAL", "JX", 3e8));
        double[] targets = {0.75, 0.83, 1.0};
        double[][] rates = {{11 / 12.0, 10 / 12.0, 1.0}, {1.0, 9 / 12.0, 1.0}};
        List<Measure> measures = new ArrayList<>();
        for (int y = 0; y < 3; y++) {
            for (int s = 0; s < 2; s++) {
                double rate = rates[s][y];
                measures.add(measure(2016 + y, BET, s == 0 ? XINGNING : MIAOZULI, "compliance_rate", rate,
                        targets[y], rate + 1e-9 >= targets[y]));
            }
        }
        return new Ledger(transfers, measures);
    }

    /** Xin'an-like index bet over 16 years, P against 1, with a central award in the first years. */
    static Ledger xinan() {
        List<Transfer> transfers = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (int y = 2012; y <= 2027; y++) {
            double p = 0.82 + 0.25 * Math.sin(y * 1.3);
            boolean passed = p <= 1;
            measures.add(figure(y, "xinan-index", "街口", "C/C0 NH3-N", p * 0.9));
            measures.add(measure(y, "xinan-index", "街口", "P", p, 1.0, passed));
            transfers.add(passed ? transfer(y, "xinan-index", "ZJ", "AH", 1e8) : transfer(y, "xinan-index", "AH", "ZJ", 1e8));
            if (y <= 2017) {
                transfers.add(transfer(y, "xinan-central", "CENTRAL", "AH", (y <= 2014 ? 3 : 2) * 1e8));
            }
        }
        return new Ledger(transfers, measures);
    }

    /**
     * Chishui-like pooled fund, 2018–2020, Class Ⅱ target at two sections with annual classes; 清水铺
     * misses in 2019, so Yunnan's allocation goes to Guizhou and Sichuan.
     */
    static Ledger chishui() {
        String fund = "fund:chishui-pool";
        List<Transfer> transfers = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (int y = 2018; y <= 2020; y++) {
            transfers.add(transfer(y, "chishui", "YN", fund, 0.2e8));
            transfers.add(transfer(y, "chishui", "GZ", fund, 1e8));
            transfers.add(transfer(y, "chishui", "SC", fund, 0.8e8));
            boolean qingshuipu = y != 2019;
            if (qingshuipu) {
                transfers.add(transfer(y, "chishui", fund, "YN", 0.6e8));
            } else {
                transfers.add(transfer(y, "chishui", fund, "GZ", 0.3e8));
                transfers.add(transfer(y, "chishui", fund, "SC", 0.3e8));
            }
            transfers.add(transfer(y, "chishui", fund, "GZ", 0.8e8));
            transfers.add(transfer(y, "chishui", fund, "SC", 0.6e8));
            measures.add(measure(y, "chishui", "清水铺", "annual_class", qingshuipu ? 2 : 3, 2, qingshuipu));
            measures.add(measure(y, "chishui", "鲢鱼溪", "annual_class", y == 2018 ? 1 : 2, 2, true));
        }
        return new Ledger(transfers, measures);
    }

    /**
     * Ting–Han-like flow-weighted bet, 2016–2019, annual class and compliance rate at three rivers
     * with the flow share of passing ones; a periodic bet with monthly counts only.
     */
    static Ledger tinghan() {
        List<Transfer> transfers = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        String[] sections = {"汀江", "石窟河", "象洞溪"};
        for (int y = 2016; y <= 2019; y++) {
            double share = 1;
            for (int s = 0; s < 3; s++) {
                boolean classOk = !(s == 2 && y == 2017);
                double rate = s == 1 && y == 2018 ? 8 / 12.0 : s == 2 && y == 2017 ? 7 / 12.0 : 1.0;
                boolean rateOk = rate >= 0.8;
                measures.add(measure(y, "th-bet", sections[s], "annual_class", classOk ? 3 - (s == 0 ? 1 : 0) : 4, 3,
                        classOk));
                measures.add(measure(y, "th-bet", sections[s], "compliance_rate", rate, 0.8, rateOk));
                measures.add(new Measure(y, "r1", "th-bet", sections[s], "flow_volume_m3", 1e9 * (3 - s),
                        OptionalDouble.empty(), Optional.of(classOk && rateOk)));
                if (!(classOk && rateOk)) {
                    share -= (3 - s) / 6.0;
                }
            }
            measures.add(figure(y, "th-bet", "", "flow_share_passing", share));
            transfers.add(transfer(y, "th-bet", "GD", "FJ", Transfer.toFen(2e8 * share)));
            measures.add(figure(y, "th-monthly", "", "months_passed", 10));
        }
        return new Ledger(transfers, measures);
    }

    /** One year; Guangdong pays nothing and is listed anyway. */
    static Ledger singleYear() {
        return new Ledger(List.of(transfer(2020, "jz-bet", "GX", "GD", 1e8)),
                List.of(measure(2020, "jz-bet", "石角", "annual_class", 4, 3, false),
                        measure(2020, "jz-bet", "石角", "compliance_rate", 0.5, 1.0, false)));
    }

    /** Figures but not a single transfer: every test failed a downstream-pays-only bet. */
    static Ledger noTransfers() {
        return new Ledger(List.of(), IntStream.rangeClosed(2019, 2021)
                .mapToObj(y -> measure(y, "one-way", "石角", "P", 1.1 + (y - 2019) * 0.05, 1.0, false)).toList());
    }

    /** An improvement bet: annual class against Ⅲ and the pollution index against last year's. */
    static Ledger improvement() {
        List<Measure> measures = new ArrayList<>();
        double[] index = {0.9, 0.85, 0.88, 0.7};
        for (int i = 0; i < index.length; i++) {
            int y = 2020 + i;
            measures.add(measure(y, "chuhe", "汊河", "annual_class", 3, 3, true));
            measures.add(i == 0 ? figure(y, "chuhe", "汊河", "pollution_index", index[i])
                    : measure(y, "chuhe", "汊河", "pollution_index", index[i], index[i - 1], index[i] < index[i - 1]));
        }
        return new Ledger(List.of(transfer(2021, "chuhe", "JS", "AH", 5e7), transfer(2022, "chuhe", "AH", "JS", 5e7),
                transfer(2023, "chuhe", "JS", "AH", 5e7)), measures);
    }

    private static List<String> pngs(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
    }

    @Test
    void writesPaymentsReceiptsBalanceAndOneChartPerThresholdedClause() throws IOException {
        List<Path> files = en.write(dir, dongjiang(), List.of("JX", "GD", "CENTRAL"));
        assertEquals(List.of("payments.png", "receipts.png", "net-balance.png", "clause-dj-bet.png"), pngs(files));
        assertEquals(8, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
    }

    @Test
    void theSameLedgerGivesTheSameBytes() throws IOException {
        for (Ledger ledger : List.of(dongjiang(), xinan(), chishui(), tinghan(), singleYear(), improvement())) {
            List<Path> first = en.write(dir.resolve("a"), ledger, List.of("JX", "GD", "CENTRAL"));
            List<Path> second = en.write(dir.resolve("b"), ledger, List.of("JX", "GD", "CENTRAL"));
            assertEquals(pngs(first), pngs(second));
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                        first.get(i).toString());
            }
        }
    }

    @Test
    void svgsParseAndCarryTheirTitles() throws Exception {
        en.write(dir, dongjiang(), List.of("JX", "GD", "CENTRAL"));
        Map<String, String> titles = Map.of("payments", "Payments by party and year",
                "receipts", "Receipts by party and year",
                "net-balance", "Cumulative net balance by party",
                "clause-dj-bet", "Clause dj-bet: monthly compliance rate");
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
        new LedgerCharts(zh).write(dir, dongjiang(), List.of("JX", "GD", "CENTRAL"));
        String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve("clause-dj-bet.svg")))
                .getElementsByTagName("title").item(0).getTextContent();
        assertEquals("条款 dj-bet：月达标率", title);
        assertTrue(Files.readString(dir.resolve("payments.svg")).contains("<title>各方年度支付额</title>"));
    }

    @Test
    void cumulativeNetBalancesAreTheHandComputedSums() {
        Ledger ledger = dongjiang();
        List<Integer> years = List.of(2016, 2017, 2018);
        // JX: +1 +3 in 2016; −1 +1.5 in 2017; +1 +3 in 2018 (亿元)
        assertArrayEquals(new double[] {4e8, 4.5e8, 8.5e8}, LedgerCharts.cumulativeNet(ledger, "JX", years));
        assertArrayEquals(new double[] {-1e8, 0, -1e8}, LedgerCharts.cumulativeNet(ledger, "GD", years));
        assertArrayEquals(new double[] {-3e8, -4.5e8, -7.5e8}, LedgerCharts.cumulativeNet(ledger, "CENTRAL", years));

        XYChart chart = en.netBalanceChart(ledger, List.of("JX", "GD", "CENTRAL"));
        Map<String, XYSeries> series = chart.getSeriesMap();
        assertArrayEquals(new double[] {4, 4.5, 8.5}, series.get("JX").getYData(), 1e-12);
        assertArrayEquals(new double[] {-1, 0, -1}, series.get("GD").getYData(), 1e-12);
        assertArrayEquals(new double[] {-3, -4.5, -7.5}, series.get("CENTRAL").getYData(), 1e-12);
        assertArrayEquals(new double[] {2016, 2017, 2018}, series.get("JX").getXData());
        assertEquals("Jiangxi", series.get("JX").getLabel());
        assertEquals("Central government", series.get("CENTRAL").getLabel());
        // money is conserved: the balances of all parties sum to zero every year
        for (int y = 0; y < 3; y++) {
            final int i = y;
            assertEquals(0, List.of("JX", "GD", "CENTRAL").stream()
                    .mapToDouble(a -> series.get(a).getYData()[i]).sum(), 1e-12);
        }
    }

    @Test
    void fundAccountsGetNoBalanceLineAndNoBars() {
        Ledger ledger = chishui();
        List<String> accounts = List.of("YN", "GZ", "SC", "fund:chishui-pool");
        XYChart balance = en.netBalanceChart(ledger, accounts);
        assertFalse(balance.getSeriesMap().containsKey("fund:chishui-pool"));
        // 2018: YN −0.2 + 0.6; 2019: −0.2; 2020: −0.2 + 0.6
        assertArrayEquals(new double[] {0.4, 0.2, 0.6}, balance.getSeriesMap().get("YN").getYData(), 1e-12);
        // A fund only passes money on: bars for it would count every payment twice.
        CategoryChart paid = en.paymentsChart(ledger, accounts);
        assertEquals(List.of("YN", "GZ", "SC"), List.copyOf(paid.getSeriesMap().keySet()));
        CategoryChart received = en.receiptsChart(ledger, accounts);
        assertEquals(List.of("YN", "GZ", "SC"), List.copyOf(received.getSeriesMap().keySet()));
        assertEquals("Fund chishui-pool", new Labels(Language.EN).account("fund:chishui-pool"));
    }

    @Test
    void paymentsAreStackedPerYearAndPartiesThatNeverPaidAreLeftOut() {
        CategoryChart paid = en.paymentsChart(dongjiang(), List.of("JX", "GD", "CENTRAL"));
        assertTrue(paid.getStyler().isStacked());
        assertEquals(List.of("JX", "GD", "CENTRAL"), List.copyOf(paid.getSeriesMap().keySet()));
        assertEquals(List.of("2016", "2017", "2018"), paid.getSeriesMap().get("JX").getXData());
        assertEquals(List.of(0.0, 1.0, 0.0), paid.getSeriesMap().get("JX").getYData());
        assertEquals(List.of(3.0, 1.5, 3.0), paid.getSeriesMap().get("CENTRAL").getYData());
        CategoryChart received = en.receiptsChart(dongjiang(), List.of("JX", "GD", "CENTRAL"));
        // the central government never receives
        assertEquals(List.of("JX", "GD"), List.copyOf(received.getSeriesMap().keySet()));
        assertEquals(List.of(4.0, 1.5, 4.0), received.getSeriesMap().get("JX").getYData());
    }

    @Test
    void aPartyKeepsItsColourAcrossCharts() {
        List<String> accounts = List.of("JX", "GD", "CENTRAL");
        CategoryChart paid = en.paymentsChart(dongjiang(), accounts);
        CategoryChart received = en.receiptsChart(dongjiang(), accounts);
        XYChart balance = en.netBalanceChart(dongjiang(), accounts);
        for (String a : List.of("JX", "GD")) {
            assertEquals(paid.getSeriesMap().get(a).getFillColor(), received.getSeriesMap().get(a).getFillColor());
            assertEquals(paid.getSeriesMap().get(a).getFillColor(), balance.getSeriesMap().get(a).getLineColor());
        }
        assertFalse(paid.getSeriesMap().get("JX").getFillColor().equals(paid.getSeriesMap().get("GD").getFillColor()));
    }

    @Test
    void aLedgerWithoutTransfersGetsOnlyItsClauseCharts() throws IOException {
        List<Path> files = en.write(dir, noTransfers(), List.of("GX", "GD"));
        assertEquals(List.of("clause-one-way.png"), pngs(files));
        assertThrows(IllegalArgumentException.class, () -> en.paymentsChart(noTransfers(), List.of("GX")));
        assertTrue(en.write(dir.resolve("empty"), new Ledger(List.of(), List.of()), List.of("GX")).isEmpty());
    }

    @Test
    void aSingleYearAndAPartyThatNeverPaid() throws IOException {
        List<Path> files = en.write(dir, singleYear(), List.of("GX", "GD", "CENTRAL"));
        assertEquals(List.of("payments.png", "receipts.png", "net-balance.png", "clause-jz-bet.png",
                "clause-jz-bet-annual_class.png"), pngs(files));
        XYChart balance = en.netBalanceChart(singleYear(), List.of("GX", "GD", "CENTRAL"));
        assertArrayEquals(new double[] {0}, balance.getSeriesMap().get("CENTRAL").getYData());
        assertArrayEquals(new double[] {-1}, balance.getSeriesMap().get("GX").getYData());
    }

    @Test
    void yearTicksAreWholeYearsOnly() {
        XYChart chart = en.netBalanceChart(xinan(), List.of("AH", "ZJ", "CENTRAL"));
        List<String> ticks = tickLabels(chart);
        assertFalse(ticks.isEmpty());
        assertTrue(ticks.stream().allMatch(t -> t.matches("20[12]\\d")), ticks.toString());
        XYChart single = en.netBalanceChart(singleYear(), List.of("GX", "GD"));
        assertEquals(List.of("2020"), tickLabels(single));
        XYChart three = en.clauseCharts(dongjiang()).get("clause-dj-bet");
        assertEquals(List.of("2016", "2017", "2018"), tickLabels(three));
    }

    /** The x tick labels XChart draws after painting the chart: those strictly inside the axis. */
    static List<String> tickLabels(Chart<?, ?> chart) {
        return tickLabels(chart, "getXAxis");
    }

    /** The tick labels XChart draws on an axis ({@code getXAxis} or {@code getYAxis}) after painting. */
    static List<String> tickLabels(Chart<?, ?> chart, String axisGetter) {
        BufferedImage image = new BufferedImage(ChartTheme.WIDTH, ChartTheme.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.paint(g, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        g.dispose();
        try {
            Method getAxis = Chart.class.getDeclaredMethod(axisGetter);
            getAxis.setAccessible(true);
            Axis<?, ?> axis = (Axis<?, ?>) getAxis.invoke(chart);
            AxisTickCalculator ticks = axis.getAxisTickCalculator();
            double width = axisGetter.equals("getXAxis") ? axis.getBounds().getWidth() : axis.getBounds().getHeight();
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < ticks.getTickLabels().size(); i++) {
                double at = ticks.getTickLocations().get(i);
                if (at > 0 && at < width) {
                    drawn.add(ticks.getTickLabels().get(i));
                }
            }
            return drawn;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void accountsAreNamedInBothLanguages() {
        Labels zh = new Labels(Language.ZH);
        Labels english = new Labels(Language.EN);
        assertEquals("江西", zh.account("JX"));
        assertEquals("Jiangxi", english.account("JX"));
        assertEquals("基金 chishui-pool", zh.account("fund:chishui-pool"));
        assertEquals("Fund chishui-pool", english.account("fund:chishui-pool"));
        assertEquals("Central government", english.account("CENTRAL"));
        assertEquals("条款 dj-bet：年均水质类别", zh.clauseTitle("dj-bet", "annual_class"));
        assertEquals("Clause x: months_passed", english.clauseTitle("x", "months_passed"));
        assertEquals("劣Ⅴ", zh.classTick(org.ecocomp.quality.WaterClass.WORSE_THAN_V));
    }

    @Test
    void theClassAxisIsLabelledWithClasses() {
        List<String> ticks = tickLabels(en.clauseCharts(chishui()).get("clause-chishui"), "getYAxis");
        assertEquals(List.of("I", "II", "III", "IV", "V", "worse than V"), ticks);
    }

    @Test
    void smallSumsStillGetMoneyTicks() {
        // a load fine of a few thousand yuan: 0.00003 亿元
        Ledger ledger = new Ledger(List.of(transfer(2020, "fine", "GX", "GD", 3456.78),
                transfer(2021, "fine", "GX", "GD", 1200)), List.of());
        List<String> paid = tickLabels(en.paymentsChart(ledger, List.of("GX", "GD")), "getYAxis");
        assertTrue(paid.size() >= 3, paid.toString());
        assertEquals(paid.size(), paid.stream().distinct().count(), paid.toString());
        List<String> net = tickLabels(en.netBalanceChart(ledger, List.of("GX", "GD")), "getYAxis");
        assertTrue(net.size() >= 3, net.toString());
        assertTrue(net.contains("0"), net.toString());
    }

    @Test
    void aComplianceBetChartsTheRatePerSectionAgainstTheSteppedTarget() {
        XYChart chart = en.clauseCharts(dongjiang()).get("clause-dj-bet");
        Map<String, XYSeries> series = chart.getSeriesMap();
        assertEquals(XINGNING, series.get("section 0").getLabel());
        assertEquals(MIAOZULI, series.get("section 1").getLabel());
        // rates as %; the two sections are drawn a little apart so that equal rates stay visible
        assertArrayEquals(new double[] {100 * 11 / 12.0, 100 * 10 / 12.0, 100}, series.get("section 0").getYData(), 1e-9);
        assertEquals(2016, series.get("section 0").getXData()[0], 0.05);
        // one shared target, a step per year: 75 %, 83 %, 100 %
        XYSeries target = series.get("threshold 0");
        assertEquals("Target rate", target.getLabel());
        assertEquals(List.of(75.0, 75.0, 83.0, 83.0, 100.0, 100.0),
                Arrays.stream(target.getYData()).map(v -> Math.round(v * 1e6) / 1e6).boxed().toList());
        // 庙咀里 missed in 2017: one hollow marker, and both legend keys
        assertArrayEquals(new double[] {75}, series.get("missed 1").getYData(), 1e-9);
        assertFalse(series.containsKey("missed 0"));
        assertEquals("Met", series.get("met").getLabel());
        assertEquals("Not met", series.get("not met").getLabel());
    }

    @Test
    void eachThresholdedFigureOfAClauseGetsAChartAndFlowShareJoinsTheRate() {
        Map<String, XYChart> charts = en.clauseCharts(tinghan());
        assertEquals(List.of("clause-th-bet", "clause-th-bet-annual_class"), List.copyOf(charts.keySet()));
        XYChart rate = charts.get("clause-th-bet");
        assertEquals("Flow share of passing sections", rate.getSeriesMap().get("flow_share_passing").getLabel());
        XYChart classes = charts.get("clause-th-bet-annual_class");
        assertEquals("Clause th-bet: annual mean water class", classes.getTitle());
        assertFalse(classes.getSeriesMap().containsKey("flow_share_passing"));
        // the improvement bet's pollution index is compared with last year's: a threshold from the second year
        Map<String, XYChart> improvement = en.clauseCharts(improvement());
        assertEquals(List.of("clause-chuhe", "clause-chuhe-pollution_index"), List.copyOf(improvement.keySet()));
        XYSeries previous = improvement.get("clause-chuhe-pollution_index").getSeriesMap().get("threshold 0");
        assertEquals("Previous year", previous.getLabel());
        assertTrue(Double.isNaN(previous.getYData()[0]));
    }

    @Test
    void sectionsWithDifferentThresholdsGetALineEach() {
        Ledger ledger = new Ledger(List.of(), List.of(
                measure(2020, "mixed", "A", "P", 0.8, 1.0, true),
                measure(2020, "mixed", "B", "P", 0.9, 0.85, false)));
        XYChart chart = en.clauseCharts(ledger).get("clause-mixed");
        assertEquals("Threshold (A)", chart.getSeriesMap().get("threshold 0").getLabel());
        assertEquals("Threshold (B)", chart.getSeriesMap().get("threshold 1").getLabel());
    }
}
