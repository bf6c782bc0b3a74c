package org.ecocomp.quality;

/** How an indicator's value relates to water quality. */
public enum Direction {
    /** Higher is worse; GB 3838 gives an upper bound per class (CODMn, NH3-N, TP, ...). */
    UPPER_BOUND,
    /** Lower is worse; GB 3838 gives a lower bound per class (dissolved oxygen). */
    LOWER_BOUND,
    /** Acceptable inside a closed range for every class (pH 6–9). */
    RANGE,
    /** Not a quality measure (flow). */
    NONE
}
