package org.ecocomp.quality;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The result of a single-factor evaluation: the class and the indicators that set it.
 *
 * @param waterClass the worst class among the evaluated indicators
 * @param limiting the indicators whose class equals {@code waterClass} (定类因子)
 */
public record Grade(WaterClass waterClass, Set<Indicator> limiting) {

    /** Checks that at least one indicator set the class. */
    public Grade {
        if (limiting.isEmpty()) {
            throw new IllegalArgumentException("a grade needs at least one limiting indicator");
        }
        limiting = Collections.unmodifiableSet(EnumSet.copyOf(limiting));
    }
}
