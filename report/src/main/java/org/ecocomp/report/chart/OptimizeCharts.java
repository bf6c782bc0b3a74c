package org.ecocomp.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ecocomp.game.evolution.Equilibrium;
import org.ecocomp.game.evolution.PhasePortrait;
import org.ecocomp.game.evolution.Stability;
import org.ecocomp.game.evolution.Trajectory;
import org.ecocomp.optimize.GenerationStatistics;
import org.ecocomp.optimize.Goal;
import org.ecocomp.optimize.Objective;
import org.ecocomp.optimize.ParetoPoint;
import org.ecocomp.scenario.Splits;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler.TextAlignment;
import org.knowm.xchart.style.Styler.YAxisPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the {@code optimize} command ({@link OptimizeResults}): every welfare rule's split of
 * the cooperative gain side by side, the cost rules' split of the cleaning cost, the Pareto front of a
 * mechanism design with the current agreement marked, the genetic search's convergence, and the phase
 * portrait of the replicator dynamics.
 *
 * <p>Money is drawn in 亿元 (10⁸ yuan): split amounts and the objectives {@code joint-welfare},
 * {@code fairness} and {@code central-budget}; the shares {@code water-quality} and
 * {@code upstream-risk} are drawn in %, other objectives as they are ({@link #scale(String)}). Every
 * player keeps the colour of its place in {@link OptimizeResults#players()}. Rule and objective names
 * are translated where {@link Labels} knows them, else shown as written. Values that are not finite
 * are left out.
 */
public final class OptimizeCharts {

    /** File stem of the grouped bars of the welfare rules' splits. */
    public static final String ALLOCATIONS = "allocations";
    /** File stem of the grouped bars of the cost rules' splits. */
    public static final String COST_SHARES = "cost-shares";
    /** File stem of the Pareto front of the first two objectives. */
    public static final String PARETO = "pareto";
    /** File stem of the genetic search's convergence. */
    public static final String CONVERGENCE = "convergence";
    /** File stem of the replicator dynamics' phase portrait. */
    public static final String PHASE_PORTRAIT = "phase-portrait";
    /** The kind of a split of the cooperative gain. */
    public static final String WELFARE = "welfare";
    /** The kind of a split of the cleaning cost. */
    public static final String COST = "cost";

    private static final double YUAN_PER_UNIT = LedgerCharts.YUAN_PER_UNIT;
    private static final double EDGE = LedgerCharts.EDGE;
    private static final Set<String> MONEY_OBJECTIVES = Set.of("joint-welfare", "fairness", "central-budget");
    private static final Set<String> SHARE_OBJECTIVES = Set.of("water-quality", "upstream-risk");
    /** The share of a rule's column its bars take, and the share of a bar's slot left blank on each side. */
    private static final double GROUP_WIDTH = 0.8;
    private static final double BAR_INSET = 0.04;
    /** Room left beside the data of a value axis, as a share of their span. */
    private static final double MARGIN = 0.06;
    /** The distance between hatch lines, in points, and their stroke. */
    private static final double HATCH_SPACING = 4;
    private static final BasicStroke HATCH_STROKE = new BasicStroke(0.6f);
    /** Opacity of the white veil that lightens the bars of splits outside the core under their hatch. */
    private static final float VEIL_OPACITY = 0.55f;
    /** Up to this many generations the convergence lines carry markers. */
    private static final int MAX_MARKED_GENERATIONS = 40;
    /** How far the feasible-share axis reaches below 0 % and above 100 %. */
    private static final double PERCENT_MARGIN = 5;
    private static final int CURRENT_MARKER_SIZE = 11;
    /** The height of XChart's legend box of a bar series, in points. */
    private static final int LEGEND_BOX = 20;
    private static final int PARETO_MARKER_SIZE = 6;
    /** The phase portrait: its size in points, the margin of its axes around the unit square. */
    private static final int PORTRAIT_WIDTH = 560;
    private static final int PORTRAIT_HEIGHT = 520;
    private static final double SQUARE_MARGIN = 0.04;
    private static final int EQUILIBRIUM_MARKER_SIZE = 10;
    private static final int START_MARKER_SIZE = 3;
    /** The length of an arrowhead's barbs in points, and their angle to the path. */
    private static final double ARROW_LENGTH = 5;
    private static final double ARROW_ANGLE = Math.toRadians(25);
    /** The space between a point and its label, in points. */
    private static final double LABEL_GAP = 4;

    /** A marker drawn as an outline on white, at the size it is given. */
    private interface Outline {
        Shape at(double x, double y, double half);
    }

    private static final Marker HOLLOW_SQUARE = hollow((x, y, h) -> new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h));
    private static final Marker HOLLOW_DIAMOND = hollow((x, y, h) -> {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - h * 1.2);
        d.lineTo(x + h * 1.2, y);
        d.lineTo(x, y + h * 1.2);
        d.lineTo(x - h * 1.2, y);
        d.closePath();
        return d;
    });

    /** A cross drawn with a stroke of 1.6 points, thicker than XChart's. */
    private static final Marker THICK_CROSS = new Marker() {
        private final BasicStroke thick = new BasicStroke(1.6f);

        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            double half = markerSize / 2.0;
            g.setStroke(thick);
            g.draw(new Line2D.Double(xOffset - half, yOffset - half, xOffset + half, yOffset + half));
            g.draw(new Line2D.Double(xOffset - half, yOffset + half, xOffset + half, yOffset - half));
        }
    };

    /** The legend key of bars of splits outside the core: a white box hatched like them. */
    private static final Marker HATCH_KEY = new Marker() {
        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            double side = 10;
            double left = xOffset - side / 2;
            double bottom = yOffset + side / 2;
            g.setStroke(HATCH_STROKE);
            for (double c = -side + HATCH_SPACING / 2; c < side; c += HATCH_SPACING) {
                double u0 = Math.max(0, c);
                double u1 = Math.min(side, side + c);
                g.draw(new Line2D.Double(left + u0, bottom - (u0 - c), left + u1, bottom - (u1 - c)));
            }
            g.draw(new Rectangle2D.Double(left, bottom - side, side, side));
        }
    };

    private final ChartTheme theme;
    private final Labels labels;
    private final Color[] palette;
    private final Font tickFont;

    /**
     * Charts drawn in a theme.
     *
     * @param theme the look and language
     */
    public OptimizeCharts(ChartTheme theme) {
        this.theme = theme;
        this.labels = theme.labels();
        XYChart styled = theme.xyChart(1, 1, "", "", "");
        this.palette = styled.getStyler().getSeriesColors();
        this.tickFont = styled.getStyler().getAxisTickLabelsFont();
    }

    /**
     * Writes every chart of the results as PNG and SVG: the charts of {@link #charts(OptimizeResults)}.
     *
     * @param dir the output directory
     * @param results what the {@code optimize} command found
     * @return the files written, in writing order; empty when there is nothing to chart
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir, OptimizeResults results) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, XYChart> chart : charts(results).entrySet()) {
            written.addAll(ChartWriter.write(chart.getValue(), dir, chart.getKey()));
        }
        return written;
    }

    /**
     * Every chart the results have data for, in this order: {@value #ALLOCATIONS} when there are
     * welfare splits, {@value #COST_SHARES} when there are cost splits, {@value #PARETO} when there are
     * two or more objectives and a front, {@value #CONVERGENCE} when there is a search history, and
     * {@value #PHASE_PORTRAIT} when there is a phase portrait with a trajectory or an equilibrium.
     *
     * @param results what the {@code optimize} command found
     * @return the charts by file stem
     */
    public Map<String, XYChart> charts(OptimizeResults results) {
        Map<String, XYChart> charts = new LinkedHashMap<>();
        if (!results.players().isEmpty()) {
            if (results.splits().stream().anyMatch(s -> s.kind().equals(WELFARE))) {
                charts.put(ALLOCATIONS, splitChart(results, WELFARE));
            }
            if (results.splits().stream().anyMatch(s -> s.kind().equals(COST))) {
                charts.put(COST_SHARES, splitChart(results, COST));
            }
        }
        if (results.objectives().size() >= 2 && !results.front().isEmpty()) {
            charts.put(PARETO, paretoChart(results));
        }
        if (!results.history().isEmpty()) {
            charts.put(CONVERGENCE, convergenceChart(results));
        }
        Optional<PhasePortrait> portrait = results.phasePortrait();
        if (portrait.isPresent() && !(portrait.get().trajectories().isEmpty() && portrait.get().equilibria().isEmpty())) {
            charts.put(PHASE_PORTRAIT, phasePortraitChart(portrait.get()));
        }
        return charts;
    }

    /**
     * The splits of one kind side by side, in 亿元: one group of bars per rule, in the order of the
     * splits, one bar per player in player order, from zero to the player's amount. The bars of a
     * welfare split that is not in the core are lightened and hatched, its rule's name carries an
     * asterisk and the axis title says what it means.
     *
     * @param results the results
     * @param kind {@value #WELFARE} or {@value #COST}
     * @return the chart; each player's bars are series named by the player's code, one rectangle
     *     per rule with a finite amount, in rule order, separated by a point without value; the veil
     *     and hatch over splits outside the core are series {@code veil} and {@code hatch}
     * @throws IllegalArgumentException when there are no players or no split of the kind
     */
    public XYChart splitChart(OptimizeResults results, String kind) {
        List<Splits.Split> splits = results.splits().stream().filter(s -> s.kind().equals(kind)).toList();
        List<String> players = results.players();
        if (splits.isEmpty() || players.isEmpty()) {
            throw new IllegalArgumentException("no " + kind + " split of " + players.size() + " players to chart");
        }
        boolean welfare = kind.equals(WELFARE);
        boolean marked = splits.stream().anyMatch(OptimizeCharts::outsideCore);
        List<String> names = splits.stream().map(s -> labels.rule(s.rule()) + (outsideCore(s) ? "*" : "")).toList();
        double[] finite = splits.stream().flatMapToDouble(s -> DoubleStream.of(s.amounts()))
                .map(v -> v / YUAN_PER_UNIT).filter(Double::isFinite).toArray();
        double low = Math.min(0, DoubleStream.of(finite).min().orElse(0));
        double high = Math.max(0, DoubleStream.of(finite).max().orElse(0));
        double span = high > low ? high - low : 1;
        double yMin = low < 0 ? low - MARGIN * span : -EDGE;
        double yMax = high + MARGIN * span;
        int groups = splits.size();
        double xMin = -0.5 - EDGE;
        double xMax = groups - 0.5 + EDGE;
        // names wider than their column are turned upright, below a taller chart (as SweepCharts does)
        double column = (double) (ChartTheme.WIDTH - AssessmentCharts.PLOT_INSET_X) / groups;
        String widestName = names.stream().max(Comparator.comparingDouble(n -> SweepCharts.textSize(n, tickFont)[0]))
                .orElseThrow();
        double widest = SweepCharts.textSize(widestName, tickFont)[0];
        boolean upright = widest > 0.9 * column;
        int height = ChartTheme.HEIGHT + (upright ? (int) Math.ceil(widest - tickFont.getSize2D()) : 0);

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, height,
                welfare ? labels.welfareSplitTitle() : labels.costShareTitle(), labels.ruleAxis(marked),
                welfare ? labels.welfareShareAxis() : labels.costShareAxis());
        MonteCarloCharts.valueFrame(chart, xMin, xMax, yMin, yMax);
        LedgerCharts.moneyDecimals(chart.getStyler(), Math.max(-yMin, yMax));
        int longest = names.stream().mapToInt(String::length).max().orElseThrow();
        List<String> reversed = names.reversed();
        chart.setCustomXAxisTickLabelsFormatter(x -> ruleTick(reversed, widestName, longest, x, xMin, xMax));
        chart.getStyler().setXAxisTickMarkSpacingHint((int) Math.max(1, column / 2))
                .setXAxisLabelRotation(upright ? 90 : 0)
                // upright names hang from their ticks
                .setXAxisLabelAlignmentVertical(upright ? TextAlignment.Right : TextAlignment.Centre)
                .setPlotGridVerticalLinesVisible(false);
        if (yMin < 0) {
            line(chart, "zero", new double[] {xMin, xMax}, new double[] {0, 0}, theme.ink(), new BasicStroke(0.8f));
        }
        int n = players.size();
        double slot = GROUP_WIDTH / n;
        SweepCharts.Rectangles veil = new SweepCharts.Rectangles();
        List<double[]> hatched = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            SweepCharts.Rectangles bars = new SweepCharts.Rectangles();
            for (int g = 0; g < groups; g++) {
                double left = g - GROUP_WIDTH / 2 + (p + BAR_INSET) * slot;
                double right = g - GROUP_WIDTH / 2 + (p + 1 - BAR_INSET) * slot;
                double amount = splits.get(g).amounts()[p] / YUAN_PER_UNIT;
                bars.add(left, right, 0, amount);
                if (outsideCore(splits.get(g)) && Double.isFinite(amount)) {
                    veil.add(left, right, 0, amount);
                    hatched.add(new double[] {left, right, Math.min(0, amount), Math.max(0, amount)});
                }
            }
            String player = players.get(p);
            SweepCharts.bars(chart, player, labels.party(player), bars, colour(p), xMin);
        }
        if (marked) {
            if (!veil.isEmpty()) {
                XYSeries white = chart.addSeries("veil", veil.xs(), veil.ys());
                white.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                white.setFillColor(MonteCarloCharts.translucent(Color.WHITE, VEIL_OPACITY));
                white.setLineStyle(SeriesLines.NONE);
                white.setMarker(SeriesMarkers.NONE);
                white.setShowInLegend(false);
                double[][] hatch = hatch(hatched, new double[] {xMin, xMax, yMin, yMax}, ChartTheme.WIDTH, height);
                if (hatch[0].length > 0) {
                    line(chart, "hatch", hatch[0], hatch[1], theme.ink(), HATCH_STROKE);
                }
            }
            markers(chart, "not in core", labels.notInCore(), new double[] {xMin}, new double[] {Double.NaN}, HATCH_KEY,
                    theme.ink());
            // no marker is drawn at this size; XChart gives the legend row the height of the last
            // entry's graphic, which for a marker is the chart's marker size: that of the bars' boxes
            chart.getStyler().setMarkerSize(LEGEND_BOX);
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * A rule's tick: its name under its group, the names given last group first (see
     * {@link AssessmentCharts#rowTick}). XChart makes room
     * below the axis for the tick label with the most characters, whether it is drawn or not, which
     * for Chinese names need not be the widest; the whole ticks beyond the groups, which it computes
     * but never draws, therefore read as the widest name with trailing blanks, more characters than
     * any name.
     */
    private static String ruleTick(List<String> reversed, String widest, int longest, double x, double xMin, double xMax) {
        long group = Math.round(x);
        boolean whole = Math.abs(x - group) < 1e-9;
        if (whole && (group < 0 || group >= reversed.size())) {
            // trailing blanks have no outline: the label is as wide as the widest name, and unique
            int slot = group < 0 ? (int) (-2 * group) : (int) (2 * (group - reversed.size())) + 1;
            return widest + " ".repeat(longest - widest.length() + slot);
        }
        return AssessmentCharts.rowTick(reversed, x, xMin, xMax);
    }

    /** Whether a split is known to lie outside the core. */
    private static boolean outsideCore(Splits.Split split) {
        return split.inCore().isPresent() && !split.inCore().get();
    }

    /**
     * Diagonal hatch lines over rectangles, rising at about 45° on the drawn chart, {@value #HATCH_SPACING}
     * points apart and aligned across rectangles: one line series, segments separated by points without value.
     *
     * @param rectangles per rectangle {left, right, bottom, top} in data units
     * @param frame the axis ends {xMin, xMax, yMin, yMax}
     * @param width the chart's width in points
     * @param height the chart's height in points
     * @return the x and the y values
     */
    private static double[][] hatch(List<double[]> rectangles, double[] frame, int width, int height) {
        double xPerPoint = (frame[1] - frame[0]) / (width - AssessmentCharts.PLOT_INSET_X);
        double yPerPoint = (frame[3] - frame[2]) / (height - AssessmentCharts.PLOT_INSET_Y);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double[] r : rectangles) {
            // in points from the plot's bottom left corner; the lines are u − v = k · spacing
            double u0 = (r[0] - frame[0]) / xPerPoint;
            double u1 = (r[1] - frame[0]) / xPerPoint;
            double v0 = (r[2] - frame[2]) / yPerPoint;
            double v1 = (r[3] - frame[2]) / yPerPoint;
            for (double k = Math.ceil((u0 - v1) / HATCH_SPACING); k * HATCH_SPACING < u1 - v0; k++) {
                double c = k * HATCH_SPACING;
                double from = Math.max(u0, v0 + c);
                double to = Math.min(u1, v1 + c);
                if (to <= from) {
                    continue;
                }
                if (!xs.isEmpty()) {
                    xs.add(frame[0] + from * xPerPoint);
                    ys.add(Double.NaN);
                }
                xs.add(frame[0] + from * xPerPoint);
                ys.add(frame[2] + (from - c) * yPerPoint);
                xs.add(frame[0] + to * xPerPoint);
                ys.add(frame[2] + (to - c) * yPerPoint);
            }
        }
        return new double[][] {xs.stream().mapToDouble(Double::doubleValue).toArray(),
            ys.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /**
     * The Pareto front on the first two objectives, x the first, y the second, in their units
     * ({@link #scale(String)}): feasible points filled, infeasible ones hollow, and the current
     * agreement as a large diamond with its name beside it. With exactly two objectives the feasible
     * points are joined in order of the first objective; with more, the chart shows a projection and
     * its title says so.
     *
     * @param results the results
     * @return the chart; the points are series {@code feasible} and {@code infeasible} (in front
     *     order), the current agreement {@code current}
     * @throws IllegalArgumentException when there are fewer than two objectives or no front
     */
    public XYChart paretoChart(OptimizeResults results) {
        List<Objective> objectives = results.objectives();
        if (objectives.size() < 2 || results.front().isEmpty()) {
            throw new IllegalArgumentException("a Pareto chart needs two objectives and a front, got "
                    + objectives.size() + " objectives and " + results.front().size() + " points");
        }
        Objective first = objectives.get(0);
        Objective second = objectives.get(1);
        double sx = scale(first.name());
        double sy = scale(second.name());
        List<double[]> feasible = new ArrayList<>();
        List<double[]> infeasible = new ArrayList<>();
        for (ParetoPoint point : results.front()) {
            double[] xy = {point.evaluation().objective(0) * sx, point.evaluation().objective(1) * sy};
            (point.evaluation().feasible() ? feasible : infeasible).add(xy);
        }
        Optional<double[]> current = results.current().map(e -> new double[] {e.objective(0) * sx, e.objective(1) * sy});
        List<double[]> all = new ArrayList<>(feasible);
        all.addAll(infeasible);
        current.ifPresent(all::add);
        double[] x = SweepCharts.padded(all.stream().mapToDouble(p -> p[0]));
        double[] y = SweepCharts.padded(all.stream().mapToDouble(p -> p[1]));

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.paretoTitle(objectives.size()),
                objectiveAxis(first), objectiveAxis(second));
        MonteCarloCharts.valueFrame(chart, x[0], x[1], y[0], y[1]);
        if (MONEY_OBJECTIVES.contains(first.name())) {
            MonteCarloCharts.moneyDecimalsX(chart.getStyler(), Math.max(Math.abs(x[0]), Math.abs(x[1])));
        }
        if (MONEY_OBJECTIVES.contains(second.name())) {
            LedgerCharts.moneyDecimals(chart.getStyler(), Math.max(Math.abs(y[0]), Math.abs(y[1])));
        }
        chart.getStyler().setMarkerSize(PARETO_MARKER_SIZE);
        if (objectives.size() == 2 && feasible.size() > 1) {
            List<double[]> sorted = feasible.stream()
                    .sorted(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1])).toList();
            line(chart, "front", sorted.stream().mapToDouble(p -> p[0]).toArray(),
                    sorted.stream().mapToDouble(p -> p[1]).toArray(), MonteCarloCharts.translucent(palette[0], 0.5f),
                    theme.dataStroke(1f));
        }
        if (!feasible.isEmpty()) {
            points(chart, "feasible", labels.paretoFeasible(), feasible, SeriesMarkers.CIRCLE, palette[0]);
        }
        if (!infeasible.isEmpty()) {
            points(chart, "infeasible", labels.paretoInfeasible(), infeasible, LedgerCharts.HOLLOW_CIRCLE, palette[1]);
        }
        if (current.isPresent()) {
            String name = labels.currentAgreement(results.current().get().feasible());
            points(chart, "current", name, List.of(current.get()), sized(SeriesMarkers.DIAMOND, CURRENT_MARKER_SIZE),
                    theme.accent());
            label(chart, name, current.get(), all, new double[] {x[0], x[1], y[0], y[1]});
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * Names a point in the plot: above and right of it, else above and left, below and right or below
     * and left, whichever first stays in the plot clear of the other points.
     */
    private void label(XYChart chart, String text, double[] point, List<double[]> others, double[] frame) {
        double xPerPoint = (frame[1] - frame[0]) / (ChartTheme.WIDTH - AssessmentCharts.PLOT_INSET_X);
        double yPerPoint = (frame[3] - frame[2]) / (ChartTheme.HEIGHT - AssessmentCharts.PLOT_INSET_Y);
        double[] size = SweepCharts.textSize(text, theme.annotationFont());
        double px = (point[0] - frame[0]) / xPerPoint;
        double py = (point[1] - frame[2]) / yPerPoint;
        double across = CURRENT_MARKER_SIZE / 2.0 + LABEL_GAP / 2 + size[0] / 2;
        double up = CURRENT_MARKER_SIZE / 2.0 + LABEL_GAP / 2 + size[1] / 2;
        double[][] centres = {{px + across, py + up}, {px - across, py + up}, {px + across, py - up}, {px - across, py - up}};
        double width = ChartTheme.WIDTH - AssessmentCharts.PLOT_INSET_X;
        double height = ChartTheme.HEIGHT - AssessmentCharts.PLOT_INSET_Y;
        double[] chosen = null;
        for (double[] c : centres) {
            double[] box = {c[0] - size[0] / 2, c[1] - size[1] / 2, c[0] + size[0] / 2, c[1] + size[1] / 2};
            boolean inside = box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height;
            boolean clear = others.stream().filter(o -> o != point).noneMatch(o -> {
                double ox = (o[0] - frame[0]) / xPerPoint;
                double oy = (o[1] - frame[2]) / yPerPoint;
                return ox + PARETO_MARKER_SIZE > box[0] && ox - PARETO_MARKER_SIZE < box[2]
                        && oy + PARETO_MARKER_SIZE > box[1] && oy - PARETO_MARKER_SIZE < box[3];
            });
            if (inside && (clear || chosen == null)) {
                chosen = c;
                if (clear) {
                    break;
                }
            }
        }
        double[] c = chosen != null ? chosen : centres[0];
        chart.addAnnotation(new AnnotationText(text, frame[0] + c[0] * xPerPoint, frame[2] + c[1] * yPerPoint, false));
    }

    /**
     * The genetic search's convergence: per generation the best value of the optimised (first)
     * objective found so far and the population's mean, in the objective's unit, with hollow rings
     * where the best so far violates a constraint; and, on a second axis on the right, the share of
     * the population that is feasible, in %, unless the problem is known to have no constraints (the
     * current agreement's evaluation has none). Generations are whole-number ticks; up to
     * {@value #MAX_MARKED_GENERATIONS} generations the lines carry markers.
     *
     * @param results the results
     * @return the chart; the series are {@code best}, {@code mean}, {@code best infeasible} and
     *     {@code feasible} (y axis group 1), in generation order
     * @throws IllegalArgumentException when there is no history
     */
    public XYChart convergenceChart(OptimizeResults results) {
        List<GenerationStatistics> history = results.history();
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no generations to chart");
        }
        Optional<Objective> objective = results.objectives().stream().findFirst();
        double s = objective.map(o -> scale(o.name())).orElse(1.0);
        double[] generation = history.stream().mapToDouble(h -> (double) h.generation()).toArray();
        double[] best = history.stream().mapToDouble(h -> finiteOrNaN(h.best() * s)).toArray();
        double[] mean = history.stream().mapToDouble(h -> finiteOrNaN(h.mean() * s)).toArray();
        double[] y = SweepCharts.padded(DoubleStream.concat(DoubleStream.of(best), DoubleStream.of(mean)));
        double xMin = DoubleStream.of(generation).min().orElseThrow() - 0.5 - EDGE;
        double xMax = DoubleStream.of(generation).max().orElseThrow() + 0.5 + EDGE;
        boolean marked = history.size() <= MAX_MARKED_GENERATIONS;

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT,
                labels.convergenceTitle(objective.map(Objective::name).orElse("")), labels.generationAxis(),
                objective.map(this::objectiveAxis).orElse(labels.objectiveValueAxis()));
        LedgerCharts.yearFrame(chart, xMin, xMax, y[0], y[1]);
        if (objective.isPresent() && MONEY_OBJECTIVES.contains(objective.get().name())) {
            LedgerCharts.moneyDecimals(chart.getStyler(), Math.max(Math.abs(y[0]), Math.abs(y[1])));
        }
        XYSeries bestLine = chart.addSeries("best", generation, best);
        bestLine.setLabel(labels.bestSoFar());
        bestLine.setLineColor(palette[0]);
        bestLine.setMarkerColor(palette[0]);
        bestLine.setLineStyle(theme.dataStroke(1.8f));
        bestLine.setMarker(marked ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        XYSeries meanLine = chart.addSeries("mean", generation, mean);
        meanLine.setLabel(labels.populationMean());
        meanLine.setLineColor(palette[1]);
        meanLine.setMarkerColor(palette[1]);
        meanLine.setLineStyle(theme.dataStroke(1.2f));
        meanLine.setMarker(marked ? SeriesMarkers.DIAMOND : SeriesMarkers.NONE);
        int[] infeasible = IntStream.range(0, history.size())
                .filter(i -> history.get(i).bestViolation() > 0 && Double.isFinite(best[i])).toArray();
        if (infeasible.length > 0) {
            markers(chart, "best infeasible", labels.bestInfeasible(),
                    IntStream.of(infeasible).mapToDouble(i -> generation[i]).toArray(),
                    IntStream.of(infeasible).mapToDouble(i -> best[i]).toArray(), sized(LedgerCharts.HOLLOW_CIRCLE, 8),
                    palette[0]);
        }
        boolean constrained = results.current().map(e -> e.constraintCount() > 0).orElse(true);
        double[] share = history.stream().mapToDouble(h -> finiteOrNaN(h.feasibleShare() * 100)).toArray();
        if (constrained && DoubleStream.of(share).anyMatch(Double::isFinite)) {
            XYSeries feasible = chart.addSeries("feasible", generation, share);
            feasible.setYAxisGroup(1);
            feasible.setLabel(labels.feasibleShareAxis());
            feasible.setLineColor(theme.accent());
            feasible.setMarkerColor(theme.accent());
            feasible.setLineStyle(theme.referenceStroke(false));
            feasible.setMarker(marked ? SeriesMarkers.SQUARE : SeriesMarkers.NONE);
            chart.setYAxisGroupTitle(1, labels.feasibleShareAxis());
            chart.getStyler().setYAxisGroupPosition(1, YAxisPosition.Right);
            chart.getStyler().setYAxisMin(1, -PERCENT_MARGIN).setYAxisMax(1, 100 + PERCENT_MARGIN);
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * The phase portrait of the replicator dynamics in the unit square, x the share of the upstream
     * population that protects, y the share of the downstream population that compensates: every
     * trajectory as a thin line from a small dot at its start, with an arrowhead halfway along it
     * pointing the way it runs, and the equilibria by stability: evolutionarily stable strategies as
     * filled circles, unstable nodes as hollow circles, saddle points as hollow squares, centres as
     * crosses and non-hyperbolic equilibria as hollow diamonds.
     *
     * @param portrait the trajectories and equilibria
     * @return the chart; the trajectories are series {@code trajectories} (separated by points without
     *     value), their starts {@code starts}, the arrowheads {@code arrows}, the equilibria one series
     *     per stability named by its {@link Stability#name()}, in the portrait's order
     */
    public XYChart phasePortraitChart(PhasePortrait portrait) {
        double lo = -SQUARE_MARGIN;
        double hi = 1 + SQUARE_MARGIN;
        XYChart chart = theme.xyChart(PORTRAIT_WIDTH, PORTRAIT_HEIGHT, labels.phasePortraitTitle(),
                labels.upstreamProtectingAxis(), labels.downstreamCompensatingAxis());
        MonteCarloCharts.valueFrame(chart, lo, hi, lo, hi);
        // every marker here has a size of its own; the chart's is the height XChart gives a legend row
        chart.getStyler().setMarkerSize(EQUILIBRIUM_MARKER_SIZE + 2);
        List<Trajectory> trajectories = portrait.trajectories();
        if (!trajectories.isEmpty()) {
            double xPerPoint = (hi - lo) / (PORTRAIT_WIDTH - AssessmentCharts.PLOT_INSET_X);
            double yPerPoint = (hi - lo) / (PORTRAIT_HEIGHT - AssessmentCharts.PLOT_INSET_Y);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Double> ax = new ArrayList<>();
            List<Double> ay = new ArrayList<>();
            for (Trajectory t : trajectories) {
                if (!xs.isEmpty()) {
                    xs.add(t.x(0));
                    ys.add(Double.NaN);
                }
                for (int i = 0; i < t.size(); i++) {
                    xs.add(t.x(i));
                    ys.add(t.y(i));
                }
                arrow(t, xPerPoint, yPerPoint, ax, ay);
            }
            Color colour = palette[0];
            XYSeries paths = line(chart, "trajectories", xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray(), MonteCarloCharts.translucent(colour, 0.7f),
                    theme.dataStroke(0.7f));
            paths.setShowInLegend(true);
            paths.setLabel(labels.trajectories());
            XYSeries starts = chart.addSeries("starts", trajectories.stream().mapToDouble(t -> t.x(0)).toArray(),
                    trajectories.stream().mapToDouble(t -> t.y(0)).toArray());
            starts.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            starts.setMarker(sized(SeriesMarkers.CIRCLE, START_MARKER_SIZE));
            starts.setMarkerColor(colour);
            starts.setShowInLegend(false);
            if (!ax.isEmpty()) {
                line(chart, "arrows", ax.stream().mapToDouble(Double::doubleValue).toArray(),
                        ay.stream().mapToDouble(Double::doubleValue).toArray(), colour, theme.dataStroke(1f));
            }
        }
        for (Stability stability : Stability.values()) {
            List<Equilibrium> these = portrait.equilibria().stream().filter(e -> e.stability() == stability).toList();
            if (these.isEmpty()) {
                continue;
            }
            Marker marker = switch (stability) {
                case EVOLUTIONARILY_STABLE -> sized(SeriesMarkers.CIRCLE, EQUILIBRIUM_MARKER_SIZE);
                case UNSTABLE_NODE -> sized(LedgerCharts.HOLLOW_CIRCLE, EQUILIBRIUM_MARKER_SIZE + 1);
                case SADDLE -> sized(HOLLOW_SQUARE, EQUILIBRIUM_MARKER_SIZE - 1);
                case CENTRE -> sized(THICK_CROSS, EQUILIBRIUM_MARKER_SIZE - 1);
                case NON_HYPERBOLIC -> sized(HOLLOW_DIAMOND, EQUILIBRIUM_MARKER_SIZE - 1);
            };
            markers(chart, stability.name(), labels.stability(stability.name()),
                    these.stream().mapToDouble(Equilibrium::x).toArray(), these.stream().mapToDouble(Equilibrium::y).toArray(),
                    marker, theme.ink());
        }
        LedgerCharts.fitLegend(chart);
        return chart;
    }

    /**
     * Adds the arrowhead of a trajectory: at half its drawn length, pointing along it, unless it is
     * too short to show one.
     */
    private static void arrow(Trajectory t, double xPerPoint, double yPerPoint, List<Double> xs, List<Double> ys) {
        int n = t.size();
        double[] length = new double[n];
        for (int i = 1; i < n; i++) {
            length[i] = length[i - 1] + Math.hypot((t.x(i) - t.x(i - 1)) / xPerPoint, (t.y(i) - t.y(i - 1)) / yPerPoint);
        }
        double total = length[n - 1];
        if (!(total > 2 * ARROW_LENGTH)) {
            return;
        }
        int k = 1;
        while (length[k] < total / 2) {
            k++;
        }
        double du = (t.x(k) - t.x(k - 1)) / xPerPoint;
        double dv = (t.y(k) - t.y(k - 1)) / yPerPoint;
        double step = Math.hypot(du, dv);
        double along = (total / 2 - length[k - 1]) / step;
        double tipX = t.x(k - 1) + along * (t.x(k) - t.x(k - 1));
        double tipY = t.y(k - 1) + along * (t.y(k) - t.y(k - 1));
        double angle = Math.atan2(dv, du);
        if (!xs.isEmpty()) {
            xs.add(tipX);
            ys.add(Double.NaN);
        }
        for (double side : new double[] {-1, 0, 1}) {
            if (side == 0) {
                xs.add(tipX);
                ys.add(tipY);
                continue;
            }
            double a = angle + Math.PI + side * ARROW_ANGLE;
            xs.add(tipX + ARROW_LENGTH * Math.cos(a) * xPerPoint);
            ys.add(tipY + ARROW_LENGTH * Math.sin(a) * yPerPoint);
        }
    }

    /**
     * How an objective's values are drawn: × 10⁻⁸ (亿元) for {@code joint-welfare}, {@code fairness}
     * and {@code central-budget}, × 100 (%) for the shares {@code water-quality} and
     * {@code upstream-risk}, as they are otherwise.
     *
     * @param objective the objective's name
     * @return the factor from the objective's value to the value drawn
     */
    static double scale(String objective) {
        if (MONEY_OBJECTIVES.contains(objective)) {
            return 1 / YUAN_PER_UNIT;
        }
        return SHARE_OBJECTIVES.contains(objective) ? 100 : 1;
    }

    private String objectiveAxis(Objective objective) {
        String name = objective.name();
        String unit = MONEY_OBJECTIVES.contains(name) ? labels.hundredMillionYuan() : SHARE_OBJECTIVES.contains(name) ? "%" : "";
        return labels.objectiveAxis(name, unit, objective.goal() == Goal.MAXIMISE);
    }

    /** Points as a scatter series of one marker and colour. */
    private static void points(XYChart chart, String name, String label, List<double[]> xy, Marker marker, Color colour) {
        markers(chart, name, label, xy.stream().mapToDouble(p -> p[0]).toArray(), xy.stream().mapToDouble(p -> p[1]).toArray(),
                marker, colour);
    }

    /**
     * Markers without a line between them. They are a line series without a stroke rather than a
     * scatter series: in a legend row XChart advances past a scatter entry by less than it draws.
     */
    private static XYSeries markers(XYChart chart, String name, String label, double[] x, double[] y, Marker marker,
                                    Color colour) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setLabel(label);
        series.setLineStyle(SeriesLines.NONE);
        series.setMarker(marker);
        series.setMarkerColor(colour);
        return series;
    }

    /** A line without markers and without a legend entry. */
    private static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color colour, BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
        return series;
    }

    private static double finiteOrNaN(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** A marker painted at a size of its own, whatever the chart's marker size. */
    private static Marker sized(Marker marker, int size) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
                marker.paint(g, xOffset, yOffset, size);
            }
        };
    }

    /** An outline shape drawn on white with a stroke of 1.4 points, like {@link LedgerCharts#HOLLOW_CIRCLE}. */
    private static Marker hollow(Outline outline) {
        BasicStroke ring = new BasicStroke(1.4f);
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
                Color colour = g.getColor();
                Shape shape = outline.at(xOffset, yOffset, (markerSize - 1) / 2.0);
                g.setColor(Color.WHITE);
                g.fill(shape);
                g.setColor(colour);
                g.setStroke(ring);
                g.draw(shape);
            }
        };
    }

    private Color colour(int index) {
        return palette[Math.floorMod(index, palette.length)];
    }
}
