package org.ecocomp.sweep;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A test function of global sensitivity analysis with known Sobol' indices (the "test functions"
 * of SALib), to check an estimator or a sample size against the truth.
 */
public sealed interface ReferenceFunction extends ToDoubleFunction<double[]> permits Ishigami, SobolG {

    /**
     * The inputs and their distributions.
     *
     * @return the parameters, in the order of the array the function takes
     */
    List<Parameter> parameters();

    /**
     * The variance of the output over the inputs.
     *
     * @return V
     */
    double variance();

    /**
     * The analytic first-order indices.
     *
     * @return S1 of each parameter, in parameter order
     */
    List<Double> firstOrder();

    /**
     * The analytic total-order indices.
     *
     * @return ST of each parameter, in parameter order
     */
    List<Double> totalOrder();

    /**
     * The analytic second-order index of a pair.
     *
     * @param i one parameter's index
     * @param j another parameter's index
     * @return S2 of the pair
     */
    double secondOrder(int i, int j);
}
