package org.ecocomp.io.monitoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.quality.Indicator;

/**
 * Collects the problems of one file while it is read, and parses indicator cells with the checks
 * every format shares (number, sign, pH range).
 */
final class CellProblems {

    /** Beyond this many problems a file is hopeless; stop listing. */
    private static final int LIMIT = 50;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    CellProblems(Path file) {
        this.file = file;
    }

    void add(int line, String field, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new Problem(file, line, 0, field, message));
        }
    }

    /** Throws all collected problems, if any. */
    void throwIfAny() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.DATA, problems);
        }
    }

    /**
     * True for the texts that mean "no value": empty, {@code --}, {@code -}, {@code NA}. {@code NaN} is
     * not one of them: like {@code Infinity} it is refused as a value that is not a finite number.
     */
    static boolean isMissing(String text) {
        return text.isEmpty() || text.equals("--") || text.equals("-") || text.equalsIgnoreCase("NA");
    }

    /**
     * Parses a value of an indicator and converts it to the canonical unit.
     *
     * @return the value, or empty when the cell is missing or wrong (a problem is recorded)
     */
    Optional<Double> value(Row row, String field, String text, Indicator indicator, double factor) {
        if (isMissing(text)) {
            return Optional.empty();
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            add(row.line(), field, "'" + text + "' is not a number; expected a decimal such as 0.25, or -- for no value");
            return Optional.empty();
        }
        if (!Double.isFinite(v)) {
            add(row.line(), field, "'" + text + "' is not a finite number; expected a decimal such as 0.25, or -- for no value");
            return Optional.empty();
        }
        if (indicator == Indicator.PH) {
            if (v < 0 || v > 14) {
                add(row.line(), field, "pH " + text + " is outside 0–14");
                return Optional.empty();
            }
        } else if (v < 0) {
            add(row.line(), field, "negative " + (indicator == Indicator.FLOW ? "flow" : "concentration") + " "
                    + text + "; a measured " + indicator.code() + " is 0 or more");
            return Optional.empty();
        }
        return Optional.of(v * factor);
    }
}
