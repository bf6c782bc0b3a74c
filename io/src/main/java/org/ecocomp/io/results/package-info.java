/**
 * Result folders read back: the {@code manifest.json} of a run, every CSV table, the charts, and
 * the inputs the manifest names checked against their SHA-256 (with the assumptions a scenario or
 * sweep file labels); and {@code results.xlsx}, the tables as one workbook, written byte for byte
 * the same from the same tables.
 */
package org.ecocomp.io.results;
