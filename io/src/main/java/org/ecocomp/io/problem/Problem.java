package org.ecocomp.io.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One located problem in an input file, printed as {@code file:line:col: field: message}.
 *
 * @param file the file (as the user named it)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param field the column name or path of the field, or empty
 * @param message what is wrong and what was expected
 */
public record Problem(Path file, int line, int column, String field, String message) {

    /** Checks for nulls. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with the whole file. */
    public static Problem ofFile(Path file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** {@code file:line:col: field: message}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file.toString());
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (!field.isEmpty()) {
            b.append(field).append(": ");
        }
        return b.append(message).toString();
    }
}
