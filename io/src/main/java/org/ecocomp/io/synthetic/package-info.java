/**
 * Parameter files of synthetic monitoring series (YAML): reading them into
 * {@link org.ecocomp.simulation.SyntheticSeries} with every problem located as
 * {@code file:line:col: field: message}. The format is documented in {@code docs/synthetic-data.md}.
 */
package org.ecocomp.io.synthetic;
