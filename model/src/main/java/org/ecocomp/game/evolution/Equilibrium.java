package org.ecocomp.game.evolution;

import java.util.List;

/**
 * A rest point of the replicator dynamics with its Jacobian test.
 *
 * @param x share of the upstream population that protects, in [0, 1]
 * @param y share of the downstream population that compensates, in [0, 1]
 * @param determinant det J, from the closed forms of {@link ReplicatorDynamics}
 * @param trace tr J, from the closed forms of {@link ReplicatorDynamics}
 * @param eigenvalues the two eigenvalues of J (from Commons Math's {@code EigenDecomposition}),
 *                    ordered by decreasing real part, then decreasing imaginary part
 * @param stability the classification by determinant and trace
 */
public record Equilibrium(double x, double y, double determinant, double trace, List<Eigenvalue> eigenvalues,
                          Stability stability) {

    /** Checks the shares, the two eigenvalues and that nothing is missing. */
    public Equilibrium {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("an equilibrium lies in [0, 1]², got (" + x + ", " + y + ")");
        }
        if (!Double.isFinite(determinant) || !Double.isFinite(trace)) {
            throw new IllegalArgumentException("determinant and trace must be finite");
        }
        eigenvalues = List.copyOf(eigenvalues);
        if (eigenvalues.size() != 2) {
            throw new IllegalArgumentException("a 2×2 Jacobian has two eigenvalues, got " + eigenvalues.size());
        }
        if (stability == null) {
            throw new IllegalArgumentException("stability is missing");
        }
    }

    /**
     * Whether this is one of the four pure-strategy corners.
     *
     * @return true for (0,0), (0,1), (1,0), (1,1)
     */
    public boolean isCorner() {
        return (x == 0 || x == 1) && (y == 0 || y == 1);
    }

    /**
     * Whether this is an evolutionarily stable strategy (a stable node).
     *
     * @return true when the stability is {@link Stability#EVOLUTIONARILY_STABLE}
     */
    public boolean isEvolutionarilyStable() {
        return stability == Stability.EVOLUTIONARILY_STABLE;
    }
}
