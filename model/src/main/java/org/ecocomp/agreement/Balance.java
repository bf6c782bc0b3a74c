package org.ecocomp.agreement;

import java.util.OptionalInt;

/**
 * What a party paid and received, in a year or in total.
 *
 * @param party the party code or fund account
 * @param year the year, or empty for the total over all years
 * @param paid yuan paid
 * @param received yuan received
 */
public record Balance(String party, OptionalInt year, double paid, double received) {

    /** received − paid. */
    public double net() {
        return received - paid;
    }
}
