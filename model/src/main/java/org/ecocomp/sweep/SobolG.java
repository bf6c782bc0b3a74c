package org.ecocomp.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sobol's G function (Sobol' 1993; Saltelli &amp; Sobol' 1995): g(x) = Π_i (|4 x_i − 2| + a_i) / (1 + a_i),
 * with the x_i independent and uniform on [0, 1]. The smaller a_i, the more x_i matters.
 *
 * <p>Each factor has mean 1 and variance V_i = 1 / (3 (1 + a_i)²), and g is their product, so
 * every subset's partial variance is the product of its V_i: V = Π (1 + V_i) − 1,
 * S_i = V_i / V, S_ij = V_i V_j / V and ST_i = V_i Π_{j≠i} (1 + V_j) / V.
 *
 * @param a the coefficients, one per input, each at least 0
 */
public record SobolG(List<Double> a) implements ReferenceFunction {

    private static final Distribution UNIT = new Distribution.Uniform(0, 1);

    /** Checks at least one coefficient, all finite and non-negative. */
    public SobolG {
        a = List.copyOf(a);
        if (a.isEmpty()) {
            throw new BadDesignException("a", "there is no coefficient; expected one per input");
        }
        for (int i = 0; i < a.size(); i++) {
            double ai = a.get(i);
            if (!(ai >= 0 && ai < Double.POSITIVE_INFINITY)) {
                throw new BadDesignException("a[" + i + "]", ai + "; expected a finite coefficient of at least 0");
            }
        }
    }

    @Override
    public double applyAsDouble(double[] x) {
        Objects.checkIndex(a.size() - 1, x.length);
        double g = 1;
        for (int i = 0; i < a.size(); i++) {
            double ai = a.get(i);
            g *= (Math.abs(4 * x[i] - 2) + ai) / (1 + ai);
        }
        return g;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            list.add(new Parameter("x" + (i + 1), UNIT));
        }
        return List.copyOf(list);
    }

    /** V_i = 1 / (3 (1 + a_i)²). */
    private double partial(int i) {
        double t = 1 + a.get(i);
        return 1 / (3 * t * t);
    }

    @Override
    public double variance() {
        double product = 1;
        for (int i = 0; i < a.size(); i++) {
            product *= 1 + partial(i);
        }
        return product - 1;
    }

    @Override
    public List<Double> firstOrder() {
        double v = variance();
        List<Double> list = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            list.add(partial(i) / v);
        }
        return List.copyOf(list);
    }

    @Override
    public List<Double> totalOrder() {
        double v = variance();
        List<Double> list = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            double others = 1;
            for (int j = 0; j < a.size(); j++) {
                if (j != i) {
                    others *= 1 + partial(j);
                }
            }
            list.add(partial(i) * others / v);
        }
        return List.copyOf(list);
    }

    @Override
    public double secondOrder(int i, int j) {
        Objects.checkIndex(i, a.size());
        Objects.checkIndex(j, a.size());
        if (i == j) {
            throw new IllegalArgumentException("a second-order index needs two different inputs");
        }
        return partial(i) * partial(j) / variance();
    }
}
