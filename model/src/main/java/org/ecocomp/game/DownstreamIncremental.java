package org.ecocomp.game;

/**
 * The downstream incremental distribution of Ambec &amp; Sprumont (2002, "Sharing a river", J. Econ.
 * Theory 107: 453–462). Players are agents along a river, indexed from upstream (0) to downstream
 * (n − 1); agent i receives what it adds to the coalition of all agents upstream of it:
 * <pre>
 *   xᵢ = v({0, …, i}) − v({0, …, i − 1})
 * </pre>
 * In their river game (concave benefits from water, transfers of money and water downstream) this is
 * the only core allocation in which no coalition of consecutive agents {0, …, i} gets more than it could
 * achieve with the water of its own sources (the "aspiration" upper bound of territorial integrity). It
 * is the marginal vector of the upstream-to-downstream order, so it lies in the core of any convex game.
 */
public final class DownstreamIncremental {

    private DownstreamIncremental() {
    }

    /**
     * The downstream incremental distribution; uses only the n coalitions {0, …, i}, so any game size
     * works.
     *
     * @param game a game whose players are in upstream-to-downstream order
     * @return xᵢ = v({0, …, i}) − v({0, …, i − 1}); the amounts sum to v(N)
     */
    public static double[] allocate(CharacteristicFunction game) {
        int n = game.size();
        double[] x = new double[n];
        double before = 0;
        for (int i = 0; i < n; i++) {
            double after = game.value((1 << (i + 1)) - 1);
            x[i] = after - before;
            before = after;
        }
        return x;
    }
}
