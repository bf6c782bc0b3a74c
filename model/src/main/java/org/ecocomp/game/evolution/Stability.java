package org.ecocomp.game.evolution;

/**
 * The local stability of an equilibrium of the replicator dynamics, judged as in Friedman (1991) by
 * the determinant and trace of the Jacobian J there. In the two-population 2×2 replicator dynamics J
 * is diagonal at the four corners and has zero trace at an interior equilibrium, so foci do not occur.
 */
public enum Stability {
    /** det J &gt; 0 and tr J &lt; 0: a stable node, an evolutionarily stable strategy (ESS). */
    EVOLUTIONARILY_STABLE,
    /** det J &gt; 0 and tr J &gt; 0: an unstable node (a source). */
    UNSTABLE_NODE,
    /** det J &lt; 0: a saddle point. */
    SADDLE,
    /**
     * det J &gt; 0 and tr J = 0: a centre. The linearisation alone does not decide, but the
     * two-population replicator dynamics conserve {@link ReplicatorDynamics#firstIntegral}, so the
     * equilibrium is surrounded by closed orbits.
     */
    CENTRE,
    /** det J = 0: an eigenvalue is zero (a tie between payoffs); the Jacobian does not decide. */
    NON_HYPERBOLIC;

    /**
     * Classifies by determinant and trace; values already snapped to exact 0 when they are ties.
     *
     * @param determinant det J
     * @param trace tr J
     * @return the stability
     */
    static Stability of(double determinant, double trace) {
        if (determinant < 0) {
            return SADDLE;
        }
        if (determinant == 0) {
            return NON_HYPERBOLIC;
        }
        if (trace < 0) {
            return EVOLUTIONARILY_STABLE;
        }
        return trace > 0 ? UNSTABLE_NODE : CENTRE;
    }
}
