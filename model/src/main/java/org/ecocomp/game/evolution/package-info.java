/**
 * The two-population evolutionary game of river-basin eco-compensation, the standard baseline of the
 * Chinese literature on 流域生态补偿演化博弈: an upstream population chooses {protect, not protect},
 * a downstream population chooses {compensate, not compensate}, optionally with a central government
 * that rewards protection and fines non-protection and non-compensation.
 *
 * <p>{@link org.ecocomp.game.evolution.CompensationGame} holds the parameters (yuan per year) and
 * documents the payoff matrix; {@link org.ecocomp.game.evolution.PayoffMatrix} is any 2×2 bimatrix
 * game, so matrices from papers with other parametrisations can be entered cell by cell;
 * {@link org.ecocomp.game.evolution.ReplicatorDynamics} gives the replicator equations
 * <pre>
 *   dx/dt = x(1 − x)·[U_protect(y) − U_not(y)]
 *   dy/dt = y(1 − y)·[D_compensate(x) − D_not(x)]
 * </pre>
 * where x is the share of the upstream population that protects and y the share of the downstream
 * population that compensates; their equilibria with the Jacobian test of Friedman (1991) (ESS when
 * det J &gt; 0 and tr J &lt; 0), trajectories integrated with the Dormand–Prince 8(5,3) method of
 * Commons Math, and phase portraits for charts.
 *
 * <p>References: Taylor &amp; Jonker (1978), Math. Biosci. 40:145–156 (replicator dynamics);
 * Friedman (1991), Econometrica 59(3):637–666 (stability of equilibria by det and trace of the
 * Jacobian, the method of the Chinese literature); Selten (1980), J. Theor. Biol. 84:93–101 (in a
 * game between two populations only strict Nash equilibria, here corners, are evolutionarily
 * stable); Hofbauer &amp; Sigmund (1998), Evolutionary Games and Population Dynamics (the
 * two-population 2×2 replicator dynamics has a first integral, so an interior equilibrium with
 * det J &gt; 0 is surrounded by closed orbits).
 *
 * <p>Everything here is deterministic and pure: no files, clock, console or random numbers.
 */
package org.ecocomp.game.evolution;
