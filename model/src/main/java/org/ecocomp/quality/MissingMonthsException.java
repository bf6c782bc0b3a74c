package org.ecocomp.quality;

import java.time.YearMonth;
import java.util.List;

/** Thrown under {@link MissingMonthPolicy#REFUSE} when a compliance rate would need a missing month. */
public final class MissingMonthsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The section lacking data. */
    private final String section;
    /** The months without data. */
    private final transient List<YearMonth> missing;

    /**
     * @param section the section
     * @param missing the months without data
     */
    public MissingMonthsException(String section, List<YearMonth> missing) {
        super(section + ": no data for " + missing + " and the missing-month policy is 'refuse'"
                + " (use 'exclude' or 'count-as-failed' to assess anyway)");
        this.section = section;
        this.missing = List.copyOf(missing);
    }

    /** The section lacking data. */
    public String section() {
        return section;
    }

    /** The months without data. */
    public List<YearMonth> missing() {
        return missing;
    }
}
