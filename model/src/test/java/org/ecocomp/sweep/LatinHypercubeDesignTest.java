package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatinHypercubeDesignTest {

    /** Every stratum of every axis holds exactly one row: floor(u n) runs over 0..n − 1 once. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 64, 1000, 4097})
    void eachStratumOfEachAxisHoldsExactlyOnePoint(long n) {
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ps.add(new Parameter("x" + i, new Distribution.Uniform(0, 1)));
        }
        LatinHypercubeDesign design = new LatinHypercubeDesign(ps, n, new SplittableRandom(n));
        boolean[][] seen = new boolean[5][(int) n];
        for (long j = 0; j < n; j++) {
            double[] u = design.unitPoint(j);
            for (int d = 0; d < 5; d++) {
                assertTrue(u[d] > 0 && u[d] < 1);
                int stratum = (int) Math.floor(u[d] * n);
                assertEquals(design.stratum(j, d), stratum);
                assertFalse(seen[d][stratum], "axis " + d + " stratum " + stratum + " holds two rows");
                seen[d][stratum] = true;
            }
        }
    }

    /** The axes are permuted independently: the strata of two axes are not the same sequence. */
    @ParameterizedTest
    @ValueSource(longs = {1000, 4097})
    void axesArePermutedIndependently(long n) {
        List<Parameter> ps = List.of(new Parameter("a", new Distribution.Uniform(0, 1)),
                new Parameter("b", new Distribution.Uniform(0, 1)));
        LatinHypercubeDesign design = new LatinHypercubeDesign(ps, n, new SplittableRandom(9));
        int same = 0;
        int identity = 0;
        for (long j = 0; j < n; j++) {
            same += design.stratum(j, 0) == design.stratum(j, 1) ? 1 : 0;
            identity += design.stratum(j, 0) == j ? 1 : 0;
        }
        assertTrue(same < 10, same + " rows share a stratum on both axes");
        assertTrue(identity < 10, identity + " fixed points");
    }
}
