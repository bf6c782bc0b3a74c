package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DownstreamIncrementalTest {

    /**
     * Three provinces upstream to downstream with v({1}) = 2, v({1, 2}) = 5, v(N) = 12:
     * x = (2, 5 − 2, 12 − 5) = (2, 3, 7). Coalitions that are not upstream segments are not read.
     */
    @Test
    void byHand() {
        CharacteristicFunction g = CharacteristicFunction.of(List.of("YN", "GZ", "GX"),
                new double[] {0, 2, 1, 5, 1, 4, 3, 12});
        assertArrayEquals(new double[] {2, 3, 7}, DownstreamIncremental.allocate(g), 0);
    }

    /** A function-backed chain game of 25 agents: each adds 1 + its index. */
    @Test
    void largeChain() {
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(25), s -> {
            double v = 0;
            for (int i = 0; i < 25; i++) {
                if ((s & (1 << i)) != 0) {
                    v += 1 + i;
                }
            }
            return v;
        });
        double[] x = DownstreamIncremental.allocate(g);
        for (int i = 0; i < 25; i++) {
            assertEquals(1 + i, x[i], 1e-12);
        }
    }

    @Provide
    Arbitrary<CharacteristicFunction> convexGames() {
        return Games.convexGame(7);
    }

    /** The distribution telescopes to v(N) and, being a marginal vector, is in the core of a convex game. */
    @Property(tries = 300)
    void efficientAndInTheCoreOfConvexGames(@ForAll("convexGames") CharacteristicFunction g) {
        double[] x = DownstreamIncremental.allocate(g);
        assertEquals(g.grandValue(), Games.sum(x), 1e-9 * Games.scale(g));
        assertTrue(Core.contains(g, x, 1e-9 * Games.scale(g)));
    }
}
