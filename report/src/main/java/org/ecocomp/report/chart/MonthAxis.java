package org.ecocomp.report.chart;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A time axis in years, whose ticks fall on month starts and read as months.
 *
 * <p>Time is a decimal year: 2009.0 is the start of January 2009, 2009.5 the start of July. XChart
 * picks tick steps of 1, 2 or 5 times a power of ten and keeps growing the step until all tick
 * labels differ; labelling every tick off a month start with the same blank makes it settle on half
 * years, years, or multiples of them.
 */
final class MonthAxis {

    private static final String BLANK = " ";
    /** How near a month start, in months, a value reads as that month. */
    private static final double TOLERANCE = 1e-3;

    private MonthAxis() {
    }

    /** The start of a month. */
    static double x(YearMonth month) {
        return month.getYear() + (month.getMonthValue() - 1) / 12.0;
    }

    /** A moment, placed within its month in proportion to the elapsed part of the month. */
    static double x(LocalDateTime time) {
        YearMonth month = YearMonth.from(time);
        double day = time.getDayOfMonth() - 1 + time.toLocalTime().toSecondOfDay() / 86_400.0;
        return x(month) + day / month.lengthOfMonth() / 12.0;
    }

    /** Tick labels of a month axis. */
    static Function<Double, String> ticks(Labels labels) {
        return x -> {
            double months = x * 12;
            long whole = Math.round(months);
            if (Math.abs(months - whole) > TOLERANCE) {
                return BLANK;
            }
            int year = Math.toIntExact(Math.floorDiv(whole, 12));
            return labels.monthTick(YearMonth.of(year, Math.floorMod(whole, 12) + 1));
        };
    }

    /**
     * Fixes the axis ranges of a chart whose x axis is a month axis.
     *
     * <p>XChart places ticks at the data values themselves when the distinct values, in the order
     * the series give them, are equally spaced (daily samples are). This frame is therefore the
     * chart's first series: an invisible one whose values are not equally spaced, so ticks always
     * come from the step search above.
     *
     * @param chart a chart without series yet
     * @param xMin the start of the first month shown
     * @param xMax the end of the last month shown
     * @param yMin the bottom of the value axis
     * @param yMax the top of the value axis
     * @param labels the labels of the month ticks
     */
    static void frame(XYChart chart, double xMin, double xMax, double yMin, double yMax, Labels labels) {
        chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax).setYAxisMin(yMin).setYAxisMax(yMax);
        chart.setCustomXAxisTickLabelsFormatter(ticks(labels));
        XYSeries frame = chart.addSeries("frame", new double[] {xMin, xMax, xMin + (xMax - xMin) / 3},
                new double[] {yMin, yMax, yMin + (yMax - yMin) / 3});
        frame.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        frame.setMarker(SeriesMarkers.NONE);
        frame.setShowInLegend(false);
    }
}
