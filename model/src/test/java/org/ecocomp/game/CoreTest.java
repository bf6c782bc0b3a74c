package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CoreTest {

    private static final CharacteristicFunction GLOVE = CharacteristicFunction.of(List.of("L", "R1", "R2"),
            s -> (s & 1) != 0 && (s & 6) != 0 ? 1 : 0);

    @Test
    void membership() {
        assertTrue(Core.contains(GLOVE, new double[] {1, 0, 0}, 0));
        assertFalse(Core.contains(GLOVE, new double[] {0.9, 0.1, 0}, 0)); // {L, R2} gets 0.9 < 1
        assertTrue(Core.contains(GLOVE, new double[] {1 - 1e-9, 1e-9, 0}, 1e-8));
        assertFalse(Core.contains(GLOVE, new double[] {1, 0, 0.1}, 0.01)); // not efficient
        assertThrows(IllegalArgumentException.class, () -> Core.contains(GLOVE, new double[] {1, 0}, 0));
    }

    /** The glove game's core is a single point: least-core ε = 0, not below. */
    @Test
    void gloveLeastCore() {
        LeastCore lc = Core.leastCore(GLOVE);
        assertEquals(0, lc.epsilon(), 1e-9);
        assertTrue(lc.coreIsNonEmpty(1e-9));
        assertFalse(Core.isEmpty(GLOVE));
    }

    @Test
    void oneAndZeroGames() {
        LeastCore one = Core.leastCore(CharacteristicFunction.of(List.of("A"), new double[] {0, 3}));
        assertEquals(0, one.epsilon());
        assertEquals(3, one.allocation()[0]);
        assertEquals(0, Core.leastCore(Games.of(new double[8])).epsilon());
    }

    @Provide
    Arbitrary<CharacteristicFunction> convexGames() {
        return Games.convexGame(6);
    }

    @Provide
    Arbitrary<CharacteristicFunction> anyGames() {
        return Games.anyGame(5);
    }

    /** Convex games have a non-empty core (Shapley 1971): the least-core ε is ≤ 0 and its allocation in the core. */
    @Property(tries = 300)
    void convexGamesHaveANonPositiveLeastCoreValue(@ForAll("convexGames") CharacteristicFunction g) {
        double tol = 1e-6 * Games.scale(g);
        LeastCore lc = Core.leastCore(g);
        assertTrue(lc.epsilon() <= tol, "ε = " + lc.epsilon());
        assertTrue(Core.contains(g, lc.allocation(), tol));
        assertFalse(Core.isEmpty(g));
        // and the Shapley value of a convex game is in the core too (Shapley 1971)
        assertTrue(Core.contains(g, ShapleyValue.exact(g), 1e-9 * Games.scale(g)));
    }

    /** For any game, the least-core allocation keeps every excess at or below ε. */
    @Property(tries = 300)
    void leastCoreAllocationHasNoExcessAboveEpsilon(@ForAll("anyGames") CharacteristicFunction g) {
        double tol = 1e-6 * Games.scale(g);
        LeastCore lc = Core.leastCore(g);
        double[] x = lc.allocation();
        assertEquals(g.grandValue(), Games.sum(x), tol);
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 1; s < g.grandCoalition(); s++) {
            max = Math.max(max, g.excess(s, x));
        }
        assertEquals(lc.epsilon(), max, tol);
        assertEquals(lc.epsilon() <= tol, Core.contains(g, x, tol));
    }
}
