package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ClaimsRuleTest {

    private static final double[] TALMUD_CLAIMS = {100, 200, 300};

    /**
     * Babylonian Talmud, Kethubot 93a, as explained by Aumann &amp; Maschler (1985): three wives with
     * marriage contracts of 100, 200 and 300 and estates of 100, 200 and 300.
     */
    @Test
    void talmudEstates() {
        assertArrayEquals(new double[] {100.0 / 3, 100.0 / 3, 100.0 / 3},
                ClaimsRule.TALMUD.divide(new ClaimsProblem(100, TALMUD_CLAIMS)), 1e-12);
        assertArrayEquals(new double[] {50, 75, 75}, ClaimsRule.TALMUD.divide(new ClaimsProblem(200, TALMUD_CLAIMS)), 1e-12);
        assertArrayEquals(new double[] {50, 100, 150}, ClaimsRule.TALMUD.divide(new ClaimsProblem(300, TALMUD_CLAIMS)), 1e-12);
    }

    /** Above half the claims the Talmud rule gives half-claims plus equal losses: E = 500 → (50, 150, 300) − … */
    @Test
    void talmudAboveHalf() {
        // losses Σc − E = 100 are shared CEA-wise on the half-claims (50, 100, 150): 33⅓ each
        assertArrayEquals(new double[] {100 - 100.0 / 3, 200 - 100.0 / 3, 300 - 100.0 / 3},
                ClaimsRule.TALMUD.divide(new ClaimsProblem(500, TALMUD_CLAIMS)), 1e-12);
    }

    @Test
    void otherRulesByHand() {
        ClaimsProblem p = new ClaimsProblem(300, TALMUD_CLAIMS);
        assertArrayEquals(new double[] {50, 100, 150}, ClaimsRule.PROPORTIONAL.divide(p), 1e-12);
        assertArrayEquals(new double[] {100, 100, 100}, ClaimsRule.CONSTRAINED_EQUAL_AWARDS.divide(p), 1e-12);
        // CEL: (100 − μ)⁺ + (200 − μ) + (300 − μ) = 300 → μ = 100
        assertArrayEquals(new double[] {0, 100, 200}, ClaimsRule.CONSTRAINED_EQUAL_LOSSES.divide(p), 1e-12);
        ClaimsProblem q = new ClaimsProblem(400, TALMUD_CLAIMS);
        assertArrayEquals(new double[] {100, 150, 150}, ClaimsRule.CONSTRAINED_EQUAL_AWARDS.divide(q), 1e-12);
        assertArrayEquals(new double[] {100.0 / 3, 400.0 / 3, 700.0 / 3}, ClaimsRule.CONSTRAINED_EQUAL_LOSSES.divide(q), 1e-12);
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(601, TALMUD_CLAIMS));
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(600.000001, TALMUD_CLAIMS));
        // an estate above Σc by rounding only is Σc
        assertArrayEquals(TALMUD_CLAIMS, ClaimsRule.TALMUD.divide(new ClaimsProblem(Math.nextUp(600.0), TALMUD_CLAIMS)), 0);
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(-1, TALMUD_CLAIMS));
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(10, new double[] {-1, 20}));
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(Double.NaN, TALMUD_CLAIMS));
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(1, new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> new ClaimsProblem(0, new double[0]));
    }

    @Test
    void claimsAreCopied() {
        double[] c = {1, 2};
        ClaimsProblem p = new ClaimsProblem(2, c);
        c[0] = 100;
        p.claims()[1] = 100;
        assertArrayEquals(new double[] {1, 2}, p.claims());
        assertEquals(new ClaimsProblem(2, new double[] {1, 2}), p);
    }

    @Test
    void bankruptcyGame() {
        CharacteristicFunction g = new ClaimsProblem(200, TALMUD_CLAIMS).bankruptcyGame(List.of("a", "b", "c"));
        assertEquals(0, g.value(CharacteristicFunction.coalition(0))); // 200 − 500 < 0
        assertEquals(0, g.value(CharacteristicFunction.coalition(2))); // 200 − 300
        assertEquals(100, g.value(CharacteristicFunction.coalition(1, 2))); // 200 − 100
        assertEquals(200, g.grandValue());
        assertTrue(g.isConvex(0)); // bankruptcy games are convex (Curiel, Maschler & Tijs 1987)
    }

    @Provide
    Arbitrary<ClaimsProblem> problems() {
        Arbitrary<Double> claim = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e9).ofScale(2),
                Arbitraries.of(0.0, 1.0, 100.0, 1e8));
        return Arbitraries.integers().between(1, 8).flatMap(n -> Combinators.combine(claim.list().ofSize(n),
                Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 0.5, 1.0)))
                .as((List<Double> c, Double share) -> {
                    double[] claims = c.stream().mapToDouble(Double::doubleValue).toArray();
                    double total = Arrays.stream(claims).sum(); // compensated: may exceed a plain sum by an ulp
                    return new ClaimsProblem(share * total, claims);
                }));
    }

    /** Every rule divides exactly the estate and gives each claimant between 0 and the claim. */
    @Property
    void everyRuleSumsToTheEstateWithinTheClaims(@ForAll("problems") ClaimsProblem p, @ForAll ClaimsRule rule) {
        double[] x = rule.divide(p);
        double[] c = p.claims();
        assertEquals(p.estate(), Games.sum(x), 1e-11 * Math.max(1, p.totalClaims()), rule.name());
        for (int i = 0; i < c.length; i++) {
            assertTrue(x[i] >= 0 && x[i] <= c[i], rule + ": award " + x[i] + " outside [0, " + c[i] + "]");
        }
    }

    /** With two claimants the Talmud rule is the contested-garment rule (Aumann &amp; Maschler 1985). */
    @Property
    void twoClaimantsContestedGarment(@ForAll("problems") ClaimsProblem p) {
        if (p.size() != 2) {
            return;
        }
        double e = p.estate();
        double[] c = p.claims();
        double conceded1 = Math.max(0, e - c[1]); // what claimant 2 concedes to claimant 1
        double conceded2 = Math.max(0, e - c[0]);
        double contested = e - conceded1 - conceded2;
        double[] x = ClaimsRule.TALMUD.divide(p);
        double tol = 1e-9 * Math.max(1, p.totalClaims());
        assertEquals(conceded1 + contested / 2, x[0], tol);
        assertEquals(conceded2 + contested / 2, x[1], tol);
    }
}
