package org.ecocomp.agreement;

/**
 * A clause cannot be settled with the data at hand (no data for a section in a year, no flow for a
 * flow-weighted split, a missing month under the refuse policy). The message names the round,
 * clause, section and year.
 */
public final class SettlementException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The clause that could not be settled. */
    private final String clause;

    /**
     * @param clause the clause's id
     * @param message what is missing, with section and year
     */
    public SettlementException(String clause, String message) {
        super(message);
        this.clause = clause;
    }

    /** The clause that could not be settled. */
    public String clause() {
        return clause;
    }
}
