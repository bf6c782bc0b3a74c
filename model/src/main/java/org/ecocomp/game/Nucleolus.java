package org.ecocomp.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * The nucleolus (Schmeidler 1969): the imputation that lexicographically minimises the vector of
 * coalition excesses e(S, x) = v(S) − x(S) sorted from largest to smallest. It exists and is unique
 * whenever the imputation set {x : x(N) = v(N), xᵢ ≥ v({i})} is non-empty, and it lies in the core
 * whenever the core is non-empty.
 *
 * <p>Algorithm: the sequential linear programmes of Kopelowitz (1967) and Maschler, Peleg &amp; Shapley
 * (1979), with the fixing step done by duality as Guajardo &amp; Jörnsten (2015, "Common mistakes in
 * computing the nucleolus", Eur. J. Oper. Res. 241: 931–935) insist. Stage k solves
 * <pre>
 *   minimise ε  subject to  x(N) = v(N),  xᵢ ≥ v({i}),
 *                           x(T) = v(T) − e_T   for the coalitions T fixed at earlier stages,
 *                           x(S) + ε ≥ v(S)      for the other ("free") coalitions,
 * </pre>
 * giving ε_k and one optimal x. A free coalition whose excess is ε_k at x is fixed (e_T = ε_k) only if
 * it has that excess at <em>every</em> optimum of the stage, and a player with xᵢ = v({i}) is fixed at
 * v({i}) only if it gets v({i}) at every optimum: fixing whatever is tight at the one optimum the simplex
 * returns is the classic mistake, since those coalitions need not be tight at all optima. By strict
 * complementarity, "tight at every optimum" means "positive weight in some optimal dual solution"; one
 * more linear programme finds all of them at once (see {@code ExcessProgram.alwaysTight}). A free
 * coalition whose indicator vector falls in the span of N and the fixed coalitions has a settled excess
 * and leaves the programme. Each stage fixes at least one coalition outside that span (an optimal dual
 * solution puts weight 1 on the free coalitions), so after at most n − 1 stages the fixed coalitions
 * determine x, which is then solved from them exactly (LU decomposition) rather than read off the
 * simplex.
 *
 * <p>Checks: every simplex solution is checked against every constraint of its programme (Bland's
 * pivoting rule first, Dantzig's if Bland's solution fails the check); each stage must fix a new
 * coalition; the final allocation must be efficient, individually rational and keep every excess at or
 * below the first stage's ε. A violation beyond {@code tolerance} × max_S |v(S)| is an
 * {@link IllegalStateException} that names the constraint. Excesses closer than a hundredth of that
 * tolerance are treated as ties; if the simplex is too inaccurate for that, no coalition can be fixed and
 * the failure is again loud.
 *
 * <p>Cost: each stage programme has about 2ⁿ rows on Commons Math's dense tableau, so the method is
 * limited to {@value #MAX_PLAYERS} players: well under a second up to 10 players, about a second at 12,
 * and ten to twenty seconds for very symmetric 12-player games (a majority game ties hundreds of
 * coalitions at every vertex and the simplex crawls through the degenerate pivots).
 *
 * @param tolerance the relative tolerance of the checks, in (0, 1e-3]: constraints must hold to within
 *     tolerance × max_S |v(S)|
 */
public record Nucleolus(double tolerance) {

    /** The largest game solved (each linear programme has 2ⁿ − 1 rows). */
    public static final int MAX_PLAYERS = 12;

    /**
     * Excesses within this fraction of the tolerance of the stage optimum count as tight. The simplex is
     * usually accurate to 1e-12 or so on these small normalised programmes, far inside the checks'
     * tolerance; a tighter tie threshold keeps coalitions that are merely close from being fixed at the
     * optimum, which would move the result by up to the tolerance at each stage.
     */
    private static final double TIE = 1e-2;

    /** The default relative tolerance, 1e-6 (Commons Math's simplex is exact to about that). */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Checks the tolerance. */
    public Nucleolus {
        if (!(tolerance > 0 && tolerance <= 1e-3)) {
            throw new IllegalArgumentException("the tolerance must be in (0, 1e-3], got " + tolerance);
        }
    }

    /** A solver with the default tolerance. */
    public Nucleolus() {
        this(DEFAULT_TOLERANCE);
    }

    /**
     * The nucleolus of a game.
     *
     * @param game a game of at most {@value #MAX_PLAYERS} players whose imputation set is non-empty
     *     (Σ v({i}) ≤ v(N))
     * @return the nucleolus, one amount per player
     * @throws IllegalArgumentException if the game is too large or has no imputation
     * @throws IllegalStateException if a simplex solution fails its check
     */
    public double[] solve(CharacteristicFunction game) {
        int n = game.size();
        if (n > MAX_PLAYERS) {
            throw new IllegalArgumentException("the nucleolus is computed for at most " + MAX_PLAYERS
                    + " players; this game has " + n);
        }
        double[] table = game.tableView();
        int grand = game.grandCoalition();
        double scale = 0;
        for (double w : table) {
            scale = Math.max(scale, Math.abs(w));
        }
        double singletons = 0;
        for (int i = 0; i < n; i++) {
            singletons += table[1 << i];
        }
        if (singletons > table[grand] + tolerance * scale) {
            throw new IllegalArgumentException("the imputation set is empty: Σ v({i}) = " + singletons
                    + " > v(N) = " + table[grand]);
        }
        if (n == 1 || scale == 0) {
            double[] x = new double[n];
            x[0] = table[grand];
            return x;
        }
        double[] v = new double[table.length];
        for (int s = 0; s < v.length; s++) {
            v[s] = table[s] / scale;
        }
        ExcessProgram program = new ExcessProgram(game, v, tolerance);
        Span span = new Span(n);
        span.add(grand, v[grand]);
        List<ExcessProgram.Fixed> fixed = new ArrayList<>();
        int[] free = new int[grand - 1];
        for (int s = 1; s < grand; s++) {
            free[s - 1] = s;
        }
        double firstEpsilon = Double.NaN;
        double tie = tolerance * TIE;
        // start from the imputation that splits the surplus over Σ v({i}) equally
        double[] start = new double[n];
        double surplus = v[grand];
        for (int i = 0; i < n; i++) {
            surplus -= v[1 << i];
        }
        for (int i = 0; i < n; i++) {
            start[i] = v[1 << i] + surplus / n;
        }
        while (span.rank() < n) {
            ExcessProgram.Primal primal = program.primal(free, fixed, true, start);
            double epsilon = primal.epsilon();
            if (Double.isNaN(firstEpsilon)) {
                firstEpsilon = epsilon;
            }
            double[] x = primal.x();
            int[] tightCoalitions = Arrays.stream(free).filter(s -> program.excess(s, x) >= epsilon - tie).toArray();
            int[] boundPlayers = IntStream.range(0, n).map(i -> 1 << i)
                    .filter(s -> x[Integer.numberOfTrailingZeros(s)] <= v[s] + tie && !span.contains(s)).toArray();
            boolean[] always = program.alwaysTight(tightCoalitions, boundPlayers, span.echelon(), span.pivots());
            int before = span.rank();
            for (int k = 0; k < always.length; k++) {
                if (!always[k]) {
                    continue;
                }
                boolean coalition = k < tightCoalitions.length;
                int s = coalition ? tightCoalitions[k] : boundPlayers[k - tightCoalitions.length];
                double settled = coalition ? epsilon : 0; // a bound player gets exactly v({i}): excess 0
                if (span.add(s, v[s] - settled)) {
                    fixed.add(new ExcessProgram.Fixed(s, settled));
                }
            }
            if (span.rank() == before) {
                throw new IllegalStateException("no coalition could be fixed at ε = " + epsilon + " (normalised) for "
                        + game);
            }
            free = span.outside(free);
            start = x;
        }
        double[] x = span.solve();
        check(game, v, x, firstEpsilon, program);
        for (int i = 0; i < n; i++) {
            x[i] *= scale;
        }
        return x;
    }

    /** The final allocation must be an imputation whose largest excess is the first stage's ε. */
    private void check(CharacteristicFunction game, double[] v, double[] x, double firstEpsilon, ExcessProgram program) {
        int grand = game.grandCoalition();
        double sum = 0;
        for (double xi : x) {
            sum += xi;
        }
        if (!(Math.abs(sum - v[grand]) <= tolerance)) {
            throw new IllegalStateException("the nucleolus is not efficient: Σx = " + sum + ", v(N) = " + v[grand]
                    + " (normalised, tolerance " + tolerance + ")");
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= v[1 << i] - tolerance)) {
                throw new IllegalStateException("the nucleolus is not individually rational for "
                        + game.players().get(i) + ": " + x[i] + " < " + v[1 << i] + " (normalised)");
            }
        }
        for (int s = 1; s < grand; s++) {
            double e = program.excess(s, x);
            if (!(e <= firstEpsilon + tolerance)) {
                throw new IllegalStateException("the nucleolus leaves " + game.describe(s) + " an excess " + e
                        + " above the first stage's ε = " + firstEpsilon + " (normalised, tolerance " + tolerance + ")");
            }
        }
    }

    /** Linearly independent coalition indicator vectors with their settled sums x(T) = b_T. */
    private static final class Span {
        private final int n;
        private final List<double[]> reduced = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();
        private final List<Integer> coalitions = new ArrayList<>();
        private final List<Double> sums = new ArrayList<>();

        Span(int n) {
            this.n = n;
        }

        int rank() {
            return reduced.size();
        }

        /** Reduces an indicator vector against the basis; the residual. */
        private double[] residual(int coalition) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = (coalition >> i) & 1;
            }
            for (int r = 0; r < reduced.size(); r++) {
                double f = a[pivots.get(r)];
                if (f != 0) {
                    double[] row = reduced.get(r);
                    for (int i = 0; i < n; i++) {
                        a[i] -= f * row[i];
                    }
                }
            }
            return a;
        }

        private static int pivot(double[] a) {
            int p = -1;
            for (int i = 0; i < a.length; i++) {
                if (Math.abs(a[i]) > 1e-9 && (p < 0 || Math.abs(a[i]) > Math.abs(a[p]))) {
                    p = i;
                }
            }
            return p;
        }

        /** Adds a coalition when it is independent of the basis; whether it was. */
        boolean add(int coalition, double sum) {
            double[] a = residual(coalition);
            int p = pivot(a);
            if (p < 0) {
                return false;
            }
            double f = a[p];
            for (int i = 0; i < n; i++) {
                a[i] /= f;
            }
            // keep the basis in reduced row echelon form: clear the new pivot column from the other rows
            for (double[] row : reduced) {
                double g = row[p];
                if (g != 0) {
                    for (int i = 0; i < n; i++) {
                        row[i] -= g * a[i];
                    }
                    row[p] = 0;
                }
            }
            a[p] = 1;
            reduced.add(a);
            pivots.add(p);
            coalitions.add(coalition);
            sums.add(sum);
            return true;
        }

        /** Whether a coalition's indicator vector is in the span. */
        boolean contains(int coalition) {
            return pivot(residual(coalition)) < 0;
        }

        /** The basis rows in reduced row echelon form. */
        double[][] echelon() {
            return reduced.toArray(new double[0][]);
        }

        /** The pivot column of each row. */
        int[] pivots() {
            return pivots.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The coalitions of {@code free} outside the span. */
        int[] outside(int[] free) {
            return Arrays.stream(free).filter(s -> !contains(s)).toArray();
        }

        /** Solves x(T) = b_T for the n basis coalitions. */
        double[] solve() {
            double[][] a = new double[n][n];
            double[] b = new double[n];
            for (int r = 0; r < n; r++) {
                int s = coalitions.get(r);
                for (int i = 0; i < n; i++) {
                    a[r][i] = (s >> i) & 1;
                }
                b[r] = sums.get(r);
            }
            return new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                    .solve(new ArrayRealVector(b, false)).toArray();
        }
    }
}
