/**
 * The {@code ecocomp} command line: picocli commands, the only {@code main}, error reporting with
 * sysexits codes, and progress bars.
 */
package org.ecocomp.cli;
