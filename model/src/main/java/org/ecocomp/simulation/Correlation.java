package org.ecocomp.simulation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.ecocomp.quality.Indicator;

/**
 * The correlation matrix of the AR(1) innovations {@code ε} of some of a section's indicators (flow
 * included). Indicators it does not list have innovations independent of all others.
 *
 * <p>The matrix must be a correlation matrix: exactly symmetric, ones on the diagonal, and positive definite
 * (checked with a Cholesky decomposition, which is also how the generator correlates draws). The
 * correlation of the log values themselves at the same month is
 * {@code r · √((1 − phiᵢ²)(1 − phiⱼ²)) / (1 − phiᵢ phiⱼ)}, which equals {@code r} when both
 * indicators have the same {@code phi}.
 *
 * @param indicators the indicators the rows and columns stand for, in order; no repeats
 * @param matrix the correlations, one row per indicator
 */
public record Correlation(List<Indicator> indicators, List<List<Double>> matrix) {

    /** No correlation: all innovations independent. */
    public static final Correlation NONE = new Correlation(List.of(), List.of());

    /** Checks that the matrix is a positive definite correlation matrix of the listed indicators. */
    public Correlation {
        indicators = List.copyOf(indicators);
        List<List<Double>> rows = new ArrayList<>();
        for (List<Double> row : matrix) {
            rows.add(List.copyOf(row));
        }
        matrix = List.copyOf(rows);
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        for (Indicator indicator : indicators) {
            if (!seen.add(indicator)) {
                throw new BadParameterException("indicators", indicator.code() + " is listed twice");
            }
        }
        int n = indicators.size();
        if (matrix.size() != n) {
            throw new BadParameterException("matrix", "has " + matrix.size() + " rows but " + n
                    + " indicators are listed; expected a " + n + "×" + n + " matrix");
        }
        for (int i = 0; i < n; i++) {
            if (matrix.get(i).size() != n) {
                throw new BadParameterException("matrix", "row " + (i + 1) + " has " + matrix.get(i).size()
                        + " entries; expected " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            String a = indicators.get(i).code();
            if (matrix.get(i).get(i) != 1) {
                throw new BadParameterException("matrix", "the diagonal entry of " + a + " is "
                        + matrix.get(i).get(i) + "; a correlation matrix has 1 on the diagonal");
            }
            for (int j = 0; j < n; j++) {
                String b = indicators.get(j).code();
                double r = matrix.get(i).get(j);
                if (!(Math.abs(r) <= 1)) {
                    throw new BadParameterException("matrix", "the correlation of " + a + " and " + b + " is " + r
                            + "; expected a number in −1…1");
                }
                if (r != matrix.get(j).get(i)) {
                    throw new BadParameterException("matrix", "is not symmetric: (" + a + ", " + b + ") is " + r
                            + " but (" + b + ", " + a + ") is " + matrix.get(j).get(i));
                }
            }
        }
        if (n > 0) {
            try {
                new CholeskyDecomposition(new Array2DRowRealMatrix(toArray(matrix)));
            } catch (NonPositiveDefiniteMatrixException e) {
                throw new BadParameterException("matrix", "is not positive definite: these correlations cannot hold"
                        + " together (e.g. A~B and A~C strong, B~C strongly negative), or two indicators are"
                        + " perfectly correlated; weaken the correlations");
            }
        }
    }

    /**
     * The correlation of two indicators' innovations: 1 for an indicator with itself, 0 when either
     * is not listed.
     *
     * @param a an indicator
     * @param b an indicator
     * @return the correlation
     */
    public double get(Indicator a, Indicator b) {
        if (a == b) {
            return 1;
        }
        int i = indicators.indexOf(a);
        int j = indicators.indexOf(b);
        return i < 0 || j < 0 ? 0 : matrix.get(i).get(j);
    }

    private static double[][] toArray(List<List<Double>> matrix) {
        double[][] array = new double[matrix.size()][];
        for (int i = 0; i < array.length; i++) {
            array[i] = matrix.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return array;
    }
}
