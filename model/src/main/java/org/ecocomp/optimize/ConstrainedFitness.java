package org.ecocomp.optimize;

/**
 * The fitness of the single-objective search, ordered by Deb's feasibility rules (Deb 2000, "An
 * efficient constraint handling method for genetic algorithms", Comput. Methods Appl. Mech. Engrg.
 * 186, 311–338): a feasible candidate beats an infeasible one; of two feasible ones the better
 * objective wins; of two infeasible ones the smaller total violation wins. No penalty weight is
 * needed, and the order is total, so it suits tournament selection.
 *
 * @param larger the objective value on a larger-is-better scale ({@link Goal#larger(double)})
 * @param violation the total violation, 0 when feasible
 */
record ConstrainedFitness(double larger, double violation) implements Comparable<ConstrainedFitness> {

    static ConstrainedFitness of(Evaluation e, int objective, Goal goal) {
        return new ConstrainedFitness(goal.larger(e.objective(objective)), e.totalViolation());
    }

    boolean feasible() {
        return violation == 0;
    }

    @Override
    public int compareTo(ConstrainedFitness o) {
        if (feasible() && o.feasible()) {
            return Double.compare(larger, o.larger);
        }
        if (feasible() != o.feasible()) {
            return feasible() ? 1 : -1;
        }
        return Double.compare(o.violation, violation);
    }
}
