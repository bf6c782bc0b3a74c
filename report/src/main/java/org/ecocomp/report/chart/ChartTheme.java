package org.ecocomp.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.ecocomp.quality.WaterClass;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The one look of every ecocomp chart: font, text sizes, colours, series palette and the GB 3838
 * class colours, with the labels in the language the charts are drawn in.
 *
 * <p>Charts with Chinese text need a font that has CJK glyphs, or every character is drawn as a
 * box. {@link #forLanguage(Language)} looks for one among the installed font families; when
 * Chinese is asked for and none is installed, the theme falls back to English labels and says so
 * once through {@link #fallbackWarning()}. When a CJK font is installed it is used for English
 * charts as well, because section names stay Chinese in both languages.
 */
public final class ChartTheme {

    /** Default chart width in points (1/72 inch): 8.33 inches, 2500 pixels at 300 dpi. */
    public static final int WIDTH = 600;
    /** Default chart height in points: 5 inches, 1500 pixels at 300 dpi. */
    public static final int HEIGHT = 360;
    /** CJK font families tried first, in order. */
    public static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Sarasa Gothic SC", "Microsoft YaHei", "PingFang SC", "SimHei");

    private static final String CJK_SAMPLE = "流域水质";
    private static final Set<String> LOGICAL_FAMILIES = Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF,
            Font.SERIF, Font.MONOSPACED);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color AXIS = new Color(0x66, 0x66, 0x66);
    private static final Color ACCENT = new Color(0x88, 0x22, 0x88);
    private static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
    /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
    private static final Color[] SERIES = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00),
        new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00)};

    private final Labels labels;
    private final String fontFamily;
    private final Optional<String> fallbackWarning;

    private ChartTheme(Labels labels, String fontFamily, Optional<String> fallbackWarning) {
        this.labels = labels;
        this.fontFamily = fontFamily;
        this.fallbackWarning = fallbackWarning;
    }

    /**
     * The theme for a language, with the fonts installed on this machine.
     *
     * @param requested the language asked for
     * @return the theme; its {@link #effectiveLanguage()} is English when Chinese was asked for and
     *     no CJK font is installed
     */
    public static ChartTheme forLanguage(Language requested) {
        return forLanguage(requested, List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT)));
    }

    /**
     * The theme for a language, given the installed font families.
     *
     * @param requested the language asked for
     * @param installedFamilies the font family names that can be used
     * @return the theme
     */
    public static ChartTheme forLanguage(Language requested, Collection<String> installedFamilies) {
        Optional<String> cjk = cjkFamily(installedFamilies);
        if (cjk.isPresent()) {
            return new ChartTheme(new Labels(requested), cjk.get(), Optional.empty());
        }
        Optional<String> warning = requested == Language.ZH
                ? Optional.of("no font with Chinese glyphs is installed (looked for " + CJK_FAMILIES.getFirst()
                        + " and others); charts are labelled in English and Chinese section names may show as "
                        + "boxes; install one, e.g. Debian/Ubuntu: apt-get install fonts-noto-cjk")
                : Optional.empty();
        return new ChartTheme(new Labels(Language.EN), Font.SANS_SERIF, warning);
    }

    /**
     * The font family to draw Chinese with: the first of {@link #CJK_FAMILIES} that is installed and
     * has the glyphs, else the first other installed family (in name order) that has them.
     *
     * @param installedFamilies the font family names that can be used
     * @return the family, or empty when none can draw Chinese
     */
    public static Optional<String> cjkFamily(Collection<String> installedFamilies) {
        return Stream.concat(CJK_FAMILIES.stream().filter(installedFamilies::contains),
                        installedFamilies.stream().sorted())
                .filter(family -> !LOGICAL_FAMILIES.contains(family))
                .filter(ChartTheme::drawsChinese)
                .findFirst();
    }

    private static boolean drawsChinese(String family) {
        Font font = new Font(family, Font.PLAIN, 12);
        // An unknown family silently becomes Dialog, whose fall-back fonts may draw Chinese.
        return font.getFamily(Locale.ROOT).equalsIgnoreCase(family) && font.canDisplayUpTo(CJK_SAMPLE) == -1;
    }

    /** The language the labels are actually in. */
    public Language effectiveLanguage() {
        return labels.language();
    }

    /** The labels in the effective language. */
    public Labels labels() {
        return labels;
    }

    /** Why the labels are English although Chinese was asked for; empty when they are as asked. */
    public Optional<String> fallbackWarning() {
        return fallbackWarning;
    }

    /** The font family every chart text is drawn in. */
    public String fontFamily() {
        return fontFamily;
    }

    /** The font of small in-plot labels, such as the names of limit lines. */
    public Font annotationFont() {
        return font(Font.PLAIN, 9);
    }

    /** The conventional colour of a class as an area fill (Ⅰ light blue … 劣Ⅴ red). */
    public Color classFill(WaterClass waterClass) {
        return switch (waterClass) {
            case I -> new Color(0xA8, 0xE6, 0xF8);
            case II -> new Color(0x00, 0xB4, 0xEE);
            case III -> new Color(0x3C, 0xC8, 0x3C);
            case IV -> new Color(0xFF, 0xE0, 0x1A);
            case V -> new Color(0xFF, 0x96, 0x00);
            case WORSE_THAN_V -> new Color(0xE5, 0x1A, 0x1A);
        };
    }

    /** A darker shade of a class colour, legible as a thin line on white. */
    public Color classLine(WaterClass waterClass) {
        return switch (waterClass) {
            case I -> new Color(0x4F, 0xA8, 0xD0);
            case II -> new Color(0x00, 0x8C, 0xC8);
            case III -> new Color(0x1E, 0x9A, 0x1E);
            case IV -> new Color(0xC2, 0x9E, 0x00);
            case V -> new Color(0xE0, 0x78, 0x00);
            case WORSE_THAN_V -> new Color(0xC0, 0x00, 0x00);
        };
    }

    /**
     * The stroke of a data line.
     *
     * @param width the width in points
     * @return a solid stroke with round joins
     */
    public BasicStroke dataStroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The stroke of a reference line; the emphasised one is solid and thicker, the others dashed. */
    public BasicStroke referenceStroke(boolean emphasised) {
        return emphasised ? new BasicStroke(2f)
                : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    }

    /** The colour of text, and of data and marks that must stand out on any class colour. */
    public Color ink() {
        return TEXT;
    }

    /** A second data colour that is none of the class colours. */
    public Color accent() {
        return ACCENT;
    }

    /**
     * A line chart in this theme, with the legend below the plot.
     *
     * @param width width in points
     * @param height height in points
     * @param title the chart title
     * @param xTitle the horizontal axis title
     * @param yTitle the vertical axis title
     * @return the empty chart
     */
    public XYChart xyChart(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line).setMarkerSize(5);
        return chart;
    }

    /**
     * Applies the theme to the styler of any chart with axes.
     *
     * @param styler the chart's styler
     */
    public void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE)
                .setChartFontColor(TEXT)
                .setChartPadding(16)
                .setChartTitleFont(font(Font.BOLD, 13))
                .setChartTitleBoxVisible(false)
                .setLegendFont(font(Font.PLAIN, 10))
                .setLegendBorderColor(Color.WHITE)
                .setLegendPadding(6)
                .setLegendPosition(LegendPosition.OutsideS)
                .setLegendLayout(LegendLayout.Horizontal)
                .setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderColor(AXIS)
                .setSeriesColors(SERIES)
                .setAnnotationTextFont(annotationFont())
                .setAnnotationTextFontColor(TEXT)
                .setToolTipsEnabled(false);
        styler.setAxisTitleFont(font(Font.PLAIN, 11))
                .setAxisTickLabelsFont(font(Font.PLAIN, 10))
                .setAxisTickLabelsColor(TEXT)
                .setAxisTickMarksColor(AXIS)
                .setAxisTicksLineVisible(false)
                .setPlotGridLinesColor(GRID)
                .setPlotGridLinesStroke(new BasicStroke(0.5f))
                // XChart's own pattern drops the leading zero below 0.1 (".05")
                .setYAxisDecimalPattern("#,##0.####")
                .setLocale(Locale.ROOT)
                .setTimezone(TimeZone.getTimeZone("UTC"));
    }

    private Font font(int style, float size) {
        return new Font(fontFamily, style, 1).deriveFont(size);
    }
}
