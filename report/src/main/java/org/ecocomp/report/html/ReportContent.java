package org.ecocomp.report.html;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report is made of.
 *
 * @param provenance how the result was made
 * @param inputs the run's inputs in the manifest's order; the first is the scenario, sweep or data file
 * @param tables the result tables, in file-name order
 * @param charts the charts, in file-name order
 * @param documents text results other than tables (e.g. {@code best.yaml}), in file-name order
 */
public record ReportContent(Provenance provenance, List<ReportInput> inputs, List<ReportTable> tables, List<ReportChart> charts,
                            List<ReportDocument> documents) {

    /** Copies the lists. */
    public ReportContent {
        Objects.requireNonNull(provenance, "provenance");
        inputs = List.copyOf(inputs);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        documents = List.copyOf(documents);
    }

    /**
     * A report without text results.
     *
     * @param provenance how the result was made
     * @param inputs the run's inputs
     * @param tables the result tables
     * @param charts the charts
     */
    public ReportContent(Provenance provenance, List<ReportInput> inputs, List<ReportTable> tables, List<ReportChart> charts) {
        this(provenance, inputs, tables, charts, List.of());
    }
}
