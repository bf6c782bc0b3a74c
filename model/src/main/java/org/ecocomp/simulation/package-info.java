/**
 * Stochastic water quality: seeded generators of monitoring series at cross-sections.
 *
 * <p>The synthetic-series model ({@link org.ecocomp.simulation.SeriesGenerator}) draws monthly
 * samples per section: each indicator's log concentration (pH on its own scale) is a median path
 * with breakpoints, a cosine seasonal term and stationary AR(1) noise whose innovations are
 * correlated across the indicators and flow of the section. Parameters are immutable records
 * ({@link org.ecocomp.simulation.SyntheticSeries} and its parts) that check themselves; every draw
 * comes from a {@link java.util.random.RandomGenerator} derived from a seed. The equations are in
 * {@code docs/synthetic-data.md}.
 *
 * <p>Everything here is pure: no files, no clock, no console, no global random state.
 */
package org.ecocomp.simulation;
