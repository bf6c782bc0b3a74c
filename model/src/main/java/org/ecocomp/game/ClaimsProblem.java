package org.ecocomp.game;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A claims (bankruptcy) problem (O'Neill 1982): an estate E to divide among claims c with
 * 0 ≤ E ≤ Σc — in a basin, a fixed compensation fund and what each party asks of it. The rules are in
 * {@link ClaimsRule}; {@link #bankruptcyGame(List)} gives the associated cooperative game.
 *
 * @param estate the amount to divide, E ≥ 0 and finite
 * @param claims the claims cᵢ ≥ 0, finite, with Σc ≥ E; an estate above Σc by no more than rounding
 *     (a relative 1e-12, as when Σc is summed in another order) counts as E = Σc
 */
public record ClaimsProblem(double estate, double[] claims) {

    /** The relative excess of the estate over Σc still taken as rounding. */
    static final double ROUNDING = 1e-12;

    /** Checks signs and that the estate does not exceed the claims; copies the claims. */
    public ClaimsProblem {
        Objects.requireNonNull(claims, "claims");
        if (claims.length == 0) {
            throw new IllegalArgumentException("a claims problem needs at least one claim");
        }
        if (!(estate >= 0) || Double.isInfinite(estate)) {
            throw new IllegalArgumentException("the estate must be finite and non-negative, got " + estate);
        }
        claims = claims.clone();
        double sum = 0;
        for (double c : claims) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("claims must be finite and non-negative, got " + c);
            }
            sum += c;
        }
        if (estate > sum * (1 + ROUNDING)) {
            throw new IllegalArgumentException("the estate " + estate + " exceeds the claims' total " + sum
                    + ": nothing to ration");
        }
    }

    /** {@return a copy of the claims} */
    @Override
    public double[] claims() {
        return claims.clone();
    }

    /** {@return the number of claimants} */
    public int size() {
        return claims.length;
    }

    /** {@return Σc} */
    public double totalClaims() {
        double sum = 0;
        for (double c : claims) {
            sum += c;
        }
        return sum;
    }

    /**
     * The bankruptcy game (O'Neill 1982; Aumann &amp; Maschler 1985): a coalition is sure of what the
     * others' claims leave, v(S) = max(0, E − Σ_{i∉S} cᵢ). Its nucleolus is the Talmud rule.
     *
     * @param players one name per claimant, in claim order
     * @return the game
     */
    public CharacteristicFunction bankruptcyGame(List<String> players) {
        if (players.size() != claims.length) {
            throw new IllegalArgumentException("one player per claim");
        }
        return CharacteristicFunction.of(players, s -> {
            if (s == 0) {
                return 0;
            }
            double outside = 0;
            for (int i = 0; i < claims.length; i++) {
                if ((s & (1 << i)) == 0) {
                    outside += claims[i];
                }
            }
            return Math.max(0, estate - outside);
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimsProblem p && Double.compare(estate, p.estate) == 0 && Arrays.equals(claims, p.claims);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(estate) + Arrays.hashCode(claims);
    }

    @Override
    public String toString() {
        return "ClaimsProblem[estate=" + estate + ", claims=" + Arrays.toString(claims) + "]";
    }
}
