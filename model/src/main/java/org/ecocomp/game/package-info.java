/**
 * Cooperative games and river-sharing rules: how a payment, a benefit or a cleaning cost is split
 * among the provinces of a basin.
 *
 * <p>A game is a {@link org.ecocomp.game.CharacteristicFunction}: players by name and the worth
 * v(S) of every coalition S, a coalition being an {@code int} bit mask (bit i set when player i
 * belongs to it). The solutions of the literature work on it:
 * <ul>
 *   <li>{@link org.ecocomp.game.ShapleyValue} — exact (subset formula) up to 20 players, permutation
 *       sampling with its standard error beyond ({@link org.ecocomp.game.ShapleyEstimate});</li>
 *   <li>{@link org.ecocomp.game.Nucleolus} — sequential linear programmes on Apache Commons Math's
 *       simplex, every solution checked against its constraints;</li>
 *   <li>{@link org.ecocomp.game.Core} — membership, the least core and its ε
 *       ({@link org.ecocomp.game.LeastCore});</li>
 *   <li>{@link org.ecocomp.game.BargainingProblem} — the asymmetric Nash bargaining solution;</li>
 *   <li>{@link org.ecocomp.game.ClaimsProblem} and {@link org.ecocomp.game.ClaimsRule} — dividing a
 *       fixed fund among claims: proportional, constrained equal awards and losses, Talmud;</li>
 *   <li>river rules, players ordered upstream to downstream:
 *       {@link org.ecocomp.game.DownstreamIncremental} (Ambec &amp; Sprumont 2002) and
 *       {@link org.ecocomp.game.PollutedRiver} (Ni &amp; Wang 2007; Alcalde-Unzu, Gómez-Rúa &amp;
 *       Molis 2015).</li>
 * </ul>
 *
 * <p>An allocation is a {@code double[]} with one entry per player, in the game's player order;
 * arrays handed in are never changed and arrays handed out are fresh copies.
 *
 * <p>Everything here is pure: no files, no clock, no console, no global random state. The only
 * randomness, Shapley sampling, draws from a {@link java.util.random.RandomGenerator} passed in.
 */
package org.ecocomp.game;
