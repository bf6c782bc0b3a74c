package org.ecocomp.quality;

/** What a compliance rate does with a month that has no data. Never silent. */
public enum MissingMonthPolicy {
    /** Leave the month out: rate = compliant / months with data. */
    EXCLUDE,
    /** Count the month as not compliant: rate = compliant / all months of the period. */
    COUNT_AS_FAILED,
    /** Refuse to compute a rate while any month is missing. */
    REFUSE
}
