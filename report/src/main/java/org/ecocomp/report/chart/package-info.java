/**
 * Charts of ecocomp, drawn with XChart and written as 300 dpi PNG and SVG.
 *
 * <p>{@link org.ecocomp.report.chart.ChartTheme} gives every chart one look and chooses the font:
 * a CJK-capable one when a chart carries Chinese text, with a fall-back to English labels when the
 * machine has none. {@link org.ecocomp.report.chart.Labels} holds the chart strings in Chinese and
 * English, {@link org.ecocomp.report.chart.ChartWriter} writes the files byte-for-byte reproducibly,
 * {@link org.ecocomp.report.chart.AssessmentCharts} draws the charts of the {@code assess} command,
 * {@link org.ecocomp.report.chart.LedgerCharts} those of a settled agreement ({@code run}),
 * {@link org.ecocomp.report.chart.MonteCarloCharts} those of a Monte Carlo projection,
 * {@link org.ecocomp.report.chart.SweepCharts} those of a parameter sweep ({@code sweep}) and
 * {@link org.ecocomp.report.chart.OptimizeCharts} those of {@code optimize} (split rules, Pareto front,
 * genetic-search convergence, replicator phase portrait). Nothing here
 * prints, reads a clock or draws random numbers.
 */
package org.ecocomp.report.chart;
