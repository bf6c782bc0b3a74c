/**
 * Sweep files in (what to sweep, how, which outputs) and sweep tables out: {@code design.csv},
 * the crash-safe, resumable {@code sweep.csv} log, and {@code sensitivity.csv}.
 */
package org.ecocomp.io.sweep;
