package org.ecocomp.optimize;

/**
 * The evaluation of a candidate mechanism. It may be expensive (a Monte Carlo of a scenario) and
 * is called from several threads at once, so it must be thread-safe; it must be a pure function of
 * {@code x}: the same {@code x} always gives the same evaluation (draw any randomness from a fixed
 * seed, i.e. common random numbers across candidates).
 */
@FunctionalInterface
public interface EvaluationFunction {

    /**
     * Evaluates a candidate.
     *
     * @param x the decision variables' values, in the problem's variable order; not to be modified
     * @return the objective values and constraint violations
     */
    Evaluation evaluate(double[] x);
}
