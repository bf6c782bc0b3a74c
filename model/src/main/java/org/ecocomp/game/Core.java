package org.ecocomp.game;

import java.util.List;

/**
 * The core (Gillies 1959): the efficient allocations that no coalition can improve on by leaving,
 * {x : x(N) = v(N), x(S) ≥ v(S) for every S}. Membership is a direct check of the 2ⁿ coalitions;
 * emptiness is decided through the least core (one linear programme, solved with Commons Math's
 * simplex and checked against every constraint, see {@link Nucleolus} for the checks).
 */
public final class Core {

    /** The default relative tolerance of the least-core checks, as for {@link Nucleolus}. */
    public static final double DEFAULT_TOLERANCE = Nucleolus.DEFAULT_TOLERANCE;

    private Core() {
    }

    /**
     * Whether an allocation is in the core, within a tolerance.
     *
     * @param game a game of at most {@value CharacteristicFunction#MAX_EXACT_PLAYERS} players
     * @param allocation one amount per player
     * @param tolerance an absolute slack in the game's units: |x(N) − v(N)| ≤ tolerance and
     *     x(S) ≥ v(S) − tolerance for every S
     * @return whether every condition holds
     */
    public static boolean contains(CharacteristicFunction game, double[] allocation, double tolerance) {
        double[] v = game.tableView();
        game.checkAllocation(allocation);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be finite and non-negative");
        }
        // x(S) built up mask by mask: x(S) = x(S without its lowest member) + x(lowest member)
        double[] sums = new double[v.length];
        for (int s = 1; s < v.length; s++) {
            int low = Integer.numberOfTrailingZeros(s);
            sums[s] = sums[s & (s - 1)] + allocation[low];
            if (sums[s] < v[s] - tolerance) {
                return false;
            }
        }
        return Math.abs(sums[v.length - 1] - v[v.length - 1]) <= tolerance;
    }

    /**
     * The least core: minimise ε subject to x(N) = v(N) and x(S) + ε ≥ v(S) for every proper non-empty
     * S, one linear programme with the default tolerance.
     *
     * @param game a game of 1 to {@value Nucleolus#MAX_PLAYERS} players (for one player, ε is reported
     *     as 0)
     * @return ε and a least-core allocation, in the game's units
     * @throws IllegalStateException if the simplex solution fails its check
     */
    public static LeastCore leastCore(CharacteristicFunction game) {
        return leastCore(game, DEFAULT_TOLERANCE);
    }

    /**
     * The least core with a chosen relative tolerance for the check of the simplex solution.
     *
     * @param game a game of 1 to {@value Nucleolus#MAX_PLAYERS} players
     * @param tolerance constraints must hold to within tolerance × max_S |v(S)|; in (0, 1e-3]
     * @return ε and a least-core allocation
     */
    public static LeastCore leastCore(CharacteristicFunction game, double tolerance) {
        new Nucleolus(tolerance); // the same range check
        int n = game.size();
        if (n > Nucleolus.MAX_PLAYERS) {
            throw new IllegalArgumentException("the least core is computed for at most " + Nucleolus.MAX_PLAYERS
                    + " players; this game has " + n);
        }
        double[] table = game.tableView();
        int grand = game.grandCoalition();
        double scale = 0;
        for (double w : table) {
            scale = Math.max(scale, Math.abs(w));
        }
        if (n == 1 || scale == 0) {
            // the zero game: every excess is 0 at x = 0 and cannot all be negative; one player: no proper
            // coalition constrains ε, reported as 0
            double[] x = new double[n];
            x[0] = table[grand];
            return new LeastCore(0, x);
        }
        double[] v = new double[table.length];
        for (int s = 0; s < v.length; s++) {
            v[s] = table[s] / scale;
        }
        int[] free = new int[grand - 1];
        for (int s = 1; s < grand; s++) {
            free[s - 1] = s;
        }
        double[] equalSplit = new double[n];
        java.util.Arrays.fill(equalSplit, v[grand] / n);
        ExcessProgram.Primal primal = new ExcessProgram(game, v, tolerance).primal(free, List.of(), false, equalSplit);
        double[] x = primal.x();
        for (int i = 0; i < n; i++) {
            x[i] *= scale;
        }
        return new LeastCore(primal.epsilon() * scale, x);
    }

    /**
     * Whether the core is empty: the least-core ε exceeds the default tolerance × max_S |v(S)|.
     *
     * @param game a game of at most {@value Nucleolus#MAX_PLAYERS} players
     * @return whether no allocation is in the core
     */
    public static boolean isEmpty(CharacteristicFunction game) {
        double scale = 0;
        for (double w : game.tableView()) {
            scale = Math.max(scale, Math.abs(w));
        }
        return !leastCore(game).coreIsNonEmpty(DEFAULT_TOLERANCE * scale);
    }
}
