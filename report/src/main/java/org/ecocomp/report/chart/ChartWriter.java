package org.ecocomp.report.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as a 300 dpi PNG and as an SVG beside it.
 *
 * <p>The same chart gives the same bytes on every run: the PNG carries no time chunk, and the SVG
 * has no date and names its clip paths after their geometry. XChart draws all text as glyph
 * outlines, so the SVG looks the same without the font installed; its {@code <title>} element
 * carries the chart title as text for search and screen readers.
 */
public final class ChartWriter {

    /** Resolution of the PNG files. */
    public static final int DPI = 300;

    private ChartWriter() {
    }

    /**
     * Writes {@code dir/stem.png} and {@code dir/stem.svg}, replacing existing files.
     *
     * @param chart the chart; its width and height are in points (1/72 inch)
     * @param dir the directory, created when missing
     * @param stem the file name without extension; must not contain a path separator
     * @return the PNG and the SVG path
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Chart<?, ?> chart, Path dir, String stem) throws IOException {
        if (stem.isEmpty() || stem.contains("/") || stem.contains("\\") || stem.equals(".") || stem.equals("..")) {
            throw new IllegalArgumentException("not a file name: \"" + stem + "\"");
        }
        Files.createDirectories(dir);
        Path png = dir.resolve(stem + ".png");
        Path svg = dir.resolve(stem + ".svg");
        // XChart writes the PNG through a RandomAccessFile, which keeps the tail of a longer old file.
        Files.deleteIfExists(png);
        BitmapEncoder.saveBitmapWithDPI(chart, png.toString(), BitmapFormat.PNG, DPI);
        Files.write(svg, svg(chart));
        return List.of(png, svg);
    }

    /**
     * The chart as an SVG document.
     *
     * @param chart the chart
     * @return the UTF-8 bytes of the document
     * @throws IOException when the vector graphics cannot be produced
     */
    public static byte[] svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        String svg = out.toString(StandardCharsets.UTF_8);
        String title = chart.getTitle();
        if (title != null && !title.isBlank()) {
            int rootEnd = svg.indexOf('>', svg.indexOf("<svg ")) + 1;
            svg = svg.substring(0, rootEnd) + System.lineSeparator() + "  <title>" + escape(title) + "</title>"
                    + svg.substring(rootEnd);
        }
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
