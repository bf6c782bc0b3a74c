package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class DesignTest {

    private static List<Parameter> parameters(int d) {
        List<Parameter> list = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            list.add(new Parameter("p" + i, new Distribution.Normal(i, 1)));
        }
        return list;
    }

    private static void assertInsideUnitCube(UnitDesign design) {
        for (long j = 0; j < design.size(); j++) {
            for (double u : design.unitPoint(j)) {
                assertTrue(u > 0 && u < 1, "row " + j + ": u = " + u);
            }
        }
    }

    @Test
    void saltelliDesignHasNTimesDPlus2Rows() {
        SaltelliDesign design = new SaltelliDesign(parameters(5), 64, false);
        assertEquals(64L * 7, design.size());
        assertEquals(7, design.rowsPerSample());
        assertInsideUnitCube(design);
    }

    @Test
    void saltelliDesignWithSecondOrderHasNTimes2DPlus2Rows() {
        SaltelliDesign design = new SaltelliDesign(parameters(5), 64, true);
        assertEquals(64L * 12, design.size());
        assertInsideUnitCube(design);
    }

    /** A_B^(k) is A with column k from B; B_A^(k) is B with column k from A. */
    @Test
    void saltelliRowsAreBuiltFromTheBaseMatrices() {
        int d = 4;
        SaltelliDesign design = new SaltelliDesign(parameters(d), 32, true);
        for (int i = 0; i < 32; i++) {
            double[] a = design.unitPoint(design.rowOfA(i));
            double[] b = design.unitPoint(design.rowOfB(i));
            for (int k = 0; k < d; k++) {
                double[] ab = design.unitPoint(design.rowOfAB(i, k));
                double[] ba = design.unitPoint(design.rowOfBA(i, k));
                for (int c = 0; c < d; c++) {
                    assertEquals(c == k ? b[c] : a[c], ab[c], 0);
                    assertEquals(c == k ? a[c] : b[c], ba[c], 0);
                }
            }
        }
        assertEquals(0, design.rowOfA(0));
        assertEquals(2 * d + 1, design.rowOfB(0));
        assertEquals(2 * d + 2, design.rowOfA(1));
    }

    /** Base sample i is Sobol' point N + i, split into A (first D coordinates) and B (last D). */
    @Test
    void baseMatricesAreTheSobolPointsNTo2NMinus1OfCommonsMath() {
        int d = 3;
        int n = 256;
        SaltelliDesign design = new SaltelliDesign(parameters(d), n, false);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * d);
        double[] expected = sobol.skipTo(n);
        for (int i = 0; i < n; i++) {
            double[] a = design.unitPoint(design.rowOfA(i));
            double[] b = design.unitPoint(design.rowOfB(i));
            for (int c = 0; c < d; c++) {
                assertEquals(expected[c], a[c], 0, "A row " + i);
                assertEquals(expected[d + c], b[c], 0, "B row " + i);
            }
            assertArrayEquals(expected, design.sobolPoint(n + i), 0);
            expected = sobol.nextVector();
        }
        for (int index : new int[] {1, 2, 3, 100, 255, 511}) {
            assertArrayEquals(sobol.skipTo(index), design.sobolPoint(index), 0, "point " + index);
        }
    }

    @Test
    void baseSamplesMustBeAPowerOfTwo() {
        BadDesignException e = assertThrows(BadDesignException.class,
                () -> new SaltelliDesign(parameters(3), 1000, false));
        assertEquals("baseSamples", e.field());
        assertTrue(e.getMessage().contains("not a power of two"), e.getMessage());
        assertTrue(e.getMessage().contains("use 512 or 1024"), e.getMessage());
        assertThrows(BadDesignException.class, () -> new SaltelliDesign(parameters(3), 0, false));
        assertThrows(BadDesignException.class, () -> new SaltelliDesign(parameters(3), -8, false));
        assertThrows(BadDesignException.class, () -> SobolAnalysis.run(parameters(3), 3000, false,
                x -> x[0], new SplittableRandom(1)));
    }

    @Test
    void morrisDesignHasRTimesDPlus1Rows() {
        MorrisDesign design = new MorrisDesign(parameters(6), 20, 4, new SplittableRandom(3));
        assertEquals(20L * 7, design.size());
        assertInsideUnitCube(design);
    }

    /** Each step of a trajectory moves one parameter, each parameter once, by ±1/2 in u. */
    @Test
    void morrisTrajectoriesMoveOneParameterAtATime() {
        int d = 5;
        int p = 6;
        MorrisDesign design = new MorrisDesign(parameters(d), 30, p, new SplittableRandom(11));
        assertEquals(p / (2.0 * (p - 1)), design.delta(), 0);
        for (int t = 0; t < 30; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 1; s <= d; s++) {
                double[] before = design.unitPoint(design.row(t, s - 1));
                double[] after = design.unitPoint(design.row(t, s));
                MorrisDesign.Move move = design.move(t, s);
                assertTrue(moved.add(move.parameter()));
                for (int i = 0; i < d; i++) {
                    double expected = i == move.parameter() ? (move.up() ? 0.5 : -0.5) : 0;
                    assertEquals(expected, after[i] - before[i], 1e-12);
                }
                for (double u : after) {
                    double level = u * p - 0.5;
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid of p levels");
                }
            }
        }
    }

    @Test
    void morrisNeedsAnEvenNumberOfLevels() {
        assertEquals("levels", assertThrows(BadDesignException.class,
                () -> new MorrisDesign(parameters(2), 10, 5, new SplittableRandom(1))).field());
    }

    @Test
    void gridVisitsEveryCombinationWithTheLastParameterFastest() {
        List<Parameter> ps = List.of(
                new Parameter("a", new Distribution.Uniform(0, 1)),
                new Parameter("b", new Distribution.Levels(List.of(10.0, 20.0, 30.0))));
        GridDesign grid = GridDesign.of(ps, 2);
        assertEquals(List.of(2, 3), grid.levels());
        assertEquals(6, grid.size());
        assertArrayEquals(new double[] {0.25, 10}, grid.point(0), 1e-12);
        assertArrayEquals(new double[] {0.25, 20}, grid.point(1), 1e-12);
        assertArrayEquals(new double[] {0.25, 30}, grid.point(2), 1e-12);
        assertArrayEquals(new double[] {0.75, 10}, grid.point(3), 1e-12);
        assertArrayEquals(new double[] {0.75, 30}, grid.point(5), 1e-12);
        assertEquals(6, grid.points().count());
    }

    @Test
    void tornadoDesignMovesOneParameterAtATime() {
        List<Parameter> ps = List.of(
                new Parameter("a", new Distribution.Uniform(0, 10)),
                new Parameter("b", new Distribution.Uniform(0, 10)));
        TornadoDesign design = new TornadoDesign(ps, List.of(2.0, 5.0), 10);
        assertEquals(5, design.size());
        assertArrayEquals(new double[] {2, 5}, design.point(0), 1e-12);
        assertArrayEquals(new double[] {1.8, 5}, design.point(1), 1e-12);
        assertArrayEquals(new double[] {2.2, 5}, design.point(2), 1e-12);
        assertArrayEquals(new double[] {2, 4.5}, design.point(3), 1e-12);
        assertArrayEquals(new double[] {2, 5.5}, design.point(4), 1e-12);
    }

    @Test
    void rowsAreRefusedOutOfRange() {
        RandomDesign design = new RandomDesign(parameters(2), 10, new SplittableRandom(1));
        assertThrows(IndexOutOfBoundsException.class, () -> design.point(10));
        assertThrows(IndexOutOfBoundsException.class, () -> design.point(-1));
    }

    /**
     * Streaming: row 999 999 of a million-row design is computed alone, without the rows before it
     * being computed or stored, and is the same whenever it is asked for.
     */
    @Test
    void aRowOfAMillionRowRandomDesignIsComputedAlone() {
        RandomDesign design = new RandomDesign(parameters(4), 1_000_000, new SplittableRandom(2024));
        double[] last = design.point(999_999);
        assertEquals(4, last.length);
        assertArrayEquals(last, design.point(999_999), 0);
        assertArrayEquals(last, new RandomDesign(parameters(4), 1_000_000, new SplittableRandom(2024))
                .point(999_999), 0, "the same seed gives the same row");
        assertNotEquals(last[0], design.point(999_998)[0]);
    }

    @Test
    void aRowOfABillionRowLatinHypercubeIsComputedAlone() {
        LatinHypercubeDesign design = new LatinHypercubeDesign(parameters(3), 1_000_000_000L, new SplittableRandom(5));
        double[] u = design.unitPoint(999_999_999L);
        for (int d = 0; d < 3; d++) {
            assertEquals(design.stratum(999_999_999L, d), (long) Math.floor(u[d] * 1_000_000_000L));
        }
    }
}
