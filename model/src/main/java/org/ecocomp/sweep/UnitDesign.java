package org.ecocomp.sweep;

/**
 * A design built in the unit hypercube: each row is first a point {@code u} in (0, 1)^D, then
 * mapped coordinate by coordinate through the parameters' quantile functions
 * ({@link Parameter#value(double)}), so the same design serves any mix of distributions.
 */
public sealed interface UnitDesign extends Design
        permits GridDesign, RandomDesign, LatinHypercubeDesign, SaltelliDesign, MorrisDesign {

    /**
     * Writes the unit-hypercube point of one row into a buffer; every coordinate is strictly
     * inside (0, 1).
     *
     * @param row the row index, in [0, {@link #size()})
     * @param u a buffer of length {@link #dimension()}, overwritten
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     */
    void unitPoint(long row, double[] u);

    /**
     * The unit-hypercube point of one row.
     *
     * @param row the row index, in [0, {@link #size()})
     * @return a new array of length {@link #dimension()}
     */
    default double[] unitPoint(long row) {
        double[] u = new double[dimension()];
        unitPoint(row, u);
        return u;
    }

    /** {@inheritDoc} The unit point mapped through each parameter's quantile function. */
    @Override
    default void point(long row, double[] values) {
        unitPoint(row, values);
        for (int i = 0; i < values.length; i++) {
            values[i] = parameters().get(i).value(values[i]);
        }
    }
}
