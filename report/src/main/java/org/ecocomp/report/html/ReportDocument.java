package org.ecocomp.report.html;

import java.util.Objects;

/**
 * A text result as the report receives it, such as the {@code best.yaml} scenario an optimisation
 * writes; shown as written (at most {@value HtmlReport#DOCUMENT_LINES} lines).
 *
 * @param file the file name, e.g. {@code best.yaml}
 * @param text the file's text
 */
public record ReportDocument(String file, String text) {

    /** Checks for nulls. */
    public ReportDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without its extension. */
    public String name() {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
