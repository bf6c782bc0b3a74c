package org.ecocomp.quality;

/** How an annual mean concentration is formed. */
public enum AnnualMeanMethod {
    /** The arithmetic mean of the monthly means (each month weighs the same); the default. */
    MEAN_OF_MONTHLY_MEANS,
    /** The arithmetic mean of all samples of the year (months with more samples weigh more). */
    MEAN_OF_SAMPLES
}
