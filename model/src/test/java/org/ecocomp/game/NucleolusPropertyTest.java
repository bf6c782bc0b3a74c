package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The nucleolus against the core, the least core and the Talmud rule on random games. */
class NucleolusPropertyTest {

    private static final Nucleolus NUCLEOLUS = new Nucleolus();

    @Provide
    Arbitrary<CharacteristicFunction> convexGames() {
        return Games.convexGame(6);
    }

    @Provide
    Arbitrary<CharacteristicFunction> gamesWithCore() {
        return Games.gameWithCore(6);
    }

    @Provide
    Arbitrary<CharacteristicFunction> gamesWithImputations() {
        return Games.gameWithImputations(5);
    }

    @Property(tries = 300)
    void convexGamesHaveTheNucleolusInTheCore(@ForAll("convexGames") CharacteristicFunction g) {
        assertTrue(g.isConvex(1e-9));
        double[] x = NUCLEOLUS.solve(g);
        assertTrue(Core.contains(g, x, 1e-6 * Games.scale(g)), () -> Arrays.toString(x) + " not in the core of " + g);
    }

    /** Core non-empty by construction: the nucleolus is in it and its largest excess is the least-core ε. */
    @Property(tries = 300)
    void nucleolusIsInANonEmptyCore(@ForAll("gamesWithCore") CharacteristicFunction g) {
        double tol = 1e-6 * Games.scale(g);
        LeastCore lc = Core.leastCore(g);
        assertTrue(lc.coreIsNonEmpty(tol), "ε = " + lc.epsilon());
        assertTrue(Core.contains(g, lc.allocation(), tol));
        double[] x = NUCLEOLUS.solve(g);
        assertTrue(Core.contains(g, x, tol), () -> Arrays.toString(x) + " not in the core");
        double maxExcess = Double.NEGATIVE_INFINITY;
        for (int s = 1; s < g.grandCoalition(); s++) {
            maxExcess = Math.max(maxExcess, g.excess(s, x));
        }
        assertEquals(lc.epsilon(), maxExcess, tol);
    }

    /**
     * Any game with imputations: the nucleolus is an imputation, and it is in the core exactly when the
     * core is non-empty (least-core ε ≤ 0).
     */
    @Property(tries = 500)
    void nucleolusIsAnImputationAndInTheCoreIffTheCoreIsNonEmpty(
            @ForAll("gamesWithImputations") CharacteristicFunction g) {
        double tol = 1e-6 * Games.scale(g);
        double[] x = NUCLEOLUS.solve(g);
        assertEquals(g.grandValue(), Games.sum(x), tol);
        for (int i = 0; i < g.size(); i++) {
            assertTrue(x[i] >= g.value(1 << i) - tol);
        }
        LeastCore lc = Core.leastCore(g);
        if (lc.epsilon() < -tol) {
            assertTrue(Core.contains(g, x, tol));
        } else if (lc.epsilon() > tol) {
            assertTrue(!Core.contains(g, x, 0) && !Core.contains(g, lc.allocation(), 0));
        }
    }

    /** Symmetric games (v depends on |S| only) with imputations: the nucleolus is the equal split. */
    @Property(tries = 200)
    void symmetricGamesSplitEqually(@ForAll("symmetricGames") CharacteristicFunction g) {
        double[] equal = new double[g.size()];
        Arrays.fill(equal, g.grandValue() / g.size());
        assertArrayEquals(equal, NUCLEOLUS.solve(g), 1e-6 * Games.scale(g));
    }

    @Provide
    Arbitrary<CharacteristicFunction> symmetricGames() {
        return Arbitraries.integers().between(2, 7).flatMap(n -> Arbitraries.doubles().between(-5, 10).ofScale(2)
                .list().ofSize(n).map(f -> {
                    double top = Math.max(f.get(n - 1), n * f.get(0));
                    return CharacteristicFunction.of(Games.names(n), s -> s == 0 ? 0
                            : s == (1 << n) - 1 ? top : f.get(Integer.bitCount(s) - 1));
                }));
    }

    /** Aumann &amp; Maschler (1985): the nucleolus of every bankruptcy game is the Talmud rule. */
    @Property(tries = 300)
    void bankruptcyNucleolusIsTheTalmudRule(@ForAll("claimsProblems") ClaimsProblem p) {
        CharacteristicFunction g = p.bankruptcyGame(Games.names(p.size()));
        assertArrayEquals(ClaimsRule.TALMUD.divide(p), NUCLEOLUS.solve(g), 1e-6 * Math.max(1, p.totalClaims()));
    }

    @Provide
    Arbitrary<ClaimsProblem> claimsProblems() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 1000).ofScale(2).list().ofSize(n),
                Arbitraries.doubles().between(0, 1).ofScale(4))
                .as((List<Double> c, Double share) -> {
                    double[] claims = c.stream().mapToDouble(Double::doubleValue).toArray();
                    return new ClaimsProblem(share * Arrays.stream(claims).sum(), claims);
                }));
    }
}
