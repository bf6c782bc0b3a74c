/**
 * The HTML report of a result: one self-contained {@code report.html} (inline SVG charts, inline
 * styles, no network) composed from a result's tables, charts, manifest and inputs, with labels in
 * Chinese or English and print styles for A4. Composition is pure: strings in, a string out; the
 * caller reads and writes the files.
 */
package org.ecocomp.report.html;
