package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PollutedRiverTest {

    private static final List<String> YN_GZ_GX = List.of("YN", "GZ", "GX");

    /**
     * Ni &amp; Wang's UES on a three-segment chain, costs c = (6, 12, 30) from upstream, by hand: segment 1
     * is paid by agent 1 alone, segment 2 by agents 1–2 (6 each), segment 3 by agents 1–3 (10 each):
     * x₁ = 6/1 + 12/2 + 30/3 = 22, x₂ = 12/2 + 30/3 = 16, x₃ = 30/3 = 10; total 48 = Σc.
     */
    @Test
    void upstreamEqualSharingByHand() {
        PollutedRiver river = new PollutedRiver(new double[] {6, 12, 30});
        assertArrayEquals(new double[] {22, 16, 10}, river.upstreamEqualSharing(), 1e-12);
        assertArrayEquals(new double[] {6, 12, 30}, river.localResponsibilitySharing(), 0);
        assertEquals(48, river.totalCost());
    }

    /**
     * UR on the same river, by hand. Costs rise downstream, so the cost vector bounds upstream blame:
     * c₂ = 12 splits into the layer min(c₁, c₂) = 6, shared by agents 1–2 (3 each), and 12 − 6 = 6 that
     * only agent 2 can have caused; c₃ = 30 splits into min(c₁..c₃) = 6 shared by 1–3 (2 each),
     * min(c₂, c₃) − 6 = 6 shared by 2–3 (3 each) and 30 − 12 = 18 for agent 3 alone.
     * x₁ = 6 + 3 + 2 = 11, x₂ = 3 + 6 + 2 + 3 = 14, x₃ = 2 + 3 + 18 = 23; total 48.
     */
    @Test
    void upstreamResponsibilityByHand() {
        assertArrayEquals(new double[] {11, 14, 23}, new PollutedRiver(new double[] {6, 12, 30}).upstreamResponsibility(), 1e-12);
    }

    /** Costs falling downstream: nothing bounds upstream blame, so UR = UES = (30 + 6 + 2, 6 + 2, 2). */
    @Test
    void decreasingCostsUrEqualsUes() {
        PollutedRiver river = new PollutedRiver(new double[] {30, 12, 6});
        assertArrayEquals(new double[] {38, 8, 2}, river.upstreamEqualSharing(), 1e-12);
        assertArrayEquals(new double[] {38, 8, 2}, river.upstreamResponsibility(), 1e-12);
    }

    /** Two regions: region 1 bears its own cost and half of what it may have sent downstream. */
    @Test
    void twoRegions() {
        assertArrayEquals(new double[] {10 + 2.5, 5 - 2.5}, new PollutedRiver(new double[] {10, 5}).upstreamResponsibility(), 1e-12);
        assertArrayEquals(new double[] {4 + 2, 10 - 2}, new PollutedRiver(new double[] {4, 10}).upstreamResponsibility(), 1e-12);
    }

    @Test
    void costGames() {
        PollutedRiver river = new PollutedRiver(new double[] {6, 12, 30});
        CharacteristicFunction uti = river.upstreamEqualSharingGame(YN_GZ_GX);
        assertEquals(42, uti.value(CharacteristicFunction.coalition(1))); // GZ answers for segments 2 and 3
        assertEquals(48, uti.value(CharacteristicFunction.coalition(0, 2)));
        assertEquals(30, uti.value(CharacteristicFunction.coalition(2)));
        CharacteristicFunction ats = river.localResponsibilityGame(YN_GZ_GX);
        assertEquals(36, ats.value(CharacteristicFunction.coalition(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> river.localResponsibilityGame(List.of("a", "b")));
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> new PollutedRiver(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new PollutedRiver(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> new PollutedRiver(new double[] {Double.NaN}));
    }

    @Provide
    Arbitrary<PollutedRiver> rivers() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 100).ofScale(2), Arbitraries.of(0.0, 5.0))
                .array(double[].class).ofMinSize(1).ofMaxSize(8).map(PollutedRiver::new);
    }

    /** Ni &amp; Wang: LRS and UES are the Shapley values of the ATS and UTI cost games. */
    @Property(tries = 300)
    void lrsAndUesAreShapleyValues(@ForAll("rivers") PollutedRiver river) {
        List<String> names = Games.names(river.size());
        double tol = 1e-9 * Math.max(1, river.totalCost());
        assertArrayEquals(river.localResponsibilitySharing(), ShapleyValue.exact(river.localResponsibilityGame(names)), tol);
        assertArrayEquals(river.upstreamEqualSharing(), ShapleyValue.exact(river.upstreamEqualSharingGame(names)), tol);
    }

    @Property
    void everyRuleDividesTheTotalCost(@ForAll("rivers") PollutedRiver river) {
        double tol = 1e-9 * Math.max(1, river.totalCost());
        for (double[] x : List.of(river.localResponsibilitySharing(), river.upstreamEqualSharing(),
                river.upstreamResponsibility())) {
            assertEquals(river.totalCost(), Games.sum(x), tol);
            assertTrue(Arrays.stream(x).allMatch(v -> v >= 0));
        }
    }

    /**
     * UR lies between LRS and UES for the most upstream agent: it pays at least its own segment and at
     * most what UES asks; and with costs non-increasing downstream UR equals UES.
     */
    @Property
    void urBetweenLrsAndUes(@ForAll("rivers") PollutedRiver river) {
        double tol = 1e-9 * Math.max(1, river.totalCost());
        double[] ur = river.upstreamResponsibility();
        double[] ues = river.upstreamEqualSharing();
        assertTrue(ur[0] >= river.costs()[0] - tol && ur[0] <= ues[0] + tol);
        double[] sorted = river.costs();
        Arrays.sort(sorted);
        double[] falling = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            falling[i] = sorted[sorted.length - 1 - i];
        }
        PollutedRiver down = new PollutedRiver(falling);
        assertArrayEquals(down.upstreamEqualSharing(), down.upstreamResponsibility(), tol);
    }
}
