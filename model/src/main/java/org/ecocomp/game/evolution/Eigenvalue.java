package org.ecocomp.game.evolution;

/**
 * An eigenvalue of the Jacobian of the replicator dynamics at an equilibrium, in 1/time.
 *
 * @param real the real part
 * @param imaginary the imaginary part (0 for a real eigenvalue)
 */
public record Eigenvalue(double real, double imaginary) {

    /** Checks that both parts are finite. */
    public Eigenvalue {
        if (!Double.isFinite(real) || !Double.isFinite(imaginary)) {
            throw new IllegalArgumentException("an eigenvalue must be finite, got " + real + " + " + imaginary + "i");
        }
    }
}
