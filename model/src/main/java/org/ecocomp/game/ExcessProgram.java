package org.ecocomp.game;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The excess-minimising linear programmes behind the least core and the nucleolus, solved with
 * Commons Math's {@link SimplexSolver} and checked afterwards.
 *
 * <p>The game is normalised so that max |v(S)| = 1 before it gets here; {@code tolerance} is absolute
 * in those units. Every solution is checked against every constraint of its programme, and a violation
 * beyond the tolerance is an {@link IllegalStateException} naming the constraint: Commons Math's simplex
 * is exact only to about 1e-6, and a silently wrong split is worse than none.
 *
 * <p>The stage programme, over x ∈ ℝⁿ and ε:
 * <pre>
 *   minimise ε
 *   subject to  x(N) = v(N)
 *               x(T) = v(T) − e_T      for each fixed coalition T (its excess settled at e_T)
 *               x(S) + ε ≥ v(S)        for each free coalition S
 *               xᵢ ≥ v({i})            for each player i, when imputations are required
 * </pre>
 * Which of its tight constraints are tight at every optimum is decided by {@link #alwaysTight}.
 */
final class ExcessProgram {

    private static final int MAX_ITERATIONS = 1_000_000;

    private final CharacteristicFunction game;
    private final double[] v;
    private final double tolerance;

    /**
     * @param game the game, for names in messages
     * @param normalised v(S)/scale by mask
     * @param tolerance the absolute check tolerance in normalised units
     */
    ExcessProgram(CharacteristicFunction game, double[] normalised, double tolerance) {
        this.game = game;
        this.v = normalised;
        this.tolerance = tolerance;
    }

    /** A coalition whose excess is settled. */
    record Fixed(int coalition, double excess) {
    }

    /** An optimal primal solution. */
    record Primal(double[] x, double epsilon) {
    }

    /**
     * Solves the stage programme and checks the solution.
     *
     * <p>The programme is solved in the shifted variables y = x − start, δ = ε − ε₀ with
     * ε₀ = max_S e(S, start) over the free coalitions. Then every excess row (and, with an individually
     * rational start, every individual-rationality row) reads −y(S) − δ ≤ ε₀ − e(S, start) with a
     * non-negative right side, so the simplex starts from the slack basis and needs artificial variables
     * only for the few equations; without the shift, Commons Math adds an artificial variable per
     * coalition and phase 1 spends one pivot on each (a minute at 12 players instead of about a second).
     *
     * @param free the free coalitions
     * @param fixed the fixed coalitions
     * @param imputations whether xᵢ ≥ v({i}) is required
     * @param start a point near the feasible set (efficient, meeting the fixed equations and, with
     *     imputations, individually rational), e.g. the previous stage's optimum
     */
    Primal primal(int[] free, List<Fixed> fixed, boolean imputations, double[] start) {
        int n = game.size();
        int grand = game.grandCoalition();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(coalitionRow(n, grand, 0), Relationship.EQ, v[grand], () -> "efficiency x(N) = v(N)"));
        for (Fixed f : fixed) {
            rows.add(new Row(coalitionRow(n, f.coalition(), 0), Relationship.EQ, v[f.coalition()] - f.excess(),
                    () -> "settled excess of " + game.describe(f.coalition()) + " = " + f.excess()));
        }
        for (int s : free) {
            rows.add(new Row(coalitionRow(n, s, 1), Relationship.GEQ, v[s],
                    () -> "x(S) + ε ≥ v(S) for S = " + game.describe(s)));
        }
        if (imputations) {
            for (int i = 0; i < n; i++) {
                int s = 1 << i;
                rows.add(new Row(coalitionRow(n, s, 0), Relationship.GEQ, v[s],
                        () -> "individual rationality of " + game.describe(s)));
            }
        }
        double[] objective = new double[n + 1];
        objective[n] = 1;
        double[] shift = new double[n + 1];
        System.arraycopy(start, 0, shift, 0, n);
        double epsilon0 = Double.NEGATIVE_INFINITY;
        for (int s : free) {
            epsilon0 = Math.max(epsilon0, excess(s, start));
        }
        shift[n] = epsilon0;
        double[] solution = solve("stage programme", objective, GoalType.MINIMIZE, rows, false, shift);
        double[] x = new double[n];
        System.arraycopy(solution, 0, x, 0, n);
        return new Primal(x, solution[n]);
    }

    /**
     * Which tight constraints are tight at every optimum of the stage. At an optimum (x, ε) let the
     * candidates be the free coalitions with excess ε and the players with xᵢ = v({i}) (within the
     * tolerance). A candidate is tight at every optimum exactly when some optimal dual solution gives it
     * a positive weight (Goldman–Tucker strict complementarity). Optimal dual solutions, up to scale, are
     * the non-negative weights λ_S on candidate coalitions and ρᵢ on candidate players whose weighted sum
     * of indicator vectors Σ λ_S 1_S + Σ ρᵢ eᵢ lies in the span of N and the fixed coalitions (the free
     * dual variables μ, ν_T absorb that part). Those weights form a cone, so one programme finds every
     * candidate that can carry weight:
     * <pre>
     *   maximise Σ t_S + Σ uᵢ
     *   subject to  t_S ≤ λ_S, t_S ≤ 1, uᵢ ≤ ρᵢ, uᵢ ≤ 1,
     *               Σ λ_S 1_S + Σ ρᵢ eᵢ ∈ span(N, fixed)   (n − rank equations, from the basis in
     *                                                        reduced row echelon form)
     *               all variables ≥ 0.
     * </pre>
     * At the optimum t_S = 1 for the coalitions to fix and 0 for the others (likewise uᵢ). All variables
     * are non-negative: the textbook dual with free μ, ν split into differences of non-negative columns
     * makes Commons Math 3.6.1 return infeasible points, which the check caught.
     *
     * @param coalitions the candidate coalitions
     * @param players the candidate players (masks 1 &lt;&lt; i)
     * @param echelon the basis of the span in reduced row echelon form, one row per basis vector
     * @param pivots the pivot column of each echelon row
     * @return whether each candidate, coalitions then players, is tight at every optimum
     */
    boolean[] alwaysTight(int[] coalitions, int[] players, double[][] echelon, int[] pivots) {
        int n = game.size();
        int m = coalitions.length + players.length;
        int[] candidates = new int[m];
        System.arraycopy(coalitions, 0, candidates, 0, coalitions.length);
        System.arraycopy(players, 0, candidates, coalitions.length, players.length);
        // variables: weight w_k (λ or ρ) for k < m, then t_k at m + k
        int vars = 2 * m;
        boolean[] pivot = new boolean[n];
        for (int p : pivots) {
            pivot[p] = true;
        }
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (pivot[j]) {
                continue;
            }
            // coordinate j of w minus its echelon reconstruction from the pivot coordinates must vanish
            double[] a = new double[vars];
            for (int k = 0; k < m; k++) {
                int s = candidates[k];
                double coefficient = (s >> j) & 1;
                for (int r = 0; r < pivots.length; r++) {
                    if (((s >> pivots[r]) & 1) != 0) {
                        coefficient -= echelon[r][j];
                    }
                }
                a[k] = coefficient;
            }
            int coordinate = j;
            rows.add(new Row(a, Relationship.EQ, 0, () -> "balance of coordinate " + game.players().get(coordinate)
                    + " outside the span of the fixed coalitions"));
        }
        for (int k = 0; k < m; k++) {
            double[] a = new double[vars];
            a[m + k] = 1;
            a[k] = -1;
            int s = candidates[k];
            rows.add(new Row(a, Relationship.LEQ, 0, () -> "t ≤ weight for " + game.describe(s)));
            double[] b = new double[vars];
            b[m + k] = 1;
            rows.add(new Row(b, Relationship.LEQ, 1, () -> "t ≤ 1 for " + game.describe(s)));
        }
        double[] objective = new double[vars];
        for (int k = 0; k < m; k++) {
            objective[m + k] = 1;
        }
        double[] y = solve("support programme", objective, GoalType.MAXIMIZE, rows, true, new double[vars]);
        boolean[] tight = new boolean[m];
        for (int k = 0; k < m; k++) {
            double t = y[m + k];
            if (t > tolerance && t < 1 - tolerance) {
                throw new IllegalStateException("the support programme left " + game.describe(candidates[k])
                        + " undecided: t = " + t);
            }
            tight[k] = t >= 0.5;
        }
        return tight;
    }

    /** The normalised excess v(S) − x(S). */
    double excess(int coalition, double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if ((coalition & (1 << i)) != 0) {
                sum += x[i];
            }
        }
        return v[coalition] - sum;
    }

    /** Bland's rule first (it cannot cycle on these degenerate programmes), Dantzig's as a second try. */
    private static final PivotSelectionRule[] RULES = {PivotSelectionRule.BLAND, PivotSelectionRule.DANTZIG};

    /** A constraint row with a lazily built description. */
    record Row(double[] a, Relationship relationship, double b, Supplier<String> label) {
    }

    /**
     * Solves with Commons Math's simplex for z = shift + y and checks every row at z. The simplex sees
     * the rows a·y (relation) b − a·shift; Commons Math turns a row with a negative right side around,
     * so a shift that makes ≥ rows' right sides non-positive spares their artificial variables. Bland's rule is tried
     * first; if its solution fails the check (or the solver gives up), Dantzig's rule is tried; if that
     * fails too, the first failure is thrown.
     *
     * @throws IllegalStateException naming the violated constraint
     */
    double[] solve(String what, double[] objective, GoalType goal, List<Row> rows, boolean nonNegative,
            double[] shift) {
        List<LinearConstraint> constraints = new ArrayList<>(rows.size());
        for (Row r : rows) {
            constraints.add(new LinearConstraint(r.a(), r.relationship(), r.b() - dot(r.a(), shift)));
        }
        RuntimeException first = null;
        for (PivotSelectionRule rule : RULES) {
            try {
                PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                        new NonNegativeConstraint(nonNegative), rule);
                double[] y = optimum.getPoint();
                for (int j = 0; j < y.length; j++) {
                    y[j] += shift[j];
                }
                check(what, rows, y, tolerance);
                return y;
            } catch (NoFeasibleSolutionException | UnboundedSolutionException | TooManyIterationsException e) {
                first = first != null ? first : new IllegalStateException("the simplex failed on the " + what
                        + " of " + game + ": " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                first = first != null ? first : e;
            }
        }
        throw first;
    }

    /**
     * Checks every row at a point.
     *
     * @throws IllegalStateException naming the first violated constraint
     */
    static void check(String what, List<Row> rows, double[] y, double tolerance) {
        for (Row r : rows) {
            double lhs = dot(r.a(), y);
            double violation = switch (r.relationship()) {
                case EQ -> Math.abs(lhs - r.b());
                case GEQ -> r.b() - lhs;
                case LEQ -> lhs - r.b();
            };
            if (!(violation <= tolerance)) {
                throw new IllegalStateException("simplex solution of the " + what + " violates " + r.label().get()
                        + ": left side " + lhs + ", right side " + r.b() + ", off by " + violation
                        + " (tolerance " + tolerance + ")");
            }
        }
    }

    private static double[] coalitionRow(int n, int coalition, double epsilonCoefficient) {
        double[] a = new double[n + 1];
        for (int i = 0; i < n; i++) {
            if ((coalition & (1 << i)) != 0) {
                a[i] = 1;
            }
        }
        a[n] = epsilonCoefficient;
        return a;
    }

    private static double dot(double[] a, double[] y) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * y[j];
        }
        return s;
    }
}
