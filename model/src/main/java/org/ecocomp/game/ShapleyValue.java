package org.ecocomp.game;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The Shapley value (Shapley 1953): each player's marginal contribution v(S ∪ {i}) − v(S) averaged over
 * all n! orders in which the grand coalition can form.
 *
 * <p>{@link #exact(CharacteristicFunction)} uses the subset form
 * φᵢ = Σ_{S ⊆ N∖{i}} |S|!·(n − |S| − 1)!/n! · (v(S ∪ {i}) − v(S)), one pass over the 2ⁿ coalitions
 * (O(2ⁿ n), up to {@value CharacteristicFunction#MAX_EXACT_PLAYERS} players). {@link
 * #sample(CharacteristicFunction, RandomGenerator, int)} draws uniformly random orders and averages the
 * marginal contributions along them (Castro, Gómez &amp; Tejada 2009), for any number of players; its
 * standard errors come from the sample variance of each player's contributions.
 */
public final class ShapleyValue {

    private ShapleyValue() {
    }

    /**
     * The exact Shapley value.
     *
     * @param game a game of at most {@value CharacteristicFunction#MAX_EXACT_PLAYERS} players
     * @return φ, one amount per player; Σ φᵢ = v(N) up to rounding
     * @throws IllegalStateException if the game has more players than the exact method handles
     */
    public static double[] exact(CharacteristicFunction game) {
        double[] v = game.tableView();
        int n = game.size();
        // weight[s] = s!(n−s−1)!/n! = 1 / (n · C(n−1, s))
        double[] weight = new double[n];
        double binomial = 1;
        for (int s = 0; s < n; s++) {
            weight[s] = 1.0 / (n * binomial);
            binomial = binomial * (n - 1 - s) / (s + 1);
        }
        double[] phi = new double[n];
        for (int s = 0; s < v.length - 1; s++) { // the grand coalition has no one left to join
            double w = weight[Integer.bitCount(s)];
            double vs = v[s];
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((s & bit) == 0) {
                    phi[i] += w * (v[s | bit] - vs);
                }
            }
        }
        return phi;
    }

    /**
     * A permutation-sampling estimate of the Shapley value: {@code samples} orders drawn uniformly
     * (Fisher–Yates shuffles with {@code random}), n worth evaluations each.
     *
     * @param game any game
     * @param random the source of every draw; the same generator state gives the same estimate
     * @param samples the number of orders, at least 2
     * @return the estimate and its standard errors
     */
    public static ShapleyEstimate sample(CharacteristicFunction game, RandomGenerator random, int samples) {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(random, "random");
        if (samples < 2) {
            throw new IllegalArgumentException("sampling needs at least 2 orders, got " + samples);
        }
        int n = game.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] mean = new double[n];
        double[] m2 = new double[n];
        for (int k = 1; k <= samples; k++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int coalition = 0;
            double before = 0;
            for (int p : order) {
                coalition |= 1 << p;
                double after = game.value(coalition);
                double contribution = after - before;
                before = after;
                // Welford's running mean and sum of squared deviations
                double delta = contribution - mean[p];
                mean[p] += delta / k;
                m2[p] += delta * (contribution - mean[p]);
            }
        }
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            se[i] = Math.sqrt(Math.max(0, m2[i]) / (samples - 1) / samples);
        }
        return new ShapleyEstimate(mean, se, samples);
    }
}
