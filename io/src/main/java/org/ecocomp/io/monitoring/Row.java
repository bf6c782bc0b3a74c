package org.ecocomp.io.monitoring;

import java.util.List;

/**
 * One row of a table file, with the line (CSV) or row number (XLSX) the user sees.
 *
 * @param line 1-based line or row number
 * @param cells the cells as text, stripped
 */
record Row(int line, List<String> cells) {

    /** The cell at a column, or empty text when the row is shorter. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
