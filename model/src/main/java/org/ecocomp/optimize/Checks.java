package org.ecocomp.optimize;

/** Range checks shared by the option records. */
final class Checks {

    private Checks() {
    }

    static void probability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + p);
        }
    }

    static void scale(double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("mutationScale must be in (0, 1], got " + scale);
        }
    }
}
