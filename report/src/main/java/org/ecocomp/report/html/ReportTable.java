package org.ecocomp.report.html;

import java.util.List;
import java.util.Objects;

/**
 * A result table as the report receives it: the header and the first rows of a CSV file, and how
 * many rows the file has. A report shows a table in full when it has at most
 * {@value HtmlReport#FULL_ROWS} rows, else its first {@value HtmlReport#PREVIEW_ROWS} and how many
 * more there are; so callers need read no more than {@value HtmlReport#FULL_ROWS} rows.
 *
 * @param file the file name, e.g. {@code ledger.csv}
 * @param comments comment lines the file opens with, without {@code # }
 * @param header the column names, units in the names ({@code amount_cny}, {@code nh3n_mg_l})
 * @param rows the first rows, as written in the file
 * @param totalRows the number of rows in the whole file
 */
public record ReportTable(String file, List<String> comments, List<String> header, List<List<String>> rows, long totalRows) {

    /** Copies the lists and checks that the row count covers the rows given. */
    public ReportTable {
        Objects.requireNonNull(file, "file");
        comments = List.copyOf(comments);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        if (totalRows < rows.size()) {
            throw new IllegalArgumentException(file + ": " + rows.size() + " rows given but totalRows is " + totalRows);
        }
    }

    /** The file name without {@code .csv}. */
    public String name() {
        return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }
}
