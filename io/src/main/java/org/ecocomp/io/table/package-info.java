/**
 * Result tables out: tidy UTF-8 CSV with {@code .} decimals, units in column names, and numbers
 * written the same way on every machine and locale.
 */
package org.ecocomp.io.table;
