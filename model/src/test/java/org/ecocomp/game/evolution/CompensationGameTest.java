package org.ecocomp.game.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The payoff matrix is the documented table, and bad amounts are refused. */
class CompensationGameTest {

    // C_u = 10, E_u = 3, E_d = 12, L = 6, T = 5, K = 1, R = 2, F_u = 1.5, F_d = 4 (yuan per year)
    private final CompensationGame game = new CompensationGame(10, 3, 12, 6, 5, 1, 2, 1.5, 4);

    @Test
    void payoffsAreTheDocumentedTable() {
        PayoffMatrix p = game.payoffs();
        assertEquals(3 - 10 + 2 + 5, p.upstreamPC());    // E_u − C_u + R + T
        assertEquals(12 - 5, p.downstreamPC());          // E_d − T
        assertEquals(3 - 10 + 2, p.upstreamPN());        // E_u − C_u + R
        assertEquals(12 - 4, p.downstreamPN());          // E_d − F_d
        assertEquals(-1.5 - 1, p.upstreamNC());          // −F_u − K
        assertEquals(-6 + 1, p.downstreamNC());          // −L + K
        assertEquals(-1.5, p.upstreamNN());              // −F_u
        assertEquals(-6 - 4, p.downstreamNN());          // −L − F_d
    }

    @Test
    void advantagesAreLinearWithTheDocumentedCoefficients() {
        PayoffMatrix p = game.payoffs();
        double g = 3 + 2 + 1.5 - 10;   // G = E_u + R + F_u − C_u
        double s = 5 + 1;              // S = T + K
        assertEquals(g, game.upstreamNetGain(), 1e-12);
        for (double share = 0; share <= 1; share += 0.125) {
            assertEquals(g + s * share, p.upstreamAdvantage(share), 1e-12);
            assertEquals(4 + 1 - s * share, p.downstreamAdvantage(share), 1e-12);   // (F_d + K) − S·x
        }
    }

    @Test
    void withoutCentralGovernmentHasNoRewardOrFines() {
        CompensationGame plain = CompensationGame.withoutCentralGovernment(10, 3, 12, 6, 5, 0);
        assertEquals(new CompensationGame(10, 3, 12, 6, 5, 0, 0, 0, 0), plain);
    }

    @Test
    void scalingDividesEveryPayoff() {
        PayoffMatrix p = game.payoffs();
        PayoffMatrix q = p.scaled(2);
        assertEquals(p.upstreamPC() / 2, q.upstreamPC());
        assertEquals(p.downstreamNN() / 2, q.downstreamNN());
        assertEquals(p.magnitude() / 2, q.magnitude());
        assertThrows(IllegalArgumentException.class, () -> p.scaled(0));
        assertThrows(IllegalArgumentException.class, () -> p.scaled(Double.POSITIVE_INFINITY));
    }

    @Test
    void refusesNegativeOrNonFiniteAmounts() {
        assertThrows(IllegalArgumentException.class, () -> new CompensationGame(-1, 3, 12, 6, 5, 0, 2, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new CompensationGame(10, 3, 12, 6, 5, 0, Double.NaN, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new CompensationGame(10, 3, 12, 6, 5, 0, 2, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new CompensationGame(10, 3, 12, 6, 5, 0, 2, -1, 4));
    }

    @Test
    void reverseCompensationMayBeNegativeDownToMinusT() {
        assertEquals(-5, new CompensationGame(10, 3, 12, 6, 5, -5, 0, 0, 0).reverseCompensation());
        assertThrows(IllegalArgumentException.class, () -> new CompensationGame(10, 3, 12, 6, 5, -5.01, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CompensationGame(10, 3, 12, 6, 5, Double.NaN, 0, 0, 0));
    }

    @Test
    void payoffMatrixRefusesNonFiniteEntries() {
        assertThrows(IllegalArgumentException.class, () -> new PayoffMatrix(1, 2, 3, Double.NaN, 5, 6, 7, 8));
    }
}
