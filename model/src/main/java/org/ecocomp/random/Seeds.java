package org.ecocomp.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Derives independent, reproducible seeds and generators from a base seed and an index path.
 *
 * <p>The derived seed of (seed, i, j, …) is computed by folding each index into the running value
 * with the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number
 * generators"), so replication 17 of sweep point 3 gets the same stream whichever thread runs it.
 * Generators are {@code L64X128MixRandom} from the JDK, whose algorithm is fully specified.
 */
public final class Seeds {

    private static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private Seeds() {
    }

    /**
     * A seed derived from a base seed and an index path.
     *
     * @param seed the base seed
     * @param path indices, outermost first (e.g. sweep point, then replication)
     * @return the derived seed
     */
    public static long derive(long seed, long... path) {
        long z = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long index : path) {
            z = mix(z + 0x9E3779B97F4A7C15L * (index + 1));
        }
        return z;
    }

    /**
     * A generator seeded from a base seed and an index path.
     *
     * @param seed the base seed
     * @param path indices, outermost first
     * @return a new generator; the same arguments always give the same sequence
     */
    public static RandomGenerator generator(long seed, long... path) {
        return FACTORY.create(derive(seed, path));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
