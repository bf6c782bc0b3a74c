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
 */
public record ReportContent(Provenance provenance, List<ReportInput> inputs, List<ReportTable> tables, List<ReportChart> charts) {

    /** Copies the lists. */
    public ReportContent {
        Objects.requireNonNull(provenance, "provenance");
        inputs = List.copyOf(inputs);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }
}
