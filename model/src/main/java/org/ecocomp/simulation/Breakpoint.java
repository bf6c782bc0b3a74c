package org.ecocomp.simulation;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A point of a median path: the median in force from a month on.
 *
 * @param from the month at which the median equals {@code value}
 * @param value the median, in the indicator's canonical unit
 */
public record Breakpoint(YearMonth from, double value) {

    /** Checks that the month is given and the value is finite. */
    public Breakpoint {
        Objects.requireNonNull(from, "from");
        if (!Double.isFinite(value)) {
            throw new BadParameterException("value", "must be a finite number, was " + value);
        }
    }
}
