package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class ShapleyValueTest {

    /**
     * The glove game: player 0 holds a left glove, players 1 and 2 a right glove each; a pair is worth
     * 1. Textbook Shapley value (2/3, 1/6, 1/6): player 0 is pivotal in 4 of the 6 orders.
     */
    @Test
    void gloveGame() {
        CharacteristicFunction glove = CharacteristicFunction.of(List.of("L", "R1", "R2"),
                s -> (s & 1) != 0 && (s & 6) != 0 ? 1 : 0);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, ShapleyValue.exact(glove), 1e-12);
    }

    /**
     * A three-player game computed by hand: v(12) = 4, v(13) = 3, v(23) = 2, v(N) = 6, singletons 0.
     * φ₁ = (1/6)·4 + (1/6)·3 + (1/3)·(6 − 2) = 2.5, φ₂ = (1/6)·4 + (1/6)·2 + (1/3)·(6 − 3) = 2,
     * φ₃ = (1/6)·3 + (1/6)·2 + (1/3)·(6 − 4) = 1.5.
     */
    @Test
    void threePlayerGameByHand() {
        CharacteristicFunction g = Games.of(new double[] {0, 0, 0, 4, 0, 3, 2, 6});
        assertArrayEquals(new double[] {2.5, 2, 1.5}, ShapleyValue.exact(g), 1e-12);
    }

    /**
     * Twenty players, v(S) = w(S)² with wᵢ = i + 1: in a random order the expected weight of i's
     * predecessors is (W − wᵢ)/2, so φᵢ = E[2wᵢ·w(pred) + wᵢ²] = wᵢ·W. Exercises the 2²⁰-coalition
     * pass (no timing asserted).
     */
    @Test
    void twentyPlayersExactly() {
        int n = 20;
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = i + 1;
            total += w[i];
        }
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(n), s -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    sum += w[i];
                }
            }
            return sum * sum;
        });
        double[] phi = ShapleyValue.exact(g);
        for (int i = 0; i < n; i++) {
            assertEquals(w[i] * total, phi[i], 1e-9 * total * total, "player " + i);
        }
        assertEquals(g.grandValue(), Games.sum(phi), 1e-9 * g.grandValue());
    }

    /** Sampling converges to the exact value: every player within 4 standard errors, n = 8, fixed seed. */
    @Test
    void samplingIsWithinFourStandardErrorsOfExact() {
        int n = 8;
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(n), s -> {
            double w = 0;
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    w += 1 + 0.5 * i;
                }
            }
            return w * w / 10 + (Integer.bitCount(s) >= 5 ? 3 : 0) + ((s & 0b11) == 0b11 ? 2 : 0);
        });
        double[] exact = ShapleyValue.exact(g);
        ShapleyEstimate estimate = ShapleyValue.sample(g, new SplittableRandom(20240611L), 4000);
        assertEquals(4000, estimate.samples());
        for (int i = 0; i < n; i++) {
            double se = estimate.standardError()[i];
            assertTrue(se > 0, "player " + i + " has a positive standard error");
            assertTrue(Math.abs(estimate.value()[i] - exact[i]) <= 4 * se,
                    "player " + i + ": estimate " + estimate.value()[i] + ", exact " + exact[i] + ", se " + se);
        }
        // every order's contributions sum to v(N), so the estimate is exactly efficient up to rounding
        assertEquals(g.grandValue(), Games.sum(estimate.value()), 1e-9);
    }

    /** The same generator state gives the same estimate. */
    @Test
    void samplingIsDeterministicGivenTheGenerator() {
        CharacteristicFunction g = Games.of(new double[] {0, 1, 2, 4, 3, 5, 6, 10});
        var factory = RandomGeneratorFactory.of("L64X128MixRandom");
        ShapleyEstimate a = ShapleyValue.sample(g, factory.create(7), 500);
        ShapleyEstimate b = ShapleyValue.sample(g, factory.create(7), 500);
        assertEquals(a, b);
    }

    /** Beyond 20 players the game is kept as a function and only sampling works. */
    @Test
    void thirtyPlayersBySampling() {
        int n = 30;
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(n), s -> Integer.bitCount(s) >= 16 ? 1 : 0);
        assertThrows(IllegalStateException.class, () -> ShapleyValue.exact(g));
        ShapleyEstimate e = ShapleyValue.sample(g, new SplittableRandom(3), 200);
        // a symmetric game: every order has exactly one pivot, the 16th player
        assertEquals(1, Games.sum(e.value()), 1e-12);
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(e.value()[i] - 1.0 / n) <= 5 * e.standardError()[i] + 1e-12);
        }
    }

    @Test
    void samplingNeedsTwoSamples() {
        CharacteristicFunction g = Games.of(new double[] {0, 1, 1, 2});
        assertThrows(IllegalArgumentException.class, () -> ShapleyValue.sample(g, new SplittableRandom(1), 1));
    }
}
