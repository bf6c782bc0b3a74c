package org.ecocomp.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ecocomp.agreement.Balance;
import org.ecocomp.agreement.Clause;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Measure;
import org.ecocomp.agreement.Transfer;
import org.ecocomp.quality.WaterClass;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.internal.chartpart.RenderableSeries.LegendRenderType;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a settlement {@link Ledger}: what each party paid and received per year, each
 * party's cumulative net balance, and for every clause with a thresholded figure that figure per
 * year against its threshold.
 *
 * <p>Money is drawn in 亿元 (10⁸ yuan). Every account keeps one colour of the theme's palette in all
 * charts of a ledger: the accounts given first, in their order, then the ledger's other accounts in
 * order of first appearance. Years are whole-number ticks.
 */
public final class LedgerCharts {

    /** File stem of the stacked bars of what each party paid per year. */
    public static final String PAYMENTS = "payments";
    /** File stem of the stacked bars of what each party received per year. */
    public static final String RECEIPTS = "receipts";
    /** File stem of the lines of each party's cumulative net balance. */
    public static final String NET_BALANCE = "net-balance";
    /** Start of the file stem of a clause's chart, followed by the clause id. */
    public static final String CLAUSE_PREFIX = "clause-";

    /** Yuan per unit of a money axis: 1 亿元. */
    static final double YUAN_PER_UNIT = 1e8;
    /** The yearly figures charted per clause, first ones first; other thresholded figures follow. */
    private static final List<String> KNOWN = List.of("P", "compliance_rate", "annual_class", "pollution_index");
    private static final String COMPLIANCE_RATE = "compliance_rate";
    private static final String ANNUAL_CLASS = "annual_class";
    private static final String FLOW_SHARE = "flow_share_passing";
    /** Exceedance fines record one figure per indicator and month: events, not a yearly series. */
    private static final String EXCEEDANCE = "exceedance ";
    /** How far the axes reach beyond half a year around the data, so that no tick falls on their ends. */
    static final double EDGE = 1e-6;
    /** Horizontal offset between the markers of neighbouring sections, in years. */
    private static final double DODGE = 0.06;
    private static final int FIGURE_MARKER_SIZE = 7;
    private static final double BAR_FILL = 0.6;
    private static final double HEADROOM = 1.1;
    /** Below this axis top in 亿元 (10 万元) a money axis gets more decimals than the theme's four. */
    private static final double MONEY_DECIMALS_FROM = 0.001;
    /** The width XChart gives the graphic of a legend entry that is not a line (a bar's box, a marker). */
    private static final int LEGEND_BOX = 20;

