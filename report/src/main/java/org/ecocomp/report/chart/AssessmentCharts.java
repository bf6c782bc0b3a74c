package org.ecocomp.report.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.ecocomp.quality.Direction;
import org.ecocomp.quality.Gb3838;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MonthlyCompliance;
import org.ecocomp.quality.MonthlyMean;
import org.ecocomp.quality.QualityStatistics;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the {@code assess} command: for every section and graded indicator the measured
 * values over time against the GB 3838 class limits, and one map of the monthly class of every
 * section.
 */
public final class AssessmentCharts {

    /** File stem of the section × month class map. */
    public static final String CLASS_MAP = "class-map";

    /** Beyond this many points a series is drawn as a line without markers. */
    private static final int MAX_MARKED_SAMPLES = 150;
    /** About how many points of a chart's width and height lie outside its plot in this theme. */
    static final int PLOT_INSET_X = 95;
    static final int PLOT_INSET_Y = 105;
    private static final int ROW_HEIGHT = 20;
    /** Half the height of a cell in rows; the rest is a white gap between sections. */
    private static final double CELL_HALF_HEIGHT = 0.42;
    /** How far the class map's axes reach beyond its cells, in years and rows. */
    private static final double EDGE = 1e-6;

    private final ChartTheme theme;
    private final Labels labels;

    /**
     * Charts drawn in a theme.
     *
     * @param theme the look and language
     */
    public AssessmentCharts(ChartTheme theme) {
        this.theme = theme;
        this.labels = theme.labels();
    }

