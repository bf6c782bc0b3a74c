package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.optim.linear.Relationship;
import org.junit.jupiter.api.Test;

class NucleolusTest {

    private static final Nucleolus NUCLEOLUS = new Nucleolus();

    /** Glove game (one left glove, two right): the core is the single point (1, 0, 0), so is the nucleolus. */
    @Test
    void gloveGame() {
        CharacteristicFunction glove = CharacteristicFunction.of(List.of("L", "R1", "R2"),
                s -> (s & 1) != 0 && (s & 6) != 0 ? 1 : 0);
        assertArrayEquals(new double[] {1, 0, 0}, NUCLEOLUS.solve(glove), 1e-9);
    }

    /** The three-player majority game: empty core, least-core ε = 1/3, nucleolus the equal split. */
    @Test
    void majorityGame() {
        CharacteristicFunction majority = CharacteristicFunction.of(Games.names(3), s -> Integer.bitCount(s) >= 2 ? 1 : 0);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, NUCLEOLUS.solve(majority), 1e-9);
        LeastCore lc = Core.leastCore(majority);
        assertEquals(1.0 / 3, lc.epsilon(), 1e-9);
        assertTrue(Core.isEmpty(majority));
    }

    /**
     * By hand: v(12) = 4, v(13) = 3, v(23) = 2, v(N) = 6. The pair constraints give x₃ ≤ 2 + ε,
     * x₂ ≤ 3 + ε, x₁ ≤ 4 + ε, whose sum forces ε ≥ −1; at ε = −1 the only allocation is (3, 2, 1),
     * where every singleton's excess (−3, −2, −1) is at most −1. So the least core, the core and the
     * nucleolus are all (3, 2, 1).
     */
    @Test
    void threePlayerGameByHand() {
        CharacteristicFunction g = Games.of(new double[] {0, 0, 0, 4, 0, 3, 2, 6});
        assertArrayEquals(new double[] {3, 2, 1}, NUCLEOLUS.solve(g), 1e-9);
        LeastCore lc = Core.leastCore(g);
        assertEquals(-1, lc.epsilon(), 1e-9);
        assertArrayEquals(new double[] {3, 2, 1}, lc.allocation(), 1e-6);
    }

    /**
     * Aumann &amp; Maschler (1985): for the Talmud's estates 100, 200, 300 and claims 100, 200, 300 the
     * nucleolus of the bankruptcy game is (33⅓, 33⅓, 33⅓), (50, 75, 75) and (50, 100, 150).
     */
    @Test
    void talmudEstatesAreTheNucleolusOfTheBankruptcyGame() {
        double[] claims = {100, 200, 300};
        double[][] expected = {{100.0 / 3, 100.0 / 3, 100.0 / 3}, {50, 75, 75}, {50, 100, 150}};
        for (int k = 0; k < 3; k++) {
            ClaimsProblem p = new ClaimsProblem(100 * (k + 1), claims);
            CharacteristicFunction g = p.bankruptcyGame(List.of("wife1", "wife2", "wife3"));
            assertArrayEquals(expected[k], NUCLEOLUS.solve(g), 1e-6, "estate " + p.estate());
            assertArrayEquals(expected[k], ClaimsRule.TALMUD.divide(p), 1e-9, "estate " + p.estate());
        }
    }

    /** Money in yuan: the scale does not matter (the programme is normalised). */
    @Test
    void scaleInvariance() {
        double[] t = {0, 0, 0, 4, 0, 3, 2, 6};
        double[] big = new double[t.length];
        for (int s = 0; s < t.length; s++) {
            big[s] = t[s] * 1.3e9;
        }
        double[] x = NUCLEOLUS.solve(Games.of(big));
        assertArrayEquals(new double[] {3 * 1.3e9, 2 * 1.3e9, 1.3e9}, x, 1e-6 * 1.3e9);
    }

    @Test
    void refusesGamesWithoutImputations() {
        CharacteristicFunction g = Games.of(new double[] {0, 1, 1, 1});
        assertThrows(IllegalArgumentException.class, () -> NUCLEOLUS.solve(g));
    }

    @Test
    void refusesLargeGames() {
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(Nucleolus.MAX_PLAYERS + 1), s -> Integer.bitCount(s));
        assertThrows(IllegalArgumentException.class, () -> NUCLEOLUS.solve(g));
    }

    @Test
    void onePlayerAndZeroGame() {
        assertArrayEquals(new double[] {5}, NUCLEOLUS.solve(CharacteristicFunction.of(List.of("A"), new double[] {0, 5})));
        assertArrayEquals(new double[4], NUCLEOLUS.solve(Games.of(new double[16])));
    }

    @Test
    void toleranceRange() {
        assertThrows(IllegalArgumentException.class, () -> new Nucleolus(0));
        assertThrows(IllegalArgumentException.class, () -> new Nucleolus(0.1));
        assertThrows(IllegalArgumentException.class, () -> new Nucleolus(Double.NaN));
    }

    /** The check of simplex solutions fails loudly and names the violated constraint. */
    @Test
    void violatedConstraintIsReported() {
        List<ExcessProgram.Row> rows = List.of(
                new ExcessProgram.Row(new double[] {1, 1}, Relationship.EQ, 1, () -> "efficiency x(N) = v(N)"),
                new ExcessProgram.Row(new double[] {1, 0}, Relationship.GEQ, 0.5, () -> "x(S) + ε ≥ v(S) for S = {A}"));
        ExcessProgram.check("test programme", rows, new double[] {0.5, 0.5}, 1e-6); // passes
        ExcessProgram.check("test programme", rows, new double[] {0.4999995, 0.5000005}, 1e-6); // within tolerance
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExcessProgram.check("test programme", rows, new double[] {0.49, 0.51}, 1e-6));
        assertTrue(e.getMessage().contains("x(S) + ε ≥ v(S) for S = {A}"), e.getMessage());
        assertTrue(e.getMessage().contains("tolerance 1.0E-6"), e.getMessage());
    }

    /** Ten players: a larger programme (1,023 rows) still solves and lands in the core. */
    @Test
    void tenPlayerConvexGame() {
        int n = 10;
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(n), s -> {
            double w = 0;
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    w += 1 + i % 3;
                }
            }
            return w * w;
        });
        double[] x = NUCLEOLUS.solve(g);
        assertTrue(Core.contains(g, x, 1e-6 * g.grandValue()));
    }
}
