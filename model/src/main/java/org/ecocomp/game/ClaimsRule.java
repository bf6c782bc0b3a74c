package org.ecocomp.game;

/**
 * Rules for dividing an estate among claims (Thomson 2003, "Axiomatic and game-theoretic analysis of
 * bankruptcy and taxation problems", Math. Social Sciences 45, surveys them). Every rule gives
 * Σ xᵢ = E and 0 ≤ xᵢ ≤ cᵢ.
 */
public enum ClaimsRule {

    /** Proportional: xᵢ = cᵢ · E/Σc (all zero when every claim is zero). */
    PROPORTIONAL,

    /**
     * Constrained equal awards (Maimonides): xᵢ = min(cᵢ, λ) with λ chosen so that Σx = E — equal
     * amounts, nobody above their claim.
     */
    CONSTRAINED_EQUAL_AWARDS,

    /**
     * Constrained equal losses: xᵢ = max(0, cᵢ − μ) with μ chosen so that Σx = E — equal losses,
     * nobody below zero. It is the dual of constrained equal awards: CEL(c, E) = c − CEA(c, Σc − E).
     */
    CONSTRAINED_EQUAL_LOSSES,

    /**
     * The Talmud rule (Aumann &amp; Maschler 1985, "Game theoretic analysis of a bankruptcy problem from
     * the Talmud", J. Econ. Theory 36): when E ≤ Σc/2, constrained equal awards on the half-claims cᵢ/2;
     * otherwise each gets cᵢ/2 plus constrained equal losses on the other halves, i.e.
     * x = c − CEA(c/2, Σc − E). It is the nucleolus of the bankruptcy game
     * ({@link ClaimsProblem#bankruptcyGame(java.util.List)}).
     */
    TALMUD;

    /**
     * Divides the estate.
     *
     * @param problem the estate and the claims
     * @return one award per claimant, 0 ≤ xᵢ ≤ cᵢ, Σx = E up to rounding
     */
    public double[] divide(ClaimsProblem problem) {
        double[] c = problem.claims();
        double estate = problem.estate();
        double total = problem.totalClaims();
        return switch (this) {
            case PROPORTIONAL -> proportional(c, estate, total);
            case CONSTRAINED_EQUAL_AWARDS -> equalAwards(c, estate);
            case CONSTRAINED_EQUAL_LOSSES -> minus(c, equalAwards(c, Math.max(0, total - estate)));
            case TALMUD -> talmud(c, estate, total);
        };
    }

    private static double[] proportional(double[] c, double estate, double total) {
        double[] x = new double[c.length];
        if (total > 0) {
            double ratio = Math.min(1, estate / total);
            for (int i = 0; i < c.length; i++) {
                x[i] = c[i] * ratio;
            }
        }
        return x;
    }

    private static double[] talmud(double[] c, double estate, double total) {
        double[] half = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            half[i] = c[i] / 2;
        }
        if (estate <= total / 2) {
            return equalAwards(half, estate);
        }
        return minus(c, equalAwards(half, Math.max(0, total - estate)));
    }

    /**
     * Constrained equal awards by water-filling: serve the claims from the smallest; while the next
     * claim times the number still unserved fits in what is left, pay it in full; otherwise split what
     * is left equally among those unserved.
     */
    private static double[] equalAwards(double[] c, double estate) {
        int n = c.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(c[a], c[b]));
        double[] x = new double[n];
        double left = estate;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int unserved = n - k;
            if (c[i] * unserved <= left) {
                x[i] = c[i];
                left = Math.max(0, left - c[i]);
            } else {
                double lambda = left / unserved;
                for (int j = k; j < n; j++) {
                    x[order[j]] = Math.min(c[order[j]], lambda);
                }
                break;
            }
        }
        return x;
    }

    private static double[] minus(double[] c, double[] a) {
        double[] x = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            x[i] = Math.max(0, c[i] - a[i]);
        }
        return x;
    }
}
