/**
 * Batch parameter sweeps and global sensitivity analysis (after SALib): parameters with
 * distributions, designs that produce rows on demand, and estimators that read the model outputs
 * back in row order.
 *
 * <p><b>Parameters.</b> A {@link org.ecocomp.sweep.Parameter} is a name and a sealed
 * {@link org.ecocomp.sweep.Distribution} (uniform, normal, log-normal, discrete levels) that maps a
 * point of the unit interval to a value by its quantile function.
 *
 * <p><b>Designs.</b> A {@link org.ecocomp.sweep.Design} is a numbered list of rows computed one at
 * a time, never stored: full grid ({@link org.ecocomp.sweep.GridDesign}), simple random
 * ({@link org.ecocomp.sweep.RandomDesign}), Latin hypercube
 * ({@link org.ecocomp.sweep.LatinHypercubeDesign}), Saltelli's Sobol'-sequence scheme for Sobol'
 * indices ({@link org.ecocomp.sweep.SaltelliDesign}), Morris trajectories
 * ({@link org.ecocomp.sweep.MorrisDesign}) and one-at-a-time moves for a tornado chart
 * ({@link org.ecocomp.sweep.TornadoDesign}). Row j is the same whichever thread computes it and in
 * whatever order, so rows can be evaluated in parallel and give the same outputs.
 *
 * <p><b>Analyses.</b> {@link org.ecocomp.sweep.SobolAnalysis} (first-, total- and second-order
 * indices), {@link org.ecocomp.sweep.MorrisAnalysis} (mu, mu*, sigma) and
 * {@link org.ecocomp.sweep.TornadoAnalysis} take a {@code double[]} of outputs in row order;
 * intervals are percentile bootstrap intervals ({@link org.ecocomp.sweep.Bootstrap}). Their
 * {@code run} methods evaluate a {@code ToDoubleFunction<double[]>} on the calling thread, for
 * any function of a parameter vector. Problems a reader should know (too few samples, negative
 * indices) come back as sentences in the result, not as log lines.
 *
 * <p><b>Reference functions.</b> {@link org.ecocomp.sweep.Ishigami} and
 * {@link org.ecocomp.sweep.SobolG} have known indices, for checking estimators and sample sizes.
 *
 * <p>Everything here is pure: no files, no clock, no console; every random draw comes from a
 * {@link java.util.random.RandomGenerator} passed in, through seeds derived by
 * {@link org.ecocomp.random.Seeds}.
 */
package org.ecocomp.sweep;
