package org.ecocomp.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ecocomp.sweep.Estimate;
import org.ecocomp.sweep.MorrisEffects;
import org.ecocomp.sweep.SobolIndices;
import org.ecocomp.sweep.SweepAnalysis;
import org.ecocomp.sweep.Tornado;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a parameter sweep ({@link SweepAnalysis}): for each output the tornado of a
 * one-at-a-time design, the Sobol' indices of a Saltelli design, the Morris μ*–σ plane of a Morris
 * design, and scatters of the output against its {@value #SCATTER_PARAMETERS} most influential
 * parameters.
 *
 * <p>Output and parameter names are shown as the sweep names them, never translated. Values are
 * drawn in the output's own unit. Confidence intervals are the bootstrap intervals of the
 * estimates, drawn as whiskers where an estimate has one; they are often asymmetric, which is why
 * the bars are drawn by hand rather than with XChart's symmetric error bars. A scatter draws at most
 * {@value #MAX_SCATTER_POINTS} points, chosen by {@link #subsample(int, int)}.
 */
public final class SweepCharts {

    /** Start of the file stem of an output's tornado chart, followed by the output name. */
    public static final String TORNADO_PREFIX = "tornado-";
    /** Start of the file stem of an output's Sobol' index chart, followed by the output name. */
    public static final String SOBOL_PREFIX = "sobol-";
    /** Start of the file stem of an output's Morris chart, followed by the output name. */
    public static final String MORRIS_PREFIX = "morris-";
    /** Start of the file stem of a scatter, followed by the output name, {@code -} and the parameter name. */
    public static final String SCATTER_PREFIX = "scatter-";
    /** The number of parameters each output is scattered against: the most influential ones. */
    public static final int SCATTER_PARAMETERS = 3;
    /** The most points a scatter draws; a larger sweep is subsampled. */
    public static final int MAX_SCATTER_POINTS = 5_000;

    private static final double EDGE = LedgerCharts.EDGE;
    /** The height of a parameter's row in a tornado chart, in points. */
    private static final int ROW_HEIGHT = 26;
    /** Half the height of a tornado bar, in rows. */
    private static final double BAR_HALF_HEIGHT = 0.36;
    /** The width of one bar of a Sobol' group, and the gap at the group's middle, in parameters. */
    private static final double BAR_WIDTH = 0.36;
    private static final double BAR_GAP = 0.02;
    /** Half the length of the cap of an interval whisker, in parameters (Sobol') or in points (Morris). */
    private static final double CAP_HALF_WIDTH = 0.07;
    private static final double CAP_HALF_POINTS = 3;
    /** Room left beside the data of a value axis, as a share of their span. */
    private static final double MARGIN = 0.06;
    /** Two values closer than this share of their size are drawn as one, on an axis of its own. */
    private static final double SAME_VALUE = 1e-9;
    /** Beyond this many points a scatter's markers are smaller and translucent. */
    private static final int DENSE = 500;
    private static final float DENSE_OPACITY = 0.4f;
    private static final int MORRIS_MARKER_SIZE = 7;
    /** The space between a point and its label, in points. */
    private static final double LABEL_GAP = 3;
    /** (√5 − 1)/2: its multiples modulo 1 spread evenly over [0, 1) and repeat no period. */
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final ChartTheme theme;
    private final Labels labels;
    private final Color[] palette;
    private final Font tickFont;

    /**
     * Charts drawn in a theme.
     *
     * @param theme the look and language
     */
    public SweepCharts(ChartTheme theme) {
        this.theme = theme;
        this.labels = theme.labels();
        XYChart styled = theme.xyChart(1, 1, "", "", "");
        this.palette = styled.getStyler().getSeriesColors();
        this.tickFont = styled.getStyler().getAxisTickLabelsFont();
    }

    /** What the influence of a parameter on an output is measured by. */
    public enum Criterion {
        /** The total-order Sobol' index ST (Saltelli designs). */
        TOTAL_ORDER,
        /** The Morris μ*, the mean absolute elementary effect (Morris designs). */
        MU_STAR,
        /** The tornado swing |output(high) − output(low)| (one-at-a-time designs). */
        SWING,
        /** Spearman's rank correlation between the parameter and the output over the points (other designs). */
        SPEARMAN
    }

    /**
     * How strongly an output depends on one parameter.
     *
     * @param parameter the parameter's name
     * @param criterion what the value measures
     * @param value the measure; Spearman's ρ keeps its sign; NaN when undefined (an output or a
     *     parameter that does not vary, a parameter the analysis does not cover)
     */
    public record Influence(String parameter, Criterion criterion, double value) {

        /** Checks the name and the criterion. */
        public Influence {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(criterion, "criterion");
        }

        /** The value parameters are ranked by: |ρ| for Spearman, the value itself otherwise, NaN last. */
        double strength() {
            double v = criterion == Criterion.SPEARMAN ? Math.abs(value) : value;
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
    }

    /**
     * Writes every chart of a sweep as PNG and SVG, output by output in the order of
     * {@link SweepAnalysis#outputs()} (then outputs that only the analyses name): the charts of
     * {@link #charts(SweepAnalysis)}.
     *
     * @param dir the output directory
     * @param analysis the sweep
     * @return the files written, in writing order
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir, SweepAnalysis analysis) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, XYChart> chart : charts(analysis).entrySet()) {
            written.addAll(ChartWriter.write(chart.getValue(), dir, chart.getKey()));
        }
        return written;
    }

    /**
     * Every chart of a sweep, per output: {@code tornado-<output>} when it has a tornado,
     * {@code sobol-<output>} when it has Sobol' indices, {@code morris-<output>} when it has Morris
     * effects, then {@code scatter-<output>-<parameter>} for the first {@value #SCATTER_PARAMETERS}
     * parameters of {@link #ranking(SweepAnalysis, String)} when the sweep has points. Names are made
     * safe in file names as in the other charts (dots and Chinese characters are kept); a stem that
     * two names share gets {@code -2}, {@code -3}, … appended.
     *
     * @param analysis the sweep
     * @return the charts by file stem
     */
    public Map<String, XYChart> charts(SweepAnalysis analysis) {
        Map<String, XYChart> charts = new LinkedHashMap<>();
        Set<String> stems = new HashSet<>();
        Set<String> outputs = new LinkedHashSet<>(analysis.outputs());
        outputs.addAll(analysis.tornado().keySet());
        outputs.addAll(analysis.sobol().keySet());
        outputs.addAll(analysis.morris().keySet());
        for (String output : outputs) {
            String name = AssessmentCharts.fileSafe(output);
            Tornado tornado = analysis.tornado().get(output);
            if (tornado != null && !tornado.bars().isEmpty()) {
                charts.put(AssessmentCharts.unique(stems, TORNADO_PREFIX + name), tornadoChart(output, tornado));
            }
            SobolIndices sobol = analysis.sobol().get(output);
            if (sobol != null && !sobol.parameters().isEmpty()) {
                charts.put(AssessmentCharts.unique(stems, SOBOL_PREFIX + name), sobolChart(output, sobol));
            }
            MorrisEffects morris = analysis.morris().get(output);
            if (morris != null && !morris.effects().isEmpty()) {
                charts.put(AssessmentCharts.unique(stems, MORRIS_PREFIX + name), morrisChart(output, morris));
            }
            if (analysis.outputs().contains(output) && points(analysis, output) > 0) {
                for (Influence top : ranking(analysis, output).stream().limit(SCATTER_PARAMETERS).toList()) {
                    String stem = SCATTER_PREFIX + name + "-" + AssessmentCharts.fileSafe(top.parameter());
                    charts.put(AssessmentCharts.unique(stems, stem), scatterChart(analysis, output, top));
                }
            }
        }
        return charts;
    }

    /**
     * The sweep's parameters ranked by their influence on an output, most influential first (ties,
     * and parameters whose measure is undefined, in parameter order, the undefined ones last). The
     * measure is the first that the analysis has for the output: the total-order Sobol' index ST,
     * Morris's μ*, the tornado swing, else the absolute Spearman rank correlation between the
     * parameter's values and the output over the points where both are finite (average ranks for
     * ties).
     *
     * @param analysis the sweep
     * @param output the output's name
     * @return one influence per parameter of {@link SweepAnalysis#parameters()}
     * @throws IllegalArgumentException when the sweep has no such output
     */
    public static List<Influence> ranking(SweepAnalysis analysis, String output) {
        SobolIndices sobol = analysis.sobol().get(output);
        MorrisEffects morris = analysis.morris().get(output);
        Tornado tornado = analysis.tornado().get(output);
        Criterion criterion;
        ToDoubleFunction<String> measure;
        if (sobol != null) {
            criterion = Criterion.TOTAL_ORDER;
            measure = p -> sobol.parameters().contains(p) ? sobol.totalOrder(p).value() : Double.NaN;
        } else if (morris != null) {
            criterion = Criterion.MU_STAR;
            measure = p -> morris.effects().stream().filter(e -> e.parameter().equals(p))
                    .mapToDouble(e -> e.muStar().value()).findFirst().orElse(Double.NaN);
        } else if (tornado != null) {
            criterion = Criterion.SWING;
            measure = p -> tornado.bars().stream().filter(b -> b.parameter().equals(p))
                    .mapToDouble(Tornado.Bar::swing).findFirst().orElse(Double.NaN);
        } else {
            int o = analysis.outputs().indexOf(output);
            if (o < 0) {
                throw new IllegalArgumentException("no output named " + output + "; expected one of "
                        + analysis.outputs());
            }
            criterion = Criterion.SPEARMAN;
            measure = p -> spearman(analysis.values()[analysis.parameters().indexOf(p)], analysis.results()[o]);
        }
        List<Influence> all = new ArrayList<>();
        for (String parameter : analysis.parameters()) {
            all.add(new Influence(parameter, criterion, measure.applyAsDouble(parameter)));
        }
        // a stable sort: ties keep the parameter order
        all.sort(Comparator.comparingDouble(Influence::strength).reversed());
        return List.copyOf(all);
    }

    /**
     * The tornado chart of an output: one row per parameter, the widest swing on top, with a bar
     * from the base output to the output at the parameter's low value and one to the output at its
     * high value, and a vertical line at the base output. When both moves push the output the same
     * way, the two bars share the row, the high one above the low one.
     *
     * @param output the output's name
     * @param tornado its one-at-a-time swings
     * @return the chart; the bars are series {@code low} and {@code high}, rectangles in row order
     *     separated by a point without value, the base line is {@code base}
     * @throws IllegalArgumentException when the tornado has no bars
     */
    public XYChart tornadoChart(String output, Tornado tornado) {
        List<Tornado.Bar> bars = bySwing(tornado);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("the tornado of " + output + " has no bars");
        }
        double base = tornado.baseOutput();
        double[] x = padded(Stream.concat(Stream.of(base), bars.stream()
                .flatMap(b -> Stream.of(b.lowOutput(), b.highOutput()))).mapToDouble(Double::doubleValue));
        int rows = bars.size();
        double yMin = -0.5 - EDGE;
        double yMax = rows - 0.5 + EDGE;
        XYChart chart = theme.xyChart(ChartTheme.WIDTH,
                Math.max(ChartTheme.HEIGHT, AssessmentCharts.PLOT_INSET_Y + 40 + rows * ROW_HEIGHT),
                labels.tornadoTitle(output), output, labels.parameterAxis());
        MonteCarloCharts.valueFrame(chart, x[0], x[1], yMin, yMax);
        MonteCarloCharts.moneyDecimalsX(chart.getStyler(), Math.max(Math.abs(x[0]), Math.abs(x[1])));
        chart.getStyler().setYAxisTickMarkSpacingHint(ROW_HEIGHT / 2).setPlotGridHorizontalLinesVisible(false);
        List<String> names = bars.stream().map(Tornado.Bar::parameter).toList();
        chart.setCustomYAxisTickLabelsFormatter(y -> AssessmentCharts.rowTick(names, y, yMin, yMax));

        Rectangles low = new Rectangles();
        Rectangles high = new Rectangles();
        for (int k = 0; k < rows; k++) {
            Tornado.Bar bar = bars.get(k);
            double row = rows - 1 - k;
            boolean sameSide = (bar.lowOutput() - base) * (bar.highOutput() - base) > 0;
            low.add(base, bar.lowOutput(), row - BAR_HALF_HEIGHT, sameSide ? row : row + BAR_HALF_HEIGHT);
            high.add(base, bar.highOutput(), sameSide ? row : row - BAR_HALF_HEIGHT, row + BAR_HALF_HEIGHT);
        }
        String percent = format(tornado.percent());
        bars(chart, "low", labels.parameterMove(false, percent), low, palette[0], x[0]);
        bars(chart, "high", labels.parameterMove(true, percent), high, palette[1], x[0]);
        if (Double.isFinite(base)) {
            XYSeries line = chart.addSeries("base", new double[] {base, base}, new double[] {yMin, yMax});
            line.setLabel(labels.baseOutput(format(base)));
            line.setLineColor(theme.ink());
            line.setLineStyle(new BasicStroke(1.2f));
            line.setMarker(SeriesMarkers.NONE);
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * The bars of a tornado by decreasing swing, ties and undefined swings (NaN, last) in the
     * tornado's order.
     *
     * @param tornado the tornado
     * @return the bars, the one to draw on top first
     */
    static List<Tornado.Bar> bySwing(Tornado tornado) {
        return tornado.bars().stream()
                .sorted(Comparator.comparingDouble((Tornado.Bar b) -> Double.isNaN(b.swing())
                        ? Double.NEGATIVE_INFINITY : b.swing()).reversed())
                .toList();
    }

    /**
     * The Sobol' indices of an output: per parameter, in parameter order, a bar of the first-order
     * index S1 beside one of the total-order index ST, each with its confidence interval as a
     * whisker where it has one. The value axis runs from 0, or below the lowest estimate or interval
     * end when that is negative, to 1, or above the highest. A negative estimate hangs below a zero
     * line. When the output does not vary (every index NaN) the chart says so.
     *
     * @param output the output's name
     * @param indices its indices
     * @return the chart; the bars are series {@code S1} and {@code ST}, one rectangle per parameter
     *     with a finite estimate, in parameter order, separated by a point without value; the
     *     whiskers are {@code interval}
     * @throws IllegalArgumentException when there are no parameters
     */
    public XYChart sobolChart(String output, SobolIndices indices) {
        List<String> names = indices.parameters();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the Sobol' indices of " + output + " have no parameters");
        }
        List<Estimate> all = Stream.concat(indices.firstOrder().stream(), indices.totalOrder().stream()).toList();
        DoubleStream.Builder ends = DoubleStream.builder();
        all.forEach(e -> ends.add(e.value()).add(e.lower()).add(e.upper()));
        double[] finite = ends.build().filter(Double::isFinite).toArray();
        double low = Math.min(0, DoubleStream.of(finite).min().orElse(0));
        double high = Math.max(1, DoubleStream.of(finite).max().orElse(1));
        double span = high - low;
        double yMin = low < 0 ? low - MARGIN * span : -EDGE;
        double yMax = high + MARGIN * span;
        int d = names.size();
        double xMin = -0.5 - EDGE;
        double xMax = d - 0.5 + EDGE;
        // names wider than their column are turned upright, below a taller chart
        double column = (double) (ChartTheme.WIDTH - AssessmentCharts.PLOT_INSET_X) / d;
        double widest = names.stream().mapToDouble(this::tickWidth).max().orElseThrow();
        boolean upright = widest > 0.9 * column;

        XYChart chart = theme.xyChart(ChartTheme.WIDTH,
                ChartTheme.HEIGHT + (upright ? (int) Math.ceil(widest - tickFont.getSize2D()) : 0),
                labels.sobolTitle(output), labels.parameterAxis(), labels.sobolAxis());
        MonteCarloCharts.valueFrame(chart, xMin, xMax, yMin, yMax);
        List<String> reversed = names.reversed();
        chart.setCustomXAxisTickLabelsFormatter(x -> AssessmentCharts.rowTick(reversed, x, xMin, xMax));
        chart.getStyler().setXAxisTickMarkSpacingHint((int) Math.max(1, column / 2))
                .setXAxisLabelRotation(upright ? 90 : 0)
                .setPlotGridVerticalLinesVisible(false);
        if (yMin < 0) {
            zeroLine(chart, new double[] {xMin, xMax}, new double[] {0, 0});
        }
        Rectangles s1 = new Rectangles();
        Rectangles st = new Rectangles();
        Whiskers intervals = new Whiskers();
        for (int i = 0; i < d; i++) {
            double left = i - BAR_GAP - BAR_WIDTH / 2;
            double right = i + BAR_GAP + BAR_WIDTH / 2;
            Estimate first = indices.firstOrder().get(i);
            Estimate total = indices.totalOrder().get(i);
            s1.add(left - BAR_WIDTH / 2, left + BAR_WIDTH / 2, 0, first.value());
            st.add(right - BAR_WIDTH / 2, right + BAR_WIDTH / 2, 0, total.value());
            intervals.vertical(left, first, CAP_HALF_WIDTH);
            intervals.vertical(right, total, CAP_HALF_WIDTH);
        }
        bars(chart, "S1", labels.firstOrder(), s1, palette[0], xMin);
        bars(chart, "ST", labels.totalOrder(), st, palette[1], xMin);
        whiskers(chart, intervals, percent(indices.bootstrap().confidence()));
        if (all.stream().noneMatch(e -> Double.isFinite(e.value()))) {
            chart.addAnnotation(new AnnotationText(labels.indicesUndefined(), (xMin + xMax) / 2, (yMin + yMax) / 2,
                    false));
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * The Morris μ*–σ plane of an output: one point per parameter, labelled with its name, at its
     * μ* and σ, with the confidence interval of μ* as a horizontal whisker where it has one. Both
     * axes start at 0 (a hair below, so that points there stay whole). An undefined σ (one
     * trajectory) is drawn at 0 and the chart says so.
     *
     * @param output the output's name
     * @param effects its elementary effects
     * @return the chart; the points are series {@code points}, in parameter order, the whiskers
     *     {@code interval}
     * @throws IllegalArgumentException when there are no effects
     */
    public XYChart morrisChart(String output, MorrisEffects effects) {
        List<MorrisEffects.Effect> list = effects.effects();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("the Morris effects of " + output + " have no parameters");
        }
        double[] x = list.stream().mapToDouble(e -> e.muStar().value()).toArray();
        double[] y = list.stream().mapToDouble(e -> Double.isNaN(e.sigma()) ? 0 : e.sigma()).toArray();
        boolean sigmaUndefined = list.stream().anyMatch(e -> Double.isNaN(e.sigma()));
        double xTop = list.stream().flatMapToDouble(e -> DoubleStream.of(e.muStar().value(), e.muStar().upper()))
                .filter(Double::isFinite).max().orElse(0);
        double yTop = DoubleStream.of(y).filter(Double::isFinite).max().orElse(0);
        double xSpan = xTop > 0 ? xTop : 1;
        double ySpan = yTop > 0 ? yTop : 1;
        double xMin = -MARGIN / 2 * xSpan;
        double xMax = xSpan * (1 + MARGIN);
        double yMin = -MARGIN / 2 * ySpan;
        double yMax = ySpan * (1 + 2 * MARGIN);

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.morrisTitle(output),
                labels.muStarAxis(), labels.sigmaAxis());
        MonteCarloCharts.valueFrame(chart, xMin, xMax, yMin, yMax);
        MonteCarloCharts.moneyDecimalsX(chart.getStyler(), xMax);
        LedgerCharts.moneyDecimals(chart.getStyler(), yMax);
        double yPerPoint = (yMax - yMin) / (ChartTheme.HEIGHT - AssessmentCharts.PLOT_INSET_Y);

        Whiskers intervals = new Whiskers();
        for (int i = 0; i < list.size(); i++) {
            intervals.horizontal(y[i], list.get(i).muStar(), CAP_HALF_POINTS * yPerPoint);
        }
        whiskers(chart, intervals, percent(effects.bootstrap().confidence()));
        XYSeries points = chart.addSeries("points", x, y);
        points.setLabel(labels.parameters());
        points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(palette[0]);
        chart.getStyler().setMarkerSize(MORRIS_MARKER_SIZE);

        List<String> names = list.stream().map(MorrisEffects.Effect::parameter).toList();
        labelPoints(chart, names, x, y, new double[] {xMin, xMax, yMin, yMax},
                sigmaUndefined ? labels.sigmaUndefined() : null);
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * The scatter of an output against one parameter over the sweep's points where both are finite,
     * at most {@value #MAX_SCATTER_POINTS} of them ({@link #subsample(int, int)}). The legend says
     * how many points are drawn and how influential the parameter is by {@link #ranking}.
     *
     * @param analysis the sweep
     * @param output the output's name
     * @param parameter the parameter's name
     * @return the chart; the points are series {@code points}
     * @throws IllegalArgumentException when the sweep has no such output or parameter
     */
    public XYChart scatterChart(SweepAnalysis analysis, String output, String parameter) {
        if (!analysis.outputs().contains(output)) {
            throw new IllegalArgumentException("no output named " + output + "; expected one of " + analysis.outputs());
        }
        Influence influence = ranking(analysis, output).stream().filter(i -> i.parameter().equals(parameter))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no parameter named " + parameter
                        + "; expected one of " + analysis.parameters()));
        return scatterChart(analysis, output, influence);
    }

    private XYChart scatterChart(SweepAnalysis analysis, String output, Influence influence) {
        double[] values = analysis.values()[analysis.parameters().indexOf(influence.parameter())];
        double[] results = analysis.results()[analysis.outputs().indexOf(output)];
        int[] finite = IntStream.range(0, Math.min(values.length, results.length))
                .filter(i -> Double.isFinite(values[i]) && Double.isFinite(results[i])).toArray();
        int[] drawn = IntStream.of(subsample(finite.length, MAX_SCATTER_POINTS)).map(k -> finite[k]).toArray();
        double[] x = IntStream.of(drawn).mapToDouble(i -> values[i]).toArray();
        double[] y = IntStream.of(drawn).mapToDouble(i -> results[i]).toArray();
        double[] xRange = padded(DoubleStream.of(x));
        double[] yRange = padded(DoubleStream.of(y));

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT,
                labels.scatterTitle(output, influence.parameter()), influence.parameter(), output);
        MonteCarloCharts.valueFrame(chart, xRange[0], xRange[1], yRange[0], yRange[1]);
        MonteCarloCharts.moneyDecimalsX(chart.getStyler(), Math.max(Math.abs(xRange[0]), Math.abs(xRange[1])));
        LedgerCharts.moneyDecimals(chart.getStyler(), Math.max(Math.abs(yRange[0]), Math.abs(yRange[1])));
        boolean dense = drawn.length > DENSE;
        chart.getStyler().setMarkerSize(dense ? 3 : 5);
        XYSeries points = x.length == 0
                ? chart.addSeries("points", new double[] {xRange[0]}, new double[] {Double.NaN})
                : chart.addSeries("points", x, y);
        points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(dense ? MonteCarloCharts.translucent(palette[0], DENSE_OPACITY) : palette[0]);
        points.setLabel(labels.sweepPoints(count(drawn.length), count(finite.length), drawn.length < finite.length,
                labels.influence(switch (influence.criterion()) {
                    case TOTAL_ORDER -> "ST";
                    case MU_STAR -> "mu*";
                    case SWING -> "swing";
                    case SPEARMAN -> "spearman";
                }, format(influence.value()))));
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * Which of n points a scatter draws: all when n ≤ cap, else cap of them, spread evenly over the
     * points without following any period of the sweep's design. Taking every k-th point would: on
     * a grid, every k-th point can lie on the same level of a parameter. The indices are those of
     * the golden-ratio sequence ⌊frac(j·(√5 − 1)/2)·n⌋, j = 0, 1, …, repeats skipped, until there are
     * cap of them.
     *
     * @param n the number of points
     * @param cap the most points to keep, at least 1
     * @return the kept indices, ascending
     */
    static int[] subsample(int n, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap = " + cap + "; expected at least 1");
        }
        if (n <= cap) {
            return IntStream.range(0, n).toArray();
        }
        BitSet kept = new BitSet(n);
        int count = 0;
        for (long j = 0; count < cap; j++) {
            double u = j * GOLDEN;
            int i = (int) ((u - Math.floor(u)) * n);
            if (!kept.get(i)) {
                kept.set(i);
                count++;
            }
        }
        return kept.stream().toArray();
    }

    /**
     * Spearman's rank correlation over the pairs where both values are finite: Pearson's correlation
     * of the ranks, ties given their average rank.
     *
     * @param x one variable
     * @param y the other, paired by index (the longer array's tail is ignored)
     * @return ρ in [−1, 1]; NaN with fewer than two pairs or when either variable is constant
     */
    static double spearman(double[] x, double[] y) {
        int[] pairs = IntStream.range(0, Math.min(x.length, y.length))
                .filter(i -> Double.isFinite(x[i]) && Double.isFinite(y[i])).toArray();
        if (pairs.length < 2) {
            return Double.NaN;
        }
        double[] rx = ranks(IntStream.of(pairs).mapToDouble(i -> x[i]).toArray());
        double[] ry = ranks(IntStream.of(pairs).mapToDouble(i -> y[i]).toArray());
        double mean = (pairs.length + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < pairs.length; i++) {
            double dx = rx[i] - mean;
            double dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** Ranks from 1, ties given the mean of the ranks they share. */
    private static double[] ranks(double[] values) {
        double[] sorted = values.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] += 0.0; // −0.0 and 0.0 are one value
        }
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i] + 0.0;
            int first = bound(sorted, v, false);
            int last = bound(sorted, v, true) - 1;
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    /** The first index whose value is at least (or, for {@code above}, above) v in a sorted array. */
    private static int bound(double[] sorted, double v, boolean above) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (above ? sorted[mid] <= v : sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The number of the sweep's points, as an output's results count them. */
    private static int points(SweepAnalysis analysis, String output) {
        return analysis.results()[analysis.outputs().indexOf(output)].length;
    }

    /** Axis ends around the finite values given, with a margin; around a single value or none, an axis of its own. */
    static double[] padded(DoubleStream values) {
        double[] finite = values.filter(Double::isFinite).toArray();
        double low = DoubleStream.of(finite).min().orElse(0);
        double high = DoubleStream.of(finite).max().orElse(0);
        double size = Math.max(Math.abs(low), Math.abs(high));
        double pad = high - low > SAME_VALUE * size ? MARGIN * (high - low) : size > 0 ? 0.1 * size : 1;
        return new double[] {low - pad, high + pad};
    }

    /**
     * Names points with in-plot labels: each label above and right of its point, else above and left,
     * below and right or below and left, whichever first stays in the plot clear of the points and of
     * the labels placed before it; points further right are labelled first. A note, when given, goes in the top left corner.
     */
    private void labelPoints(XYChart chart, List<String> names, double[] x, double[] y, double[] frame, String note) {
        double xMin = frame[0];
        double yMin = frame[2];
        double width = ChartTheme.WIDTH - AssessmentCharts.PLOT_INSET_X;
        double height = ChartTheme.HEIGHT - AssessmentCharts.PLOT_INSET_Y;
        double xPerPoint = (frame[1] - xMin) / width;
        double yPerPoint = (frame[3] - yMin) / height;
        Font font = theme.annotationFont();
        List<double[]> taken = new ArrayList<>();
        double marker = MORRIS_MARKER_SIZE / 2.0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i])) {
                double px = (x[i] - xMin) / xPerPoint;
                double py = (y[i] - yMin) / yPerPoint;
                taken.add(new double[] {px - marker, py - marker, px + marker, py + marker});
            }
        }
        if (note != null) {
            double[] size = textSize(note, font);
            double[] box = {LABEL_GAP * 2, height - LABEL_GAP * 2 - size[1], LABEL_GAP * 2 + size[0],
                height - LABEL_GAP * 2};
            taken.add(box);
            chart.addAnnotation(new AnnotationText(note, xMin + (box[0] + box[2]) / 2 * xPerPoint,
                    yMin + (box[1] + box[3]) / 2 * yPerPoint, false));
        }
        List<Integer> order = IntStream.range(0, x.length).filter(i -> Double.isFinite(x[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> x[i]).reversed()).toList();
        for (int i : order) {
            double[] size = textSize(names.get(i), font);
            double px = (x[i] - xMin) / xPerPoint;
            double py = (y[i] - yMin) / yPerPoint;
            // above or below the whisker through the point, starting or ending beside the point
            double across = LABEL_GAP + size[0] / 2;
            double up = marker + 1 + size[1] / 2;
            double[][] centres = {{px + across, py + up}, {px - across, py + up}, {px + across, py - up},
                {px - across, py - up}};
            double[] chosen = null;
            double[] fallback = null;
            for (double[] c : centres) {
                double[] box = {c[0] - size[0] / 2, c[1] - size[1] / 2, c[0] + size[0] / 2, c[1] + size[1] / 2};
                boolean inside = box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height;
                if (inside && fallback == null) {
                    fallback = box;
                }
                if (inside && taken.stream().noneMatch(t -> overlap(t, box))) {
                    chosen = box;
                    break;
                }
            }
            double[] box = chosen != null ? chosen : fallback != null ? fallback
                    : new double[] {px + across - size[0] / 2, py, px + across + size[0] / 2, py};
            taken.add(box);
            chart.addAnnotation(new AnnotationText(names.get(i), xMin + (box[0] + box[2]) / 2 * xPerPoint,
                    yMin + (box[1] + box[3]) / 2 * yPerPoint, false));
        }
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The width and height of a text's outline in a font, in points. */
    static double[] textSize(String text, Font font) {
        if (text.isEmpty()) {
            return new double[] {0, 0};
        }
        Rectangle2D bounds = new TextLayout(text, font, new FontRenderContext(null, true, false)).getOutline(null)
                .getBounds2D();
        return new double[] {bounds.getWidth(), bounds.getHeight()};
    }

    private double tickWidth(String text) {
        return textSize(text, tickFont)[0];
    }

    /** Filled rectangles as one series without outline, or a legend key alone when there are none. */
    static void bars(XYChart chart, String name, String label, Rectangles rectangles, Color fill, double x) {
        XYSeries series = rectangles.isEmpty()
                ? chart.addSeries(name, new double[] {x}, new double[] {Double.NaN})
                : chart.addSeries(name, rectangles.xs(), rectangles.ys());
        series.setLabel(label);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setFillColor(fill);
        series.setLineColor(fill);
        series.setLineStyle(SeriesLines.NONE);
        series.setMarker(SeriesMarkers.NONE);
    }

    /** Interval whiskers as one series in ink, in the legend with the confidence level; nothing when there are none. */
    private void whiskers(XYChart chart, Whiskers whiskers, String percent) {
        if (whiskers.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries("interval", whiskers.xs(), whiskers.ys());
        series.setLabel(labels.confidenceInterval(percent));
        series.setLineColor(theme.ink());
        series.setLineStyle(new BasicStroke(1f));
        series.setMarker(SeriesMarkers.NONE);
    }

    private void zeroLine(XYChart chart, double[] x, double[] y) {
        XYSeries zero = chart.addSeries("zero", x, y);
        zero.setLineColor(theme.ink());
        zero.setLineStyle(new BasicStroke(0.8f));
        zero.setMarker(SeriesMarkers.NONE);
        zero.setShowInLegend(false);
    }

    /** A confidence level as a percentage without trailing zeros: 0.95 → {@code 95}. */
    private static String percent(double confidence) {
        return BigDecimal.valueOf(confidence * 100).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A value to three significant digits, without exponent, thousands grouped; {@code —} when undefined. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        return grouped.format(rounded);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Axis-parallel rectangles as one polygon series, each after a point without value; non-finite ones skipped. */
    static final class Rectangles {
        private final List<Double> xs = new ArrayList<>();
        private final List<Double> ys = new ArrayList<>();

        void add(double x0, double x1, double y0, double y1) {
            if (!(Double.isFinite(x0) && Double.isFinite(x1) && Double.isFinite(y0) && Double.isFinite(y1))) {
                return;
            }
            if (!xs.isEmpty()) {
                xs.add(x0);
                ys.add(Double.NaN);
            }
            xs.addAll(List.of(x0, x0, x1, x1));
            ys.addAll(List.of(y0, y1, y1, y0));
        }

        boolean isEmpty() {
            return xs.isEmpty();
        }

        double[] xs() {
            return xs.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] ys() {
            return ys.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** Interval whiskers with caps as one line series, broken by points without value. */
    private static final class Whiskers {
        private final List<Double> xs = new ArrayList<>();
        private final List<Double> ys = new ArrayList<>();

        /** A vertical whisker at x over the estimate's interval, when it has one. */
        void vertical(double x, Estimate e, double cap) {
            if (e.hasInterval() && Double.isFinite(e.lower()) && Double.isFinite(e.upper())) {
                segment(x, e.lower(), x, e.upper());
                segment(x - cap, e.lower(), x + cap, e.lower());
                segment(x - cap, e.upper(), x + cap, e.upper());
            }
        }

        /** A horizontal whisker at y over the estimate's interval, when it has one. */
        void horizontal(double y, Estimate e, double cap) {
            if (e.hasInterval() && Double.isFinite(e.lower()) && Double.isFinite(e.upper()) && Double.isFinite(y)) {
                segment(e.lower(), y, e.upper(), y);
                segment(e.lower(), y - cap, e.lower(), y + cap);
                segment(e.upper(), y - cap, e.upper(), y + cap);
            }
        }

        private void segment(double x0, double y0, double x1, double y1) {
            if (!xs.isEmpty()) {
                xs.add(x0);
                ys.add(Double.NaN);
            }
            xs.addAll(List.of(x0, x1));
            ys.addAll(List.of(y0, y1));
        }

        boolean isEmpty() {
            return xs.isEmpty();
        }

        double[] xs() {
            return xs.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] ys() {
            return ys.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