    /**
     * Writes every chart of an assessment as PNG and SVG: {@code series-<section>-<indicator>} for
     * each section and each indicator GB 3838 grades there and the data hold, and
     * {@value #CLASS_MAP} when there are monthly grades. Characters that are unsafe in file names
     * are replaced in section names; Chinese characters are kept.
     *
     * @param dir the output directory
     * @param samples the samples of all sections
     * @param monthly the monthly grades of all sections
     * @param typeOf the water-body type of each section
     * @param target the target class, drawn as an emphasised limit and marked on the class map
     * @return the files written, in writing order
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir, List<Sample> samples, List<MonthlyCompliance> monthly,
                            Function<String, WaterBodyType> typeOf, Optional<WaterClass> target) throws IOException {
        List<Path> written = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        Map<String, List<Sample>> bySection = new LinkedHashMap<>();
        samples.forEach(s -> bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<Sample>> section : bySection.entrySet()) {
            WaterBodyType type = typeOf.apply(section.getKey());
            for (Indicator indicator : Indicator.values()) {
                if (Gb3838.isGraded(indicator, type)
                        && section.getValue().stream().anyMatch(s -> s.values().containsKey(indicator))) {
                    String stem = unique(stems, "series-" + fileSafe(section.getKey()) + "-" + indicator.code());
                    written.addAll(ChartWriter.write(
                            seriesChart(section.getKey(), indicator, section.getValue(), type, target), dir, stem));
                }
            }
        }
        if (!monthly.isEmpty()) {
            written.addAll(ChartWriter.write(classMap(monthly, target), dir, CLASS_MAP));
        }
        return written;
    }

    /**
     * One indicator at one section over time, with the GB 3838 limits near the data as labelled
     * horizontal lines: the limits the values reach and the next one beyond them, and the target's.
     * When some month has several samples, the monthly means (which compliance is judged on) are
     * drawn too.
     *
     * @param section the section
     * @param indicator a graded indicator
     * @param samples the section's samples; those without the indicator are skipped
     * @param type the section's water-body type
     * @param target the target class, whose limit is drawn solid and thicker
     * @return the chart
     * @throws IllegalArgumentException when no sample measured the indicator
     */
    public XYChart seriesChart(String section, Indicator indicator, List<Sample> samples, WaterBodyType type,
                               Optional<WaterClass> target) {
        List<Sample> measured = samples.stream().filter(s -> s.values().containsKey(indicator))
                .sorted(Comparator.comparing(Sample::time)).toList();
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("no sample at " + section + " measured " + indicator.code());
        }
        double[] x = measured.stream().mapToDouble(s -> MonthAxis.x(s.time())).toArray();
        double[] y = measured.stream().mapToDouble(s -> s.values().get(indicator)).toArray();
        DoubleSummaryStatistics range = DoubleStream.of(y).summaryStatistics();
        List<Limit> limits = limits(indicator, type, target, range.getMin(), range.getMax());
        double top = Math.max(range.getMax(), limits.stream().mapToDouble(Limit::value).max().orElseThrow());
        double yMin = indicator == Indicator.PH ? Math.min(range.getMin(), Gb3838.PH_MIN) - 0.5 : 0;
        double yMax = indicator == Indicator.PH ? top + 0.5 : top * 1.1;
        double xMin = measured.getFirst().time().getYear();
        double xMax = measured.getLast().time().getYear() + 1;

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, ChartTheme.HEIGHT, labels.seriesTitle(section, indicator),
                labels.timeAxis(), labels.valueAxis(indicator));
        MonthAxis.frame(chart, xMin, xMax, yMin, yMax, labels);
        drawLimits(chart, indicator, limits, xMin, xMax, yMax - yMin);
        XYSeries values = chart.addSeries(labels.samples(), x, y);
        values.setLineColor(theme.ink());
        values.setMarkerColor(theme.ink());
        values.setLineStyle(theme.dataStroke(1f));
        values.setMarker(measured.size() > MAX_MARKED_SAMPLES ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        List<MonthlyMean> means = QualityStatistics.monthlyMeans(measured);
        if (means.size() < measured.size()) {
            XYSeries monthlyMeans = chart.addSeries(labels.monthlyMeans(),
                    means.stream().mapToDouble(m -> MonthAxis.x(m.month()) + 1 / 24.0).toArray(),
                    means.stream().mapToDouble(m -> m.means().get(indicator)).toArray());
            monthlyMeans.setLineColor(theme.accent());
            monthlyMeans.setMarkerColor(theme.accent());
            monthlyMeans.setLineStyle(theme.dataStroke(1.6f));
            monthlyMeans.setMarker(means.size() > MAX_MARKED_SAMPLES ? SeriesMarkers.NONE : SeriesMarkers.DIAMOND);
        }
        return chart;
    }

    /** A horizontal line at a GB 3838 limit, shared by the classes listed. */
    private record Limit(double value, List<WaterClass> classes, boolean target) {
    }

    private static List<Limit> limits(Indicator indicator, WaterBodyType type, Optional<WaterClass> target,
                                      double min, double max) {
        List<WaterClass> graded = List.of(WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV, WaterClass.V);
        if (indicator == Indicator.PH) {
            return List.of(new Limit(Gb3838.PH_MIN, graded, target.isPresent()),
                    new Limit(Gb3838.PH_MAX, graded, target.isPresent()));
        }
        Map<Double, List<WaterClass>> byValue = new LinkedHashMap<>();
        graded.forEach(c -> Gb3838.limit(indicator, type, c)
                .ifPresent(v -> byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(c)));
        boolean lowerBound = indicator.direction() == Direction.LOWER_BOUND;
        List<Limit> shown = new ArrayList<>();
        boolean beyond = false;
        for (Map.Entry<Double, List<WaterClass>> e : byValue.entrySet()) {
            boolean isTarget = target.isPresent() && e.getValue().contains(target.get());
            if (!beyond || isTarget) {
                shown.add(new Limit(e.getKey(), e.getValue(), isTarget));
            }
            beyond |= lowerBound ? e.getKey() < min : e.getKey() > max;
        }
        return shown;
    }

    private void drawLimits(XYChart chart, Indicator indicator, List<Limit> limits, double xMin, double xMax,
                            double ySpan) {
        FontRenderContext frc = new FontRenderContext(null, true, false);
        Font font = theme.annotationFont();
        double xPerPoint = (xMax - xMin) / ((ChartTheme.WIDTH - PLOT_INSET_X) * 0.92);
        double yPerPoint = ySpan / ((ChartTheme.HEIGHT - PLOT_INSET_Y) * 0.92);
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            XYSeries line = chart.addSeries("limit " + i, new double[] {xMin, xMax},
                    new double[] {limit.value(), limit.value()});
            line.setLineColor(indicator == Indicator.PH ? theme.ink() : theme.classLine(limit.classes().getLast()));
            line.setLineStyle(theme.referenceStroke(limit.target()));
            line.setMarker(SeriesMarkers.NONE);
            line.setShowInLegend(false);
            String text = labels.limit(limit.classes(), limit.target());
            double width = font.getStringBounds(text, frc).getWidth();
            chart.addAnnotation(new AnnotationText(text, xMax - (width / 2 + 2) * xPerPoint,
                    limit.value() + (font.getSize2D() * 0.5 + 3) * yPerPoint, false));
        }
    }

    /**
     * The monthly class of every section: one row per section in the order the grades come, one
     * column per month over the whole years from the first to the last graded month, cells in the
     * class colours, months without a grade left blank. With a target, months that miss it carry a
     * dark mark.
     *
     * @param monthly the monthly grades
     * @param target the target class; no marks without one
     * @return the chart
     * @throws IllegalArgumentException when there are no grades
     */
    public XYChart classMap(List<MonthlyCompliance> monthly, Optional<WaterClass> target) {
        if (monthly.isEmpty()) {
            throw new IllegalArgumentException("no monthly grades to map");
        }
        List<String> sections = List.copyOf(monthly.stream().map(MonthlyCompliance::section)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        YearMonth first = monthly.stream().map(MonthlyCompliance::month).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = monthly.stream().map(MonthlyCompliance::month).max(Comparator.naturalOrder()).orElseThrow();
        int rows = sections.size();
        // The map fills the plot; the axes reach a hair beyond it so that the ticks at its edges
        // are drawn (XChart draws only ticks strictly inside the plot).
        double xMin = first.getYear() - EDGE;
        double xMax = last.getYear() + 1 + EDGE;
        double yMin = -0.5 - EDGE;
        double yMax = rows - 0.5 + EDGE;

        XYChart chart = theme.xyChart(ChartTheme.WIDTH, PLOT_INSET_Y + 40 + rows * ROW_HEIGHT,
                labels.classMapTitle(target), labels.timeAxis(), labels.sectionAxis());
        chart.getStyler().setYAxisTickMarkSpacingHint(ROW_HEIGHT / 2).setPlotGridLinesVisible(false)
                .setPlotContentSize(1.0);
        MonthAxis.frame(chart, xMin, xMax, yMin, yMax, labels);
        chart.setCustomYAxisTickLabelsFormatter(y -> rowTick(sections, y, yMin, yMax));

        Map<WaterClass, Cells> cells = new EnumMap<>(WaterClass.class);
        List<double[]> misses = new ArrayList<>();
        List<MonthlyCompliance> byRow = monthly.stream().sorted(Comparator
                .comparingInt((MonthlyCompliance m) -> sections.indexOf(m.section()))
                .thenComparing(MonthlyCompliance::month)).toList();
        for (MonthlyCompliance m : byRow) {
            if (m.grade().isPresent()) {
                double row = rows - 1 - sections.indexOf(m.section());
                double x = MonthAxis.x(m.month());
                cells.computeIfAbsent(m.grade().get().waterClass(), c -> new Cells()).add(x, row);
                if (target.isPresent() && !m.compliant()) {
                    misses.add(new double[] {x + 1 / 24.0, row});
                }
            }
        }
        cells.forEach((waterClass, c) -> {
            XYSeries series = chart.addSeries(waterClass.name(), c.xs(), c.ys());
            series.setLabel(labels.waterClass(waterClass));
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            series.setFillColor(theme.classFill(waterClass));
            series.setLineColor(theme.classFill(waterClass));
            series.setLineStyle(SeriesLines.NONE);
            series.setMarker(SeriesMarkers.NONE);
        });
        if (!misses.isEmpty()) {
            XYSeries marks = chart.addSeries(labels.belowTarget(), misses.stream().mapToDouble(p -> p[0]).toArray(),
                    misses.stream().mapToDouble(p -> p[1]).toArray());
            marks.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            marks.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(theme.ink());
            double columnWidth = (ChartTheme.WIDTH - PLOT_INSET_X - 40) / ((xMax - xMin) * 12);
            chart.getStyler().setMarkerSize((int) Math.max(3, Math.min(7, Math.min(columnWidth, ROW_HEIGHT) * 0.45)));
        }
        return chart;
    }

    /**
     * A row label on the class map. XChart grows its tick step until all labels differ: rows get
     * their section names, and the ticks between rows share one blank so that steps below one row
     * are refused. Whole ticks outside the rows, never drawn, and the axis ends, which XChart
     * compares to see whether there are ticks at all, get labels of their own.
     */
    static String rowTick(List<String> sections, double y, double yMin, double yMax) {
        long row = Math.round(y);
        boolean whole = Math.abs(y - row) < 1e-9;
        if (whole && row >= 0 && row < sections.size()) {
            return sections.get(sections.size() - 1 - (int) row);
        }
        return whole || y == yMin || y == yMax ? "#" + y : " ";
    }

    /** Month cells of one class as polygons, one per run of consecutive months in a row. */
    private static final class Cells {
        private final List<Double> xs = new ArrayList<>();
        private final List<Double> ys = new ArrayList<>();
        private double runRow = Double.NaN;
        private double runEnd = Double.NaN;

        void add(double x, double row) {
            double end = x + 1 / 12.0;
            if (row == runRow && Math.abs(x - runEnd) < 1e-9) {
                int n = xs.size();
                xs.set(n - 2, end);
                xs.set(n - 1, end);
            } else {
                if (!xs.isEmpty()) {
                    xs.add(x);
                    ys.add(Double.NaN);
                }
                xs.addAll(List.of(x, x, end, end));
                ys.addAll(List.of(row - CELL_HALF_HEIGHT, row + CELL_HALF_HEIGHT, row + CELL_HALF_HEIGHT,
                        row - CELL_HALF_HEIGHT));
            }
            runRow = row;
            runEnd = end;
        }

        double[] xs() {
            return xs.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] ys() {
            return ys.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    static String unique(Set<String> stems, String stem) {
        String candidate = stem;
        for (int i = 2; !stems.add(candidate); i++) {
            candidate = stem + "-" + i;
        }
        return candidate;
    }

    /** A section name made safe as part of a file name on every common file system. */
    static String fileSafe(String name) {
        String safe = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "_");
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }
}
