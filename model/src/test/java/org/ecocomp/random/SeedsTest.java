package org.ecocomp.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void deriveIsDeterministic() {
        assertEquals(Seeds.derive(42, 3, 7), Seeds.derive(42, 3, 7));
        assertEquals(Seeds.derive(42), Seeds.derive(42));
    }

    @Test
    void derivedSeedsDifferAcrossIndicesBaseSeedsAndPaths() {
        assertNotEquals(Seeds.derive(42, 0), Seeds.derive(42, 1));
        assertNotEquals(Seeds.derive(1, 0), Seeds.derive(2, 0));
        assertNotEquals(Seeds.derive(42, 1, 2), Seeds.derive(42, 2, 1));
        assertNotEquals(Seeds.derive(42), Seeds.derive(42, 0));
        assertNotEquals(Seeds.derive(42, 0), Seeds.derive(42, 0, 0));
        assertNotEquals(42L, Seeds.derive(42));
    }

    /**
     * With an empty path the derived seed of 0 is the first output of SplitMix64 seeded with 0,
     * 0xE220A8397B1DCDAF (Steele, Lea and Flood 2014; Vigna's splitmix64.c reference).
     */
    @Test
    void theSeedOfZeroIsTheFirstSplitMix64OutputOfZero() {
        assertEquals(0xE220A8397B1DCDAFL, Seeds.derive(0));
    }

    /**
     * Each index step is one SplitMix64 step: derive(s, i) is output number i + 1 of SplitMix64 started
     * at derive(s). The JDK's SplittableRandom implements SplitMix64 with the same constants.
     */
    @Test
    void eachIndexIsASplitMix64StepFromTheParentSeed() {
        for (long base : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            SplittableRandom splitMix = new SplittableRandom(Seeds.derive(base));
            for (long i = 0; i < 20; i++) {
                assertEquals(splitMix.nextLong(), Seeds.derive(base, i), "base " + base + " index " + i);
            }
            SplittableRandom inner = new SplittableRandom(Seeds.derive(base, 5));
            for (long j = 0; j < 5; j++) {
                assertEquals(inner.nextLong(), Seeds.derive(base, 5, j));
            }
        }
    }

    @Test
    void noCollisionAmongTheFirstHundredThousandReplications() {
        Set<Long> seen = new HashSet<>();
        for (long i = 0; i <= 100_000; i++) {
            long s = Seeds.derive(20_160_101L, i);
            assertFalse(!seen.add(s), "derive(seed, " + i + ") repeats an earlier seed");
        }
        assertEquals(100_001, seen.size());
    }

    @Test
    void noCollisionAmongTheFirstHundredThousandBaseSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long base = 0; base <= 100_000; base++) {
            seen.add(Seeds.derive(base, 0));
        }
        assertEquals(100_001, seen.size());
    }

    @Test
    void noCollisionOnASweepGridOfPointsAndReplications() {
        Set<Long> seen = new HashSet<>();
        for (long point = 0; point < 300; point++) {
            for (long rep = 0; rep < 300; rep++) {
                seen.add(Seeds.derive(7, point, rep));
            }
        }
        assertEquals(300 * 300, seen.size());
    }

    @Test
    void generatorsFromTheSamePathGiveTheSameSequence() {
        assertArrayEquals(draws(Seeds.generator(42, 3, 17)), draws(Seeds.generator(42, 3, 17)));
    }

    @Test
    void generatorsFromDifferentPathsGiveDifferentSequences() {
        long[] a = draws(Seeds.generator(42, 3, 17));
        assertFalse(Arrays.equals(a, draws(Seeds.generator(42, 3, 18))));
        assertFalse(Arrays.equals(a, draws(Seeds.generator(43, 3, 17))));
        assertFalse(Arrays.equals(a, draws(Seeds.generator(42, 17, 3))));
    }

    @Test
    void generatorIsTheSpecifiedAlgorithmSeededWithTheDerivedSeed() {
        RandomGenerator expected = java.util.random.RandomGeneratorFactory.of("L64X128MixRandom")
                .create(Seeds.derive(9, 1, 2));
        assertArrayEquals(draws(expected), draws(Seeds.generator(9, 1, 2)));
    }

    private static long[] draws(RandomGenerator g) {
        long[] out = new long[1000];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.nextLong();
        }
        return out;
    }
}
