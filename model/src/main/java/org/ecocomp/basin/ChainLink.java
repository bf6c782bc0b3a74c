package org.ecocomp.basin;

import java.util.Objects;

/**
 * A reach of a river chain: a share of the pollutant concentration at an upstream section reaches the
 * next section downstream (first-order decay over the travel time, folded into one carry-over share).
 *
 * @param from the upstream section
 * @param to the downstream section
 * @param carryover the share of the upstream concentration added at the downstream section, in [0, 1]
 *     (e.g. exp(−k·travel time))
 */
public record ChainLink(String from, String to, double carryover) {

    /** Checks the share. */
    public ChainLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to) || !(carryover >= 0 && carryover <= 1)) {
            throw new IllegalArgumentException("a chain link joins two sections with a carry-over share in [0, 1]");
        }
    }
}
