package org.ecocomp.sweep;

import java.util.List;
import java.util.Objects;

/**
 * The Ishigami function (Ishigami &amp; Homma 1990, "An importance quantification technique in
 * uncertainty analysis for computer models", ISUMA '90):
 * f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1, with x1, x2, x3 independent and uniform on [−π, π].
 *
 * <p>Its variance decomposes, with E x3⁴ = π⁴/5 and E x3⁸ = π⁸/9, into
 * V1 = ½ (1 + b π⁴/5)², V2 = a²/8, V3 = 0, V13 = b² π⁸ (1/18 − 1/50) = 8 b² π⁸ / 225 and no other
 * term, so V = V1 + V2 + V13 = ½ + a²/8 + b π⁴/5 + b² π⁸/18, S_i = V_i / V, ST1 = (V1 + V13) / V,
 * ST2 = V2 / V, ST3 = V13 / V. For a = 7, b = 0.1: S1 = (0.3139, 0.4424, 0),
 * ST = (0.5576, 0.4424, 0.2437).
 *
 * @param a the coefficient of sin² x2
 * @param b the coefficient of x3⁴ sin x1
 */
public record Ishigami(double a, double b) implements ReferenceFunction {

    /** The usual parameters, a = 7 and b = 0.1 (Marrel et al. 2009; SALib). */
    public static final Ishigami STANDARD = new Ishigami(7, 0.1);

    private static final Distribution RANGE = new Distribution.Uniform(-Math.PI, Math.PI);

    /** Checks finite coefficients. */
    public Ishigami {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new BadDesignException("a, b", "the coefficients must be finite, got a = " + a + ", b = " + b);
        }
    }

    @Override
    public double applyAsDouble(double[] x) {
        Objects.checkIndex(2, x.length);
        double s1 = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        double x3 = x[2] * x[2];
        return s1 + a * s2 * s2 + b * x3 * x3 * s1;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("x1", RANGE), new Parameter("x2", RANGE), new Parameter("x3", RANGE));
    }

    private double v1() {
        double t = 1 + b * Math.pow(Math.PI, 4) / 5;
        return 0.5 * t * t;
    }

    private double v2() {
        return a * a / 8;
    }

    private double v13() {
        return b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    }

    @Override
    public double variance() {
        return v1() + v2() + v13();
    }

    @Override
    public List<Double> firstOrder() {
        double v = variance();
        return List.of(v1() / v, v2() / v, 0.0);
    }

    @Override
    public List<Double> totalOrder() {
        double v = variance();
        return List.of((v1() + v13()) / v, v2() / v, v13() / v);
    }

    @Override
    public double secondOrder(int i, int j) {
        Objects.checkIndex(i, 3);
        Objects.checkIndex(j, 3);
        return Math.min(i, j) == 0 && Math.max(i, j) == 2 ? v13() / variance() : 0.0;
    }
}
