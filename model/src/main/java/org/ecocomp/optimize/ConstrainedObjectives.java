package org.ecocomp.optimize;

import io.jenetics.ext.moea.ElementComparator;
import io.jenetics.ext.moea.ElementDistance;
import io.jenetics.ext.moea.Pareto;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToIntFunction;

/**
 * The fitness of NSGA-II: the objective vector on a larger-is-better scale and the total violation,
 * compared by constrained domination (Deb et al. 2002, NSGA-II, section VI): a feasible candidate
 * dominates an infeasible one, of two infeasible ones the smaller violation dominates, and two
 * feasible ones compare by Pareto dominance. Crowding distances use the objective values only.
 * It plays the part of Jenetics' {@code Vec}, with the constraint in the dominance.
 */
final class ConstrainedObjectives implements Comparable<ConstrainedObjectives> {

    /** Constrained domination: 1 if a dominates b, −1 if b dominates a, else 0. */
    static final Comparator<ConstrainedObjectives> DOMINANCE = ConstrainedObjectives::dominance;
    /** Compares the i-th objective. */
    static final ElementComparator<ConstrainedObjectives> COMPARATOR =
            (a, b, i) -> Double.compare(a.larger[i], b.larger[i]);
    /** The distance of the i-th objectives. */
    static final ElementDistance<ConstrainedObjectives> DISTANCE = (a, b, i) -> a.larger[i] - b.larger[i];
    /** The number of objectives. */
    static final ToIntFunction<ConstrainedObjectives> DIMENSION = a -> a.larger.length;

    private final double[] larger;
    private final double violation;

    private ConstrainedObjectives(double[] larger, double violation) {
        this.larger = larger;
        this.violation = violation;
    }

    static ConstrainedObjectives of(Evaluation e, Goal[] goals) {
        double[] v = e.objectives();
        for (int i = 0; i < v.length; i++) {
            v[i] = goals[i].larger(v[i]);
        }
        return new ConstrainedObjectives(v, e.totalViolation());
    }

    boolean feasible() {
        return violation == 0;
    }

    double violation() {
        return violation;
    }

    /** The objective values in their own units. */
    double[] objectives(Goal[] goals) {
        double[] v = larger.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = goals[i].larger(v[i]);
        }
        return v;
    }

    int dominance(ConstrainedObjectives o) {
        if (feasible() && o.feasible()) {
            return Pareto.dominance(larger, o.larger);
        }
        if (feasible() != o.feasible()) {
            return feasible() ? 1 : -1;
        }
        return Double.compare(o.violation, violation);
    }

    /** Dominance, as Jenetics' {@code Vec} compares. */
    @Override
    public int compareTo(ConstrainedObjectives o) {
        return dominance(o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainedObjectives c
                && Arrays.equals(larger, c.larger)
                && Double.compare(violation, c.violation) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(larger) + Double.hashCode(violation);
    }

    @Override
    public String toString() {
        return Arrays.toString(larger) + " violation " + violation;
    }
}
