package org.ecocomp.report.html;

import java.util.Objects;

/**
 * A chart as the report receives it: the SVG document of {@code charts/NAME.svg}.
 *
 * @param file the file name, e.g. {@code payments.svg}
 * @param svg the SVG document's text (an XML prolog and DOCTYPE are allowed and dropped)
 */
public record ReportChart(String file, String svg) {

    /** Checks that the text is an SVG document. */
    public ReportChart {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(svg, "svg");
        if (!svg.contains("<svg")) {
            throw new IllegalArgumentException(file + ": not an SVG document");
        }
    }

    /** The file name without {@code .svg}. */
    public String name() {
        return file.endsWith(".svg") ? file.substring(0, file.length() - 4) : file;
    }
}
