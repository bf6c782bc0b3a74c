package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The Shapley axioms on random games: efficiency, symmetry, null player, additivity. */
class ShapleyPropertyTest {

    @Provide
    Arbitrary<CharacteristicFunction> games() {
        return Games.anyGame(7);
    }

    @Property
    void efficiency(@ForAll("games") CharacteristicFunction g) {
        assertEquals(g.grandValue(), Games.sum(ShapleyValue.exact(g)), 1e-9 * Games.scale(g));
    }

    /** Players 0 and 1 made symmetric by averaging v with its image under their swap get equal shares. */
    @Property
    void symmetry(@ForAll("games") CharacteristicFunction g) {
        double[] v = g.table();
        double[] sym = new double[v.length];
        for (int s = 0; s < v.length; s++) {
            int swapped = (s & ~3) | ((s & 1) << 1) | ((s & 2) >> 1);
            sym[s] = (v[s] + v[swapped]) / 2;
        }
        double[] phi = ShapleyValue.exact(Games.of(sym));
        assertEquals(phi[0], phi[1], 1e-9 * Games.scale(g));
    }

    /** A player who adds nothing to any coalition, v'(S) = v(S ∖ {k}), gets nothing. */
    @Property
    void nullPlayer(@ForAll("games") CharacteristicFunction g, @ForAll @IntRange(min = 0, max = 6) int player) {
        int k = player % g.size();
        double[] v = g.table();
        double[] dummy = new double[v.length];
        for (int s = 0; s < v.length; s++) {
            dummy[s] = v[s & ~(1 << k)];
        }
        assertEquals(0, ShapleyValue.exact(Games.of(dummy))[k], 1e-9 * Games.scale(g));
    }

    /** Two games on the same players. */
    @Provide
    Arbitrary<List<CharacteristicFunction>> pairs() {
        return Arbitraries.integers().between(2, 7).flatMap(n -> Arbitraries.doubles().between(-10, 10).ofScale(3)
                .array(double[].class).ofSize(1 << n).map(t -> {
                    t[0] = 0;
                    return Games.of(t);
                }).list().ofSize(2));
    }

    @Property
    void additivity(@ForAll("pairs") List<CharacteristicFunction> pair) {
        CharacteristicFunction g = pair.get(0);
        CharacteristicFunction h = pair.get(1);
        double[] sum = ShapleyValue.exact(g.plus(h));
        double[] a = ShapleyValue.exact(g);
        double[] b = ShapleyValue.exact(h);
        for (int i = 0; i < g.size(); i++) {
            assertEquals(a[i] + b[i], sum[i], 1e-9 * (Games.scale(g) + Games.scale(h)));
        }
    }
}
