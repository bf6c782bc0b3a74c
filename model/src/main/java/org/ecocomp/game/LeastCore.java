package org.ecocomp.game;

import java.util.Arrays;
import java.util.Objects;

/**
 * The least core of a game (Maschler, Peleg &amp; Shapley 1979): the smallest ε for which the ε-core
 * {x : x(N) = v(N), x(S) ≥ v(S) − ε for every proper non-empty S} is non-empty, and one allocation in it.
 * The core is non-empty exactly when ε ≤ 0.
 *
 * @param epsilon the least-core value ε, in the game's units
 * @param allocation an allocation in the least core (one of many in general), one amount per player
 */
public record LeastCore(double epsilon, double[] allocation) {

    /** Checks finiteness; copies the allocation. */
    public LeastCore {
        Objects.requireNonNull(allocation, "allocation");
        if (!Double.isFinite(epsilon) || allocation.length == 0) {
            throw new IllegalArgumentException("a least core needs a finite ε and an allocation");
        }
        allocation = allocation.clone();
        for (double a : allocation) {
            if (!Double.isFinite(a)) {
                throw new IllegalArgumentException("allocation amounts must be finite");
            }
        }
    }

    /** {@return a copy of the least-core allocation} */
    @Override
    public double[] allocation() {
        return allocation.clone();
    }

    /**
     * Whether the core is non-empty, judged with a slack for the simplex's rounding.
     *
     * @param tolerance an absolute slack in the game's units, non-negative
     * @return ε ≤ tolerance
     */
    public boolean coreIsNonEmpty(double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("the tolerance must be non-negative");
        }
        return epsilon <= tolerance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeastCore c && Double.compare(epsilon, c.epsilon) == 0
                && Arrays.equals(allocation, c.allocation);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(epsilon) + Arrays.hashCode(allocation);
    }

    @Override
    public String toString() {
        return "LeastCore[epsilon=" + epsilon + ", allocation=" + Arrays.toString(allocation) + "]";
    }
}