    /** A circle drawn as a ring on white: the marker of a year that missed its threshold. */
    static final Marker HOLLOW_CIRCLE = new Marker() {
        private final BasicStroke ring = new BasicStroke(1.4f);

        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            Color colour = g.getColor();
            double size = markerSize - 1;
            Ellipse2D circle = new Ellipse2D.Double(xOffset - size / 2, yOffset - size / 2, size, size);
            g.setColor(Color.WHITE);
            g.fill(circle);
            g.setColor(colour);
            g.setStroke(ring);
            g.draw(circle);
        }
    };

    private final ChartTheme theme;
    private final Labels labels;
    private final Color[] palette;

    /**
     * Charts drawn in a theme.
     *
     * @param theme the look and language
     */
    public LedgerCharts(ChartTheme theme) {
        this.theme = theme;
        this.labels = theme.labels();
        this.palette = theme.xyChart(1, 1, "", "", "").getStyler().getSeriesColors();
    }

    /**
     * Writes every chart of a ledger as PNG and SVG: {@value #PAYMENTS}, {@value #RECEIPTS} and
     * {@value #NET_BALANCE} when there are transfers (the last when {@code accounts} names a party
     * that is not a fund), then the charts of {@link #clauseCharts(Ledger)}.
     *
     * @param dir the output directory
     * @param ledger the settlement's transfers and figures
     * @param accounts the parties and fund accounts to show, in order (e.g. the agreement's parties
     *     then its fund accounts); accounts of the ledger that are not listed are shown after them
     * @return the files written, in writing order
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir, Ledger ledger, List<String> accounts) throws IOException {
        List<Path> written = new ArrayList<>();
        if (!ledger.transfers().isEmpty()) {
            written.addAll(ChartWriter.write(paymentsChart(ledger, accounts), dir, PAYMENTS));
            written.addAll(ChartWriter.write(receiptsChart(ledger, accounts), dir, RECEIPTS));
            if (accounts.stream().anyMatch(a -> !isFund(a))) {
                written.addAll(ChartWriter.write(netBalanceChart(ledger, accounts), dir, NET_BALANCE));
            }
        }
        for (Map.Entry<String, XYChart> chart : clauseCharts(ledger).entrySet()) {
            written.addAll(ChartWriter.write(chart.getValue(), dir, chart.getKey()));
        }
        return written;
    }

    /**
     * What each party paid per year, as stacked bars in 亿元. Parties that paid nothing are left out.
     *
     * @param ledger the ledger
     * @param accounts the accounts to show first, in order
     * @return the chart; its series are named by account code
     * @throws IllegalArgumentException when the ledger has no transfers
     */
    public CategoryChart paymentsChart(Ledger ledger, List<String> accounts) {
        return flowChart(ledger, accounts, true, labels.paymentsTitle());
    }

    /**
     * What each party received per year, as stacked bars in 亿元. Parties that received nothing are
     * left out.
     *
     * @param ledger the ledger
     * @param accounts the accounts to show first, in order
     * @return the chart; its series are named by account code
     * @throws IllegalArgumentException when the ledger has no transfers
     */
    public CategoryChart receiptsChart(Ledger ledger, List<String> accounts) {
        return flowChart(ledger, accounts, false, labels.receiptsTitle());
    }

    private CategoryChart flowChart(Ledger ledger, List<String> accounts, boolean paid, String title) {
        if (ledger.transfers().isEmpty()) {
            throw new IllegalArgumentException("the ledger has no transfers to chart");
        }
        List<Integer> years = years(ledger);
        List<String> all = allAccounts(ledger, accounts);
        CategoryChart chart = new CategoryChart(ChartTheme.WIDTH, ChartTheme.HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(labels.yearAxis());
        chart.setYAxisTitle(labels.amountAxis());
        theme.style(chart.getStyler());
        // a lone year's bar would fill most of the plot
        chart.getStyler().setStacked(true).setOverlapped(false)
                .setAvailableSpaceFill(Math.min(BAR_FILL, BAR_FILL * years.size() / 3));
        List<String> categories = years.stream().map(String::valueOf).toList();
        double[] stacks = new double[years.size()];
        for (int i = 0; i < all.size(); i++) {
            String account = all.get(i);
            double[] yuan = yearly(ledger, account, years, paid);
            // A fund only passes money on: its bars would count every payment twice.
            if (isFund(account) || DoubleStream.of(yuan).allMatch(v -> v == 0)) {
                continue;
            }
            List<Double> amounts = new ArrayList<>();
            for (int y = 0; y < yuan.length; y++) {
                amounts.add(yuan[y] / YUAN_PER_UNIT);
                stacks[y] += yuan[y] / YUAN_PER_UNIT;
            }
            CategorySeries series = chart.addSeries(account, categories, amounts);
            series.setLabel(labels.account(account));
            series.setFillColor(colour(i));
            series.setLineColor(colour(i));
        }
        // An explicit top above the highest stack keeps XChart from putting ticks only at the data
        // values, which it does when the bar heights happen to be equally spaced up to the top.
        double top = DoubleStream.of(stacks).max().orElseThrow() * HEADROOM;
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(top);
        moneyDecimals(chart.getStyler(), top);
        fitLegend(chart);
        return chart;
    }

    /**
     * Each party's cumulative net balance (received − paid, summed over the years so far) in 亿元,
     * one line per account in {@code accounts} that is not a fund account, with a zero line.
     *
     * @param ledger the ledger
     * @param accounts the parties, in order
     * @return the chart; the balance series are named by account code
     * @throws IllegalArgumentException when the ledger has no year or {@code accounts} no party
     */
    public XYChart netBalanceChart(Ledger ledger, List<String> accounts) {
        List<Integer> years = years(ledger);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("the ledger has no year to chart");
        }
        List<String> all = allAccounts(ledger, accounts);
        List<String> parties = accounts.stream().filter(a -> !isFund(a)).distinct().toList();
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("no party to chart among " + accounts);
        }
        Map<String, double[]> lines = new LinkedHashMap<>();
        double low = 0;
        double high = 0;
        for (String party : parties) {
            double[] units = DoubleStream.of(cumulativeNet(ledger, party, years)).map(v -> v / YUAN_PER_UNIT)
                    .toArray();
            lines.put(party, units);
            low = Math.min(low, DoubleStream.of(units).min().orElse(0));
            high = Math.max(high, DoubleStream.of(units).max().orElse(0));
        }
        double span = high > low ? high - low : 1;
        double yMin = low < 0 ? low - 0.08 * span : -0.08 * span;
        double yMax = high > 0 ? high + 0.08 * span : 0.08 * span;

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.netBalanceTitle(),
                labels.yearAxis(), labels.netBalanceAxis());
        double xMin = years.getFirst() - 0.5 - EDGE;
        double xMax = years.getLast() + 0.5 + EDGE;
        yearFrame(chart, xMin, xMax, yMin, yMax);
        moneyDecimals(chart.getStyler(), Math.max(-yMin, yMax));
        XYSeries zero = chart.addSeries("zero", new double[] {xMin, xMax}, new double[] {0, 0});
        zero.setLineColor(theme.ink());
        zero.setLineStyle(new BasicStroke(0.8f));
        zero.setMarker(SeriesMarkers.NONE);
        zero.setShowInLegend(false);
        double[] x = years.stream().mapToDouble(Integer::doubleValue).toArray();
        for (Map.Entry<String, double[]> line : lines.entrySet()) {
            XYSeries series = chart.addSeries(line.getKey(), x, line.getValue());
            series.setLabel(labels.account(line.getKey()));
            Color colour = colour(all.indexOf(line.getKey()));
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            series.setLineStyle(theme.dataStroke(1.6f));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        fitLegend(chart);
        return chart;
    }

    /**
     * One chart per clause and yearly figure that has a threshold: the index P of an index bet, the
     * compliance rate (as %) and annual class of each section of a compliance test, a pollution
     * index against last year's. The threshold is drawn as a stepped line across each year (one per
     * section when the sections' thresholds differ); years that met it have filled markers, years that
     * missed it hollow ones. The flow share of passing sections is drawn with the compliance rate,
     * or alone when the clause has no rate. Exceedance-fine figures, one per month, are not charted.
     *
     * <p>A clause's first chart is {@code clause-<id>}, in the order P, compliance rate, annual class,
     * pollution index, other figures; further ones are {@code clause-<id>-<figure>}.
     *
     * @param ledger the ledger
     * @return the charts by file stem, clauses in order of their first figure
     */
    public Map<String, XYChart> clauseCharts(Ledger ledger) {
        Map<String, Map<String, List<Measure>>> byClause = new LinkedHashMap<>();
        for (Measure m : ledger.measures()) {
            byClause.computeIfAbsent(m.clause(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        Map<String, XYChart> charts = new LinkedHashMap<>();
        Set<String> stems = new HashSet<>();
        for (Map.Entry<String, Map<String, List<Measure>>> clause : byClause.entrySet()) {
            Map<String, List<Measure>> figures = clause.getValue();
            List<String> charted = new ArrayList<>();
            KNOWN.stream().filter(name -> hasThreshold(figures.get(name))).forEach(charted::add);
            figures.keySet().stream()
                    .filter(name -> !KNOWN.contains(name) && !name.startsWith(EXCEEDANCE) && !name.equals(FLOW_SHARE))
                    .filter(name -> hasThreshold(figures.get(name)))
                    .forEach(charted::add);
            List<Measure> flowShare = figures.getOrDefault(FLOW_SHARE, List.of());
            if (!flowShare.isEmpty() && !charted.contains(COMPLIANCE_RATE)) {
                charted.add(FLOW_SHARE);
            }
            String base = CLAUSE_PREFIX + AssessmentCharts.fileSafe(clause.getKey());
            for (String name : charted) {
                String stem = unique(stems, name.equals(charted.getFirst()) ? base
                        : base + "-" + AssessmentCharts.fileSafe(name));
                charts.put(stem, figureChart(clause.getKey(), name, figures.get(name),
                        name.equals(COMPLIANCE_RATE) ? flowShare : List.of()));
            }
        }
        return charts;
    }

    private static boolean hasThreshold(List<Measure> measures) {
        return measures != null && measures.stream().anyMatch(m -> m.threshold().isPresent());
    }

    /** One figure of one clause per year and section, against its threshold. */
    private XYChart figureChart(String clause, String name, List<Measure> measures, List<Measure> flowShare) {
        boolean percent = name.equals(COMPLIANCE_RATE) || name.equals(FLOW_SHARE);
        double scale = percent ? 100 : 1;
        Map<String, List<Measure>> bySection = new LinkedHashMap<>();
        measures.forEach(m -> bySection.computeIfAbsent(m.section(), k -> new ArrayList<>()).add(m));
        IntSummaryStatistics span = Stream.concat(measures.stream(), flowShare.stream())
                .mapToInt(Measure::year).summaryStatistics();
        int first = span.getMin();
        int last = span.getMax();
        double xMin = first - 0.5 - EDGE;
        double xMax = last + 0.5 + EDGE;

        double yMin;
        double yMax;
        if (name.equals(ANNUAL_CLASS)) {
            yMin = 0.5 - EDGE;
            yMax = WaterClass.values().length + 0.5 + EDGE;
        } else if (percent) {
            yMin = -EDGE;
            yMax = 105;
        } else {
            DoubleStream.Builder all = DoubleStream.builder();
            for (Measure m : measures) {
                all.add(m.value());
                m.threshold().ifPresent(all::add);
            }
            double[] finite = all.build().filter(Double::isFinite).toArray();
            double low = Math.min(0, DoubleStream.of(finite).min().orElse(0));
            double high = Math.max(0, DoubleStream.of(finite).max().orElse(1));
            double range = high > low ? high - low : 1;
            yMin = low < 0 ? low - 0.05 * range : -EDGE;
            yMax = high + 0.12 * range;
        }

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.clauseTitle(clause, name),
                labels.yearAxis(), labels.measureAxis(name));
        chart.getStyler().setMarkerSize(FIGURE_MARKER_SIZE);
        yearFrame(chart, xMin, xMax, yMin, yMax);
        if (name.equals(ANNUAL_CLASS)) {
            chart.setCustomYAxisTickLabelsFormatter(y -> classTick(y, yMin, yMax));
        }
        drawThresholds(chart, name, bySection, scale, first, last, xMin);

        List<String> sections = List.copyOf(bySection.keySet());
        // neighbouring sections (and the flow share) are drawn a little apart so that equal values stay visible
        int slots = sections.size() + (flowShare.isEmpty() ? 0 : 1);
        boolean anyMet = false;
        Map<String, double[][]> missedBySeries = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            String section = sections.get(i);
            List<Measure> points = bySection.get(section).stream()
                    .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
            double offset = dodge(i, slots);
            Color colour = colour(i);
            XYSeries series = chart.addSeries("section " + i, points.stream().mapToDouble(m -> m.year() + offset)
                    .toArray(), points.stream().mapToDouble(m -> m.value() * scale).toArray());
            series.setLabel(section.isEmpty() ? capitalised(labels.measure(name)) : section);
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            series.setLineStyle(theme.dataStroke(1.6f));
            series.setMarker(SeriesMarkers.CIRCLE);
            anyMet |= points.stream().anyMatch(m -> m.passed().orElse(false) && Double.isFinite(m.value()));
            List<Measure> missed = points.stream()
                    .filter(m -> m.passed().isPresent() && !m.passed().get() && Double.isFinite(m.value())).toList();
            if (!missed.isEmpty()) {
                missedBySeries.put(series.getName(), new double[][] {
                    missed.stream().mapToDouble(m -> m.year() + offset).toArray(),
                    missed.stream().mapToDouble(m -> m.value() * scale).toArray()});
            }
        }
        if (!flowShare.isEmpty()) {
            List<Measure> points = flowShare.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
            double offset = dodge(slots - 1, slots);
            XYSeries share = chart.addSeries(FLOW_SHARE, points.stream().mapToDouble(m -> m.year() + offset).toArray(),
                    points.stream().mapToDouble(m -> m.value() * 100).toArray());
            share.setLabel(capitalised(labels.measure(FLOW_SHARE)));
            share.setLineColor(theme.accent());
            share.setMarkerColor(theme.accent());
            share.setLineStyle(theme.dataStroke(1.2f));
            share.setMarker(SeriesMarkers.DIAMOND);
        }
        // rings over the filled markers of missed years, drawn after every line so that none crosses them
        missedBySeries.forEach((line, xy) -> {
            XYSeries hollow = chart.addSeries("missed " + line.substring("section ".length()), xy[0], xy[1]);
            hollow.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            hollow.setMarker(HOLLOW_CIRCLE);
            hollow.setMarkerColor(chart.getSeriesMap().get(line).getMarkerColor());
            hollow.setShowInLegend(false);
        });
        // Legend keys only: a single point without a value is never drawn in the plot.
        if (anyMet) {
            legendKey(chart, "met", labels.met(), SeriesMarkers.CIRCLE, xMin);
        }
        if (!missedBySeries.isEmpty()) {
            legendKey(chart, "not met", labels.notMet(), HOLLOW_CIRCLE, xMin);
        }
        fitLegend(chart);
        return chart;
    }

    /**
     * The thresholds of a figure as stepped lines across each year: one in ink when all sections have
     * the same, else one per section, dashed in the section's colour. Years without one leave a gap.
     */
    private void drawThresholds(XYChart chart, String name, Map<String, List<Measure>> bySection, double scale,
                                int first, int last, double xMin) {
        Map<String, Map<Integer, Double>> thresholds = new LinkedHashMap<>();
        bySection.forEach((section, measures) -> {
            Map<Integer, Double> byYear = new TreeMap<>();
            measures.forEach(m -> m.threshold().ifPresent(t -> byYear.put(m.year(), t * scale)));
            thresholds.put(section, byYear);
        });
        boolean shared = thresholds.values().stream().distinct().count() == 1;
        List<String> sections = List.copyOf(thresholds.keySet());
        for (int i = 0; i < sections.size(); i++) {
            Map<Integer, Double> byYear = thresholds.get(sections.get(i));
            if (byYear.isEmpty() || (shared && i > 0)) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                Double t = byYear.get(year);
                if (t == null) {
                    xs.add((double) year);
                    ys.add(Double.NaN);
                    continue;
                }
                // a run of equal thresholds is one segment; a change is a vertical step between years
                int n = ys.size();
                boolean continues = n > 0 && t.equals(ys.get(n - 1)) && xs.get(n - 1) == year - 0.5;
                if (continues) {
                    xs.set(n - 1, year + 0.5);
                } else {
                    xs.add(year == first ? xMin : year - 0.5);
                    ys.add(t);
                    xs.add(year + 0.5);
                    ys.add(t);
                }
            }
            int n = xs.size();
            if (ys.get(n - 1).isNaN()) {
                xs.remove(n - 1);
                ys.remove(n - 1);
            } else {
                xs.set(n - 1, last + 0.5 + EDGE);
            }
            XYSeries line = chart.addSeries("threshold " + i, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray());
            line.setMarker(SeriesMarkers.NONE);
            if (shared) {
                line.setLabel(labels.threshold(name));
                line.setLineColor(theme.ink());
                line.setLineStyle(theme.referenceStroke(true));
            } else {
                line.setLabel(labels.threshold(name, sections.get(i).isEmpty()
                        ? capitalised(labels.measure(name)) : sections.get(i)));
                line.setLineColor(colour(i));
                line.setLineStyle(theme.referenceStroke(false));
            }
        }
    }

    /**
     * Gives a money axis enough decimals for small sums: the theme's four decimals of 亿元 end at 1
     * 万元, and XChart draws no tick at all when the axis ends read alike.
     */
    static void moneyDecimals(AxesChartStyler styler, double top) {
        if (top > 0 && top < MONEY_DECIMALS_FROM) {
            int decimals = (int) Math.ceil(-Math.log10(top)) + 2;
            styler.setYAxisDecimalPattern("#,##0." + "#".repeat(decimals));
        }
    }

    /** The horizontal offset of the markers of slot {@code i} of {@code n} drawn side by side at a year. */
    static double dodge(int i, int n) {
        return n > 1 ? (i - (n - 1) / 2.0) * DODGE : 0;
    }

    /**
     * Moves the legend to the right of the plot, one entry a line, when it is too wide for one row
     * below the plot (XChart does not wrap it). The width is reckoned as XChart lays the row out.
     */
    static void fitLegend(Chart<? extends AxesChartStyler, ? extends AxesChartSeries> chart) {
        AxesChartStyler styler = chart.getStyler();
        FontRenderContext frc = new FontRenderContext(null, true, false);
        double width = styler.getLegendPadding();
        for (AxesChartSeries series : chart.getSeriesMap().values()) {
            if (series.isShowInLegend()) {
                double text = new TextLayout(series.getLabel(), styler.getLegendFont(), frc).getOutline(null)
                        .getBounds2D().getWidth();
                // XY series without a style of their own are drawn in the default, lines
                boolean line = series instanceof XYSeries xy && (xy.getXYSeriesRenderStyle() == null
                        || xy.getXYSeriesRenderStyle().getLegendRenderType() == LegendRenderType.Line);
                double graphic = line ? styler.getLegendSeriesLineLength() : LEGEND_BOX;
                width += text + graphic + 2 * styler.getLegendPadding();
            }
        }
        if (width > chart.getWidth() - 2 * styler.getChartPadding()) {
            styler.setLegendPosition(LegendPosition.OutsideE).setLegendLayout(LegendLayout.Vertical);
        }
    }

    private void legendKey(XYChart chart, String name, String label, Marker marker, double x) {
        XYSeries key = chart.addSeries(name, new double[] {x}, new double[] {Double.NaN});
        key.setLabel(label);
        key.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        key.setMarker(marker);
        key.setMarkerColor(theme.ink());
    }

    /**
     * Each year's cumulative net balance of an account in yuan: received − paid over the years up to
     * and including it, each year's figures rounded to the fen as in {@link Ledger#balance}.
     *
     * @param ledger the ledger
     * @param account the account
     * @param years the years, ascending
     * @return one balance per year
     */
    static double[] cumulativeNet(Ledger ledger, String account, List<Integer> years) {
        double[] out = new double[years.size()];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            sum = Transfer.toFen(sum + ledger.balance(account, OptionalInt.of(years.get(i))).net());
            out[i] = sum;
        }
        return out;
    }

    /** What an account paid (or received) in each year, in yuan. */
    static double[] yearly(Ledger ledger, String account, List<Integer> years, boolean paid) {
        double[] out = new double[years.size()];
        for (int i = 0; i < out.length; i++) {
            Balance balance = ledger.balance(account, OptionalInt.of(years.get(i)));
            out[i] = paid ? balance.paid() : balance.received();
        }
        return out;
    }

    /** Every year from the first to the last with a transfer or a figure; empty for an empty ledger. */
    static List<Integer> years(Ledger ledger) {
        IntStream all = IntStream.concat(ledger.transfers().stream().mapToInt(Transfer::year),
                ledger.measures().stream().mapToInt(Measure::year));
        IntSummaryStatistics range = all.summaryStatistics();
        return range.getCount() == 0 ? List.of()
                : IntStream.rangeClosed(range.getMin(), range.getMax()).boxed().toList();
    }

    /** The accounts given, then the ledger's others in order of first appearance. */
    private static List<String> allAccounts(Ledger ledger, List<String> accounts) {
        Set<String> all = new LinkedHashSet<>(accounts);
        all.addAll(ledger.accounts());
        return List.copyOf(all);
    }

    private static boolean isFund(String account) {
        return Clause.PooledFund.isAccount(account);
    }

    private Color colour(int index) {
        return palette[Math.floorMod(index, palette.length)];
    }

    /**
     * Fixes the ranges of a chart whose x axis is years, with whole years as the only tick labels.
     *
     * <p>Every tick off a whole year gets the same blank label, so XChart, which grows its tick step
     * until all labels differ, settles on steps of whole years. The axis ends lie a hair beyond half
     * years and get labels of their own: XChart draws no ticks at all when the two ends read alike.
     * The plot fills the axes, so that no tick outside the range is drawn in a margin. The invisible
     * first series, whose values are not equally spaced, keeps XChart from placing ticks at the data
     * values instead (see {@link MonthAxis#frame}).
     */
    static void yearFrame(XYChart chart, double xMin, double xMax, double yMin, double yMax) {
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax)
                .setPlotContentSize(1.0);
        chart.setCustomXAxisTickLabelsFormatter(yearTick(xMin, xMax));
        XYSeries frame = chart.addSeries("frame", new double[] {xMin, xMax, xMin + (xMax - xMin) / 3},
                new double[] {yMin, yMax, yMin + (yMax - yMin) / 3});
        frame.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        frame.setMarker(SeriesMarkers.NONE);
        frame.setShowInLegend(false);
    }

    static Function<Double, String> yearTick(double xMin, double xMax) {
        return x -> {
            long year = Math.round(x);
            if (Math.abs(x - year) < 1e-9) {
                return Long.toString(year);
            }
            return x == xMin || x == xMax ? "#" + x : " ";
        };
    }

    /** A tick of a class axis: the class at whole numbers 1–6, blanks between (as {@link #yearTick}). */
    private String classTick(double y, double yMin, double yMax) {
        long n = Math.round(y);
        boolean whole = Math.abs(y - n) < 1e-9;
        if (whole && n >= 1 && n <= WaterClass.values().length) {
            return labels.classTick(WaterClass.ofNumber((int) n));
        }
        return whole || y == yMin || y == yMax ? "#" + y : " ";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String unique(Set<String> stems, String stem) {
        String candidate = stem;
        for (int i = 2; !stems.add(candidate); i++) {
            candidate = stem + "-" + i;
        }
        return candidate;
    }
}
