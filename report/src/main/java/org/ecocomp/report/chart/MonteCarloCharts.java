package org.ecocomp.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.Summary;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a Monte Carlo projection ({@link MonteCarloResult}): a fan chart of each party's
 * yearly net transfer (median with its 25–75% and 5–95% bands), the distribution of each party's net
 * transfer summed over the projection, and each year's probability that a party is a net payer.
 *
 * <p>Net transfer is received − paid, in 亿元 (10⁸ yuan). A party whose yearly net transfer is zero
 * in every year and draw (one that no clause moves money for) is left out of every chart; when that
 * is every party, no chart is written. Every party keeps the colour of its place in
 * {@link MonteCarloResult#parties()} in all charts, so a party looks the same as in the
 * {@link LedgerCharts} of the same parties. Years are whole-number ticks. Statistics are those of
 * {@link Summary}: type-7 quantiles over all draws.
 */
public final class MonteCarloCharts {

    /** File stem of the fan chart of all parties, when there are at most {@value #MAX_PARTIES_PER_FAN}. */
    public static final String FAN = "mc-fan";
    /** Start of the file stem of one party's fan chart, followed by its code, when there are more parties. */
    public static final String FAN_PREFIX = "mc-fan-";
    /** File stem of the histograms of each party's net transfer over the projection. */
    public static final String NET_DISTRIBUTION = "mc-net-distribution";
    /** File stem of the lines of each party's probability of being a net payer per year. */
    public static final String PAY_PROBABILITY = "mc-upstream-pays";
    /**
     * The most parties drawn in one fan chart. With more, their bands overlap into a blur of mixed
     * colours; each party then gets a chart of its own.
     */
    public static final int MAX_PARTIES_PER_FAN = 3;
    /** The most bins of the net transfer histograms. */
    public static final int MAX_BINS = 60;

    private static final double YUAN_PER_UNIT = LedgerCharts.YUAN_PER_UNIT;
    private static final double EDGE = LedgerCharts.EDGE;
    /** Half the width of the bands of a projection of one year, drawn as boxes around the year. */
    private static final double SINGLE_YEAR_HALF_WIDTH = 0.25;
    /** Opacity of the 5–95% band, and of the 25–75% band drawn over it. */
    private static final float OUTER_OPACITY = 0.2f;
    private static final float INNER_OPACITY = 0.3f;
    private static final float HISTOGRAM_OPACITY = 0.25f;
    /** Room left below and above the data of a money axis, as a share of their span. */
    private static final double MARGIN = 0.08;
    private static final double HEADROOM = 1.1;
    /** Below this axis end in 亿元 a money axis gets more decimals than the theme's four. */
    private static final double MONEY_DECIMALS_FROM = 0.001;
    private static final int SIGNIFICANT_DIGITS = 3;
    /** How far the probability axis reaches below 0 % and above 100 %, so that lines there stay visible. */
    private static final double PERCENT_MARGIN = 5;

    private final ChartTheme theme;
    private final Labels labels;
    private final Color[] palette;

    /**
     * Charts drawn in a theme.
     *
     * @param theme the look and language
     */
    public MonteCarloCharts(ChartTheme theme) {
        this.theme = theme;
        this.labels = theme.labels();
        this.palette = theme.xyChart(1, 1, "", "", "").getStyler().getSeriesColors();
    }

    /**
     * Writes every chart of a Monte Carlo projection as PNG and SVG: the charts of
     * {@link #fanCharts(MonteCarloResult)}, then {@value #NET_DISTRIBUTION} and {@value #PAY_PROBABILITY};
     * nothing when no party's net transfer is ever other than zero.
     *
     * @param dir the output directory
     * @param result the draws
     * @return the files written, in writing order
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir, MonteCarloResult result) throws IOException {
        List<Path> written = new ArrayList<>();
        if (charted(result).isEmpty()) {
            return written;
        }
        for (Map.Entry<String, XYChart> chart : fanCharts(result).entrySet()) {
            written.addAll(ChartWriter.write(chart.getValue(), dir, chart.getKey()));
        }
        written.addAll(ChartWriter.write(netDistributionChart(result), dir, NET_DISTRIBUTION));
        written.addAll(ChartWriter.write(payProbabilityChart(result), dir, PAY_PROBABILITY));
        return written;
    }

    /**
     * The fan charts of the parties whose net transfer is ever other than zero: one chart
     * {@value #FAN} of all of them when they are at most {@value #MAX_PARTIES_PER_FAN}, else one chart
     * {@code mc-fan-<code>} per party in the order of {@link MonteCarloResult#parties()}.
     *
     * @param result the draws
     * @return the charts by file stem; empty when no party is charted
     */
    public Map<String, XYChart> fanCharts(MonteCarloResult result) {
        List<String> parties = charted(result).stream().map(p -> result.parties().get(p)).toList();
        Map<String, XYChart> charts = new LinkedHashMap<>();
        if (parties.isEmpty()) {
            return charts;
        }
        if (parties.size() <= MAX_PARTIES_PER_FAN) {
            charts.put(FAN, fanChart(result, parties));
            return charts;
        }
        Set<String> stems = new HashSet<>();
        for (String party : parties) {
            String stem = FAN_PREFIX + AssessmentCharts.fileSafe(party);
            for (int i = 2; !stems.add(stem); i++) {
                stem = FAN_PREFIX + AssessmentCharts.fileSafe(party) + "-" + i;
            }
            charts.put(stem, fanChart(result, List.of(party)));
        }
        return charts;
    }

    /**
     * A fan chart of parties' yearly net transfer in 亿元: per party the median over the draws as a
     * line with markers, over a band from the 25% to the 75% quantile and a lighter one from the 5% to
     * the 95% quantile, with a zero line. A projection of one year shows its bands as a box around the
     * year. With one party the title names it and the legend names the median; with several the
     * legend names the parties and the bands' keys are grey.
     *
     * @param result the draws
     * @param parties the codes of the parties to draw, in drawing order
     * @return the chart; the median series are named by party code, the bands {@code <code> 5-95}
     *     and {@code <code> 25-75}
     * @throws IllegalArgumentException when {@code parties} is empty or names a party the result has not
     */
    public XYChart fanChart(MonteCarloResult result, List<String> parties) {
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("no party to chart");
        }
        int[] years = result.years();
        Map<String, Summary[]> summaries = new LinkedHashMap<>();
        double low = 0;
        double high = 0;
        for (String party : parties) {
            int p = index(result, party);
            Summary[] yearly = IntStream.range(0, years.length)
                    .mapToObj(k -> Summary.of(result.netTransfer(p, k))).toArray(Summary[]::new);
            summaries.put(party, yearly);
            for (Summary s : yearly) {
                low = Math.min(low, s.p5() / YUAN_PER_UNIT);
                high = Math.max(high, s.p95() / YUAN_PER_UNIT);
            }
        }
        double span = high > low ? high - low : 1;
        double yMin = low - MARGIN * span;
        double yMax = high + MARGIN * span;
        boolean single = parties.size() == 1;
        String title = single ? labels.fanTitle(parties.getFirst()) : labels.fanTitle();
        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, title, labels.yearAxis(),
                labels.yearlyNetAxis());
        double xMin = years[0] - 0.5 - EDGE;
        double xMax = years[years.length - 1] + 0.5 + EDGE;
        LedgerCharts.yearFrame(chart, xMin, xMax, yMin, yMax);
        LedgerCharts.moneyDecimals(chart.getStyler(), Math.max(-yMin, yMax));
        zeroLine(chart, "zero", new double[] {xMin, xMax}, new double[] {0, 0});

        // every band first, so that no party's band covers another's median
        for (Map.Entry<String, Summary[]> party : summaries.entrySet()) {
            Summary[] s = party.getValue();
            Color colour = colour(index(result, party.getKey()));
            band(chart, party.getKey() + " 5-95", years, units(s, Summary::p5), units(s, Summary::p95),
                    translucent(colour, OUTER_OPACITY));
            band(chart, party.getKey() + " 25-75", years, units(s, Summary::p25), units(s, Summary::p75),
                    translucent(colour, INNER_OPACITY));
        }
        double[] x = IntStream.of(years).asDoubleStream().toArray();
        for (Map.Entry<String, Summary[]> party : summaries.entrySet()) {
            Color colour = colour(index(result, party.getKey()));
            XYSeries median = chart.addSeries(party.getKey(), x, units(party.getValue(), Summary::p50));
            median.setLabel(single ? labels.median() : labels.account(party.getKey()));
            median.setLineColor(colour);
            median.setMarkerColor(colour);
            median.setLineStyle(theme.dataStroke(1.6f));
            median.setMarker(SeriesMarkers.CIRCLE);
        }
        Color key = single ? colour(index(result, parties.getFirst())) : theme.ink();
        bandKey(chart, "band 5-95", labels.percentileBand(5, 95), translucent(key, OUTER_OPACITY), xMin);
        // the inner band is seen through the outer one
        bandKey(chart, "band 25-75", labels.percentileBand(25, 75),
                translucent(key, 1 - (1 - OUTER_OPACITY) * (1 - INNER_OPACITY)), xMin);
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * The distribution of each charted party's net transfer summed over the projection, in 亿元: a
     * histogram per party as a filled step outline, all on the same bins of {@link #binEdges}, with
     * the share of the party's draws per bin on the vertical axis and the mean as a dashed line in the
     * party's colour (the legend gives its value). A party with the same sum in every draw has no
     * histogram but a solid line at that sum. A zero line is drawn when zero lies in the range.
     *
     * @param result the draws
     * @return the chart; histogram and same-in-every-draw series are named by party code, the means
     *     {@code mean <code>}
     * @throws IllegalArgumentException when no party is charted
     */
    public XYChart netDistributionChart(MonteCarloResult result) {
        List<Integer> parties = charted(result);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("no party's net transfer is ever other than zero");
        }
        Map<Integer, double[]> totals = new LinkedHashMap<>();
        for (int p : parties) {
            totals.put(p, DoubleStream.of(result.netTransfer(p)).map(v -> v / YUAN_PER_UNIT).toArray());
        }
        List<double[]> spread = totals.values().stream().filter(v -> !isConstant(v)).toList();
        double[] edges = spread.isEmpty() ? new double[0] : binEdges(spread);
        Map<Integer, double[]> shares = new LinkedHashMap<>();
        double top = 0;
        for (Map.Entry<Integer, double[]> party : totals.entrySet()) {
            if (!isConstant(party.getValue())) {
                int[] counts = counts(party.getValue(), edges);
                double[] share = IntStream.of(counts).mapToDouble(c -> 100.0 * c / party.getValue().length).toArray();
                shares.put(party.getKey(), share);
                top = Math.max(top, DoubleStream.of(share).max().orElseThrow());
            }
        }
        // a hair below zero, so that XChart labels the zero tick
        double yMin = -EDGE;
        double yMax = (shares.isEmpty() ? 100 : top) * HEADROOM;
        double low = totals.values().stream().flatMapToDouble(DoubleStream::of).min().orElseThrow();
        double high = totals.values().stream().flatMapToDouble(DoubleStream::of).max().orElseThrow();
        double pad = high > low ? 0.05 * (high - low) : low != 0 ? 0.1 * Math.abs(low) : 1;
        double xMin = low - pad;
        double xMax = high + pad;

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.netDistributionTitle(),
                labels.totalNetAxis(), labels.drawShareAxis());
        valueFrame(chart, xMin, xMax, yMin, yMax);
        moneyDecimalsX(chart.getStyler(), Math.max(Math.abs(xMin), Math.abs(xMax)));
        if (xMin < 0 && xMax > 0) {
            zeroLine(chart, "zero", new double[] {0, 0}, new double[] {yMin, yMax});
        }
        for (Map.Entry<Integer, double[]> party : totals.entrySet()) {
            int p = party.getKey();
            String code = result.parties().get(p);
            Color colour = colour(p);
            double[] values = party.getValue();
            if (!shares.containsKey(p)) {
                XYSeries same = chart.addSeries(code, new double[] {values[0], values[0]}, new double[] {yMin, yMax});
                same.setLabel(labels.sameInEveryDraw(code, amount(values[0])));
                same.setLineColor(colour);
                same.setLineStyle(theme.dataStroke(1.6f));
                same.setMarker(SeriesMarkers.NONE);
                continue;
            }
            double[][] outline = stepOutline(edges, shares.get(p));
            XYSeries histogram = chart.addSeries(code, outline[0], outline[1]);
            histogram.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            histogram.setLabel(labels.partyWithMean(code, amount(Summary.of(values).mean())));
            histogram.setFillColor(translucent(colour, HISTOGRAM_OPACITY));
            histogram.setLineColor(colour);
            histogram.setLineStyle(theme.dataStroke(1.2f));
            histogram.setMarker(SeriesMarkers.NONE);
        }
        // the means over every histogram
        for (int p : shares.keySet()) {
            double mean = Summary.of(totals.get(p)).mean();
            XYSeries line = chart.addSeries("mean " + result.parties().get(p), new double[] {mean, mean},
                    new double[] {yMin, yMax});
            line.setLineColor(colour(p));
            line.setLineStyle(theme.referenceStroke(false));
            line.setMarker(SeriesMarkers.NONE);
            line.setShowInLegend(false);
        }
        if (!shares.isEmpty()) {
            XYSeries key = chart.addSeries("mean", new double[] {xMin}, new double[] {Double.NaN});
            key.setLabel(labels.mean());
            key.setLineColor(theme.ink());
            key.setLineStyle(theme.referenceStroke(false));
            key.setMarker(SeriesMarkers.NONE);
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * Each year's probability that a charted party is a net payer (its net transfer in the year is
     * below zero), in % of the draws, one line per party. Parties with equal probabilities are drawn a
     * little apart so that each line stays visible.
     *
     * @param result the draws
     * @return the chart; its series are named by party code
     * @throws IllegalArgumentException when no party is charted
     */
    public XYChart payProbabilityChart(MonteCarloResult result) {
        List<Integer> parties = charted(result);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("no party's net transfer is ever other than zero");
        }
        int[] years = result.years();
        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.payProbabilityTitle(),
                labels.yearAxis(), labels.payProbabilityAxis());
        double xMin = years[0] - 0.5 - EDGE;
        double xMax = years[years.length - 1] + 0.5 + EDGE;
        LedgerCharts.yearFrame(chart, xMin, xMax, -PERCENT_MARGIN, 100 + PERCENT_MARGIN);
        for (int i = 0; i < parties.size(); i++) {
            int p = parties.get(i);
            double offset = LedgerCharts.dodge(i, parties.size());
            XYSeries series = chart.addSeries(result.parties().get(p),
                    IntStream.of(years).mapToDouble(y -> y + offset).toArray(), payProbability(result, p));
            series.setLabel(labels.account(result.parties().get(p)));
            series.setLineColor(colour(p));
            series.setMarkerColor(colour(p));
            series.setLineStyle(theme.dataStroke(1.6f));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * The indices of the parties whose yearly net transfer is other than zero in some year and draw,
     * in the order of {@link MonteCarloResult#parties()}.
     *
     * @param result the draws
     * @return the indices; empty when there are no draws
     */
    static List<Integer> charted(MonteCarloResult result) {
        int years = result.years().length;
        return IntStream.range(0, result.parties().size())
                .filter(p -> IntStream.range(0, years)
                        .anyMatch(k -> DoubleStream.of(result.netTransfer(p, k)).anyMatch(v -> v != 0)))
                .boxed().toList();
    }

    /**
     * A party's probability of being a net payer in each year: the share of draws whose net transfer
     * in the year is below zero, in %.
     *
     * @param result the draws
     * @param party the party's index
     * @return one percentage per year
     */
    static double[] payProbability(MonteCarloResult result, int party) {
        double[] out = new double[result.years().length];
        for (int k = 0; k < out.length; k++) {
            double[] net = result.netTransfer(party, k);
            out[k] = 100.0 * DoubleStream.of(net).filter(v -> v < 0).count() / net.length;
        }
        return out;
    }

    /**
     * Common histogram bins for samples that are not constant: equal bins across the range of all of
     * them, as narrow as the narrowest Freedman–Diaconis width of any one sample (2·IQR·n^(−1/3); the
     * Sturges width range/(⌈log₂ n⌉ + 1) where the IQR is zero), but at most {@value #MAX_BINS}.
     *
     * @param samples samples that each have two different values, all finite
     * @return the k + 1 bin edges, ascending, from the least to the greatest value
     * @throws IllegalArgumentException when there is no sample, or one is constant or not finite
     */
    static double[] binEdges(List<double[]> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sample to bin");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double width = Double.POSITIVE_INFINITY;
        for (double[] sample : samples) {
            if (isConstant(sample) || !DoubleStream.of(sample).allMatch(Double::isFinite)) {
                throw new IllegalArgumentException("cannot bin a constant or non-finite sample");
            }
            double min = DoubleStream.of(sample).min().orElseThrow();
            double max = DoubleStream.of(sample).max().orElseThrow();
            Summary s = Summary.of(sample);
            double fd = 2 * (s.p75() - s.p25()) / Math.cbrt(sample.length);
            double sturges = (max - min) / (Math.ceil(Math.log(sample.length) / Math.log(2)) + 1);
            width = Math.min(width, fd > 0 ? fd : sturges);
            lo = Math.min(lo, min);
            hi = Math.max(hi, max);
        }
        // a hair less, so that a range of exactly k widths is not given one more bin by rounding
        double bins = Math.ceil((hi - lo) / width * (1 - 1e-9));
        int k = (int) Math.max(1, Math.min(MAX_BINS, bins));
        double[] edges = new double[k + 1];
        for (int i = 0; i < k; i++) {
            edges[i] = lo + (hi - lo) * i / k;
        }
        edges[k] = hi;
        return edges;
    }

    /**
     * How many values fall in each bin: bin i holds edges[i] ≤ v &lt; edges[i + 1], the last bin also its
     * upper edge. Values outside the edges are not counted.
     *
     * @param values the values
     * @param edges the bin edges, ascending
     * @return one count per bin
     */
    static int[] counts(double[] values, double[] edges) {
        int k = edges.length - 1;
        int[] counts = new int[k];
        for (double v : values) {
            if (v < edges[0] || v > edges[k]) {
                continue;
            }
            int at = Arrays.binarySearch(edges, v);
            // an exact edge starts its bin; otherwise binarySearch gives −(insertion point) − 1
            int bin = at >= 0 ? at : -at - 2;
            counts[Math.min(bin, k - 1)]++;
        }
        return counts;
    }

    /**
     * The outline of a histogram as a polygon from the left edge of its first non-empty bin to the
     * right edge of its last, down to zero at both ends.
     */
    private static double[][] stepOutline(double[] edges, double[] heights) {
        int first = 0;
        while (heights[first] == 0) {
            first++;
        }
        int last = heights.length - 1;
        while (heights[last] == 0) {
            last--;
        }
        int n = last - first + 1;
        double[] x = new double[2 * n + 2];
        double[] y = new double[2 * n + 2];
        x[0] = edges[first];
        for (int i = 0; i < n; i++) {
            x[2 * i + 1] = edges[first + i];
            y[2 * i + 1] = heights[first + i];
            x[2 * i + 2] = edges[first + i + 1];
            y[2 * i + 2] = heights[first + i];
        }
        x[2 * n + 1] = edges[last + 1];
        return new double[][] {x, y};
    }

    /**
     * A band between two lines over the years, as a filled polygon without outline; around the year as
     * a box when there is one year.
     */
    private static void band(XYChart chart, String name, int[] years, double[] lower, double[] upper, Color fill) {
        double[] x;
        double[] y;
        if (years.length == 1) {
            double left = years[0] - SINGLE_YEAR_HALF_WIDTH;
            double right = years[0] + SINGLE_YEAR_HALF_WIDTH;
            x = new double[] {left, right, right, left};
            y = new double[] {lower[0], lower[0], upper[0], upper[0]};
        } else {
            int n = years.length;
            x = new double[2 * n];
            y = new double[2 * n];
            for (int i = 0; i < n; i++) {
                x[i] = years[i];
                y[i] = lower[i];
                x[2 * n - 1 - i] = years[i];
                y[2 * n - 1 - i] = upper[i];
            }
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setFillColor(fill);
        series.setLineColor(fill);
        series.setLineStyle(SeriesLines.NONE);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
    }

    /** A legend key of a band: a single point without a value is never drawn in the plot. */
    private static void bandKey(XYChart chart, String name, String label, Color fill, double x) {
        XYSeries key = chart.addSeries(name, new double[] {x}, new double[] {Double.NaN});
        key.setLabel(label);
        key.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        key.setFillColor(fill);
        key.setLineColor(fill);
        key.setLineStyle(SeriesLines.NONE);
        key.setMarker(SeriesMarkers.NONE);
    }

    private void zeroLine(XYChart chart, String name, double[] x, double[] y) {
        XYSeries zero = chart.addSeries(name, x, y);
        zero.setLineColor(theme.ink());
        zero.setLineStyle(new BasicStroke(0.8f));
        zero.setMarker(SeriesMarkers.NONE);
        zero.setShowInLegend(false);
    }

    /**
     * Fixes the ranges of a chart with two value axes. The invisible first series, whose values are
     * not equally spaced, keeps XChart from placing ticks at the data values (see
     * {@link MonthAxis#frame}).
     */
    static void valueFrame(XYChart chart, double xMin, double xMax, double yMin, double yMax) {
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax)
                // XChart's own pattern drops the leading zero below 0.1 (".05"), as on the theme's y axis
                .setXAxisDecimalPattern("#,##0.####")
                .setPlotContentSize(1.0);
        XYSeries frame = chart.addSeries("frame", new double[] {xMin, xMax, xMin + (xMax - xMin) / 3},
                new double[] {yMin, yMax, yMin + (yMax - yMin) / 3});
        frame.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        frame.setMarker(SeriesMarkers.NONE);
        frame.setShowInLegend(false);
    }

    /** Gives a horizontal money axis enough decimals for small sums, as LedgerCharts does a vertical one. */
    static void moneyDecimalsX(AxesChartStyler styler, double end) {
        if (end > 0 && end < MONEY_DECIMALS_FROM) {
            int decimals = (int) Math.ceil(-Math.log10(end)) + 2;
            styler.setXAxisDecimalPattern("#,##0." + "#".repeat(decimals));
        }
    }

    /** An amount in 亿元 to {@value #SIGNIFICANT_DIGITS} significant digits, without exponent. */
    static String amount(double units) {
        if (units == 0) {
            return "0";
        }
        return new BigDecimal(units).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros().toPlainString();
    }

    private static boolean isConstant(double[] values) {
        return DoubleStream.of(values).allMatch(v -> v == values[0]);
    }

    private static double[] units(Summary[] yearly, ToDoubleFunction<Summary> statistic) {
        return Arrays.stream(yearly).mapToDouble(statistic).map(v -> v / YUAN_PER_UNIT).toArray();
    }

    private static int index(MonteCarloResult result, String party) {
        int p = result.parties().indexOf(party);
        if (p < 0) {
            throw new IllegalArgumentException("no party " + party + " among " + result.parties());
        }
        return p;
    }

    static Color translucent(Color colour, float opacity) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(opacity * 255));
    }

    private Color colour(int index) {
        return palette[Math.floorMod(index, palette.length)];
    }
}
