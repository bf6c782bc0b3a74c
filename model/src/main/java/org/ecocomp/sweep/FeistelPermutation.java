package org.ecocomp.sweep;

import org.ecocomp.random.Seeds;

/**
 * A keyed pseudo-random permutation of {0, …, n−1} evaluated one index at a time, without a
 * table: a balanced Feistel network on 2h bits (2^{2h} ≥ n) with cycle walking back into
 * the domain (Black &amp; Rogaway 2002, "Ciphers with arbitrary finite domains", CT-RSA). Each
 * Feistel round is a bijection, so the network is; walking the cycle of an index until it falls
 * below n keeps it one. Since 2^{2h} &lt; 4n, a walk takes fewer than four steps on average.
 */
final class FeistelPermutation {

    private static final int ROUNDS = 6;

    private final long n;
    private final int halfBits;
    private final long mask;
    private final long[] roundKeys = new long[ROUNDS];

    /**
     * @param n the domain size, at least 1
     * @param key the key choosing the permutation
     */
    FeistelPermutation(long n, long key) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; expected at least 1");
        }
        this.n = n;
        int bits = 64 - Long.numberOfLeadingZeros(n - 1); // ceil(log2 n), 0 for n = 1
        this.halfBits = Math.max(1, (bits + 1) / 2);
        this.mask = (1L << halfBits) - 1;
        for (int r = 0; r < ROUNDS; r++) {
            roundKeys[r] = Seeds.derive(key, r);
        }
    }

    /**
     * The image of an index.
     *
     * @param x an index in [0, n)
     * @return its image in [0, n)
     */
    long apply(long x) {
        long y = x;
        do {
            y = encrypt(y);
        } while (Long.compareUnsigned(y, n) >= 0); // with 2h = 64 bits, y may exceed Long.MAX_VALUE
        return y;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & mask;
        for (long k : roundKeys) {
            long next = left ^ (Seeds.derive(k, right) & mask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
