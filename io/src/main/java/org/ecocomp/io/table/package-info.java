/**
 * Tables in and out: result tables written as tidy UTF-8 CSV with {@code .} decimals, units in
 * column names, and numbers written the same way on every machine and locale; and
 * {@link org.ecocomp.io.table.CsvInput}, the one way every CSV table given to ecocomp is read.
 */
package org.ecocomp.io.table;
