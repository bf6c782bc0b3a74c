package org.ecocomp.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a candidate achieves: its objective values and its constraint violations.
 *
 * <p>A violation ≤ 0 means the constraint is satisfied; a positive violation measures by how much it
 * is not (e.g. {@code x₁ + x₂ − 1} for {@code x₁ + x₂ ≤ 1}). The candidate is feasible when every
 * violation is ≤ 0. Violations of different constraints are added up in
 * {@link #totalViolation()}, so they should be on comparable scales.
 *
 * @param objectives the objective values, finite, in the problem's objective order
 * @param constraintViolations the constraints' violations, not NaN (+∞ is allowed), in the problem's
 *     constraint order; empty for an unconstrained problem
 */
public record Evaluation(double[] objectives, double[] constraintViolations) {

    /** Copies the arrays and checks for finite objectives and non-NaN violations. */
    public Evaluation {
        objectives = Objects.requireNonNull(objectives, "objectives").clone();
        constraintViolations = Objects.requireNonNull(constraintViolations, "constraintViolations").clone();
        for (int i = 0; i < objectives.length; i++) {
            if (!Double.isFinite(objectives[i])) {
                throw new IllegalArgumentException("objective " + i + " is not finite: " + objectives[i]);
            }
        }
        for (int i = 0; i < constraintViolations.length; i++) {
            if (Double.isNaN(constraintViolations[i]) || constraintViolations[i] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("constraint violation " + i + " is " + constraintViolations[i]);
            }
        }
    }

    /**
     * An unconstrained evaluation.
     *
     * @param objectives the objective values
     * @return an evaluation without constraints
     */
    public static Evaluation of(double... objectives) {
        return new Evaluation(objectives, new double[0]);
    }

    /**
     * The objective values.
     *
     * @return a copy of the objective values
     */
    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    /**
     * The constraint violations.
     *
     * @return a copy of the violations
     */
    @Override
    public double[] constraintViolations() {
        return constraintViolations.clone();
    }

    /**
     * One objective value.
     *
     * @param index the objective's index
     * @return its value
     */
    public double objective(int index) {
        return objectives[index];
    }

    /**
     * The number of objectives.
     *
     * @return the length of {@link #objectives()}
     */
    public int objectiveCount() {
        return objectives.length;
    }

    /**
     * The number of constraints.
     *
     * @return the length of {@link #constraintViolations()}
     */
    public int constraintCount() {
        return constraintViolations.length;
    }

    /**
     * The total violation: the sum of the positive violations, 0 for a feasible candidate.
     *
     * @return Σ max(0, vᵢ)
     */
    public double totalViolation() {
        double sum = 0;
        for (double v : constraintViolations) {
            if (v > 0) {
                sum += v;
            }
        }
        return sum;
    }

    /**
     * Whether every constraint is satisfied.
     *
     * @return {@code totalViolation() == 0}
     */
    public boolean feasible() {
        return totalViolation() == 0;
    }

    /** Equal when both arrays are equal element by element (as {@link Arrays#equals(double[], double[])}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e
                && Arrays.equals(objectives, e.objectives)
                && Arrays.equals(constraintViolations, e.constraintViolations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(objectives) + Arrays.hashCode(constraintViolations);
    }

    @Override
    public String toString() {
        return "Evaluation[objectives=" + Arrays.toString(objectives)
                + ", constraintViolations=" + Arrays.toString(constraintViolations) + "]";
    }
}
