package org.ecocomp.sweep;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** What every design does with a row: check its index and buffer, draw inside (0, 1). */
final class Rows {

    /** The largest double below 1. */
    static final double BELOW_ONE = Math.nextDown(1.0);

    private Rows() {
    }

    /** Checks a row index against the design's size and a buffer against its dimension. */
    static void check(Design design, long row, double[] buffer) {
        Objects.checkIndex(row, design.size());
        if (buffer.length != design.dimension()) {
            throw new IllegalArgumentException("the buffer has length " + buffer.length
                    + "; expected the dimension " + design.dimension());
        }
    }

    /**
     * A uniform draw from the 2^52 midpoints {@code (k + 1/2) / 2^52}: never 0, never 1.
     *
     * @param rng the generator; one {@code nextLong} is consumed
     * @return a value in [2^-53, 1 - 2^-53]
     */
    static double openUnit(RandomGenerator rng) {
        return ((rng.nextLong() >>> 12) + 0.5) * 0x1.0p-52;
    }

    /**
     * Checks that there is one finite output per row of a design.
     *
     * @throws BadDesignException naming the first bad row
     */
    static void checkOutputs(Design design, double[] outputs) {
        if (outputs.length != design.size()) {
            throw new BadDesignException("outputs", outputs.length + " outputs for a design of " + design.size()
                    + " rows; expected one output per row, in row order");
        }
        for (int j = 0; j < outputs.length; j++) {
            if (!Double.isFinite(outputs[j])) {
                throw new BadDesignException("outputs", "the output of row " + j + " is " + outputs[j]
                        + "; every row needs a finite output");
            }
        }
    }
}
