package org.ecocomp.sweep;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol' indices (Saltelli 2002, "Making best use of model
 * evaluations to compute sensitivity indices", Comput. Phys. Commun. 145:280–297; Saltelli et al.
 * 2010, "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Comput. Phys. Commun. 181:259–270).
 *
 * <p>Two base matrices A and B of N rows each are the first and last D coordinates of N points of
 * a 2D-dimensional Sobol' sequence (Joe–Kuo direction numbers, from Apache Commons Math's
 * {@link SobolSequenceGenerator}). From them come the matrices A_B^(i) (A with column i taken from
 * B) for i = 1..D and, when second-order indices are wanted, B_A^(i) (B with column i taken from
 * A): N(D + 2) rows, or N(2D + 2).
 *
 * <p><b>Which Sobol' points.</b> N must be a power of two, and the points used are those numbered
 * N to 2N − 1 in the sequence (in Gray-code order, as Commons Math generates them). A block of 2^m
 * consecutive points starting at a multiple of 2^m is a (t, m, s)-net, so this block keeps the
 * balance of the sequence, and it never contains the all-zero first point, whose quantile is
 * −∞ for a normal parameter. Dropping only the first point would lose the balance (Owen 2020, "On
 * dropping the first Sobol' point"); the block N..2N − 1 is also what recent SALib versions skip
 * to by default. Every coordinate of these points is strictly inside (0, 1).
 *
 * <p><b>Row order.</b> Rows come in N consecutive blocks, one per base sample i = 0..N − 1, each
 * of {@link #rowsPerSample()} rows: A_i, then A_B^(1)_i … A_B^(D)_i, then (second order only)
 * B_A^(1)_i … B_A^(D)_i, then B_i — the order SALib uses. {@link #rowOfA(int)} and its siblings
 * give the row of each.
 *
 * <p>Points are computed on demand from the direction numbers (point n is the XOR of the
 * direction numbers selected by the bits of the Gray code of n), so no matrix is stored and any
 * row can be computed alone, on any thread.
 */
public final class SaltelliDesign implements UnitDesign {

    /** The most parameters: Commons Math's Sobol' sequence has 1000 dimensions, and the scheme needs 2D. */
    public static final int MAX_PARAMETERS = 500;

    /** The most base samples, 2^30. */
    public static final int MAX_BASE_SAMPLES = 1 << 30;

    private static final double SCALE = 0x1.0p-52; // Commons Math's direction numbers have 52 bits

    private final List<Parameter> parameters;
    private final int baseSamples;
    private final boolean secondOrder;
    private final int rowsPerSample;
    /** direction[c][b]: the direction number of coordinate c selected by bit b of the Gray code. */
    private final long[][] direction;

    /**
     * @param parameters the parameters, unique names, at most {@value #MAX_PARAMETERS}
     * @param baseSamples N, the rows of each base matrix: a power of two, at least 2
     * @param secondOrder whether to add the B_A^(i) rows that second-order indices need
     * @throws BadDesignException if N is not a power of two, or the design is too large
     */
    public SaltelliDesign(List<Parameter> parameters, int baseSamples, boolean secondOrder) {
        this.parameters = Parameter.checkedList(parameters);
        int d = this.parameters.size();
        if (d > MAX_PARAMETERS) {
            throw new BadDesignException("parameters", d + " parameters; Saltelli's scheme needs a 2D-dimensional"
                    + " Sobol' sequence and Commons Math provides 1000 dimensions, so at most " + MAX_PARAMETERS);
        }
        checkBaseSamples(baseSamples);
        this.baseSamples = baseSamples;
        this.secondOrder = secondOrder;
        this.rowsPerSample = secondOrder ? 2 * d + 2 : d + 2;
        long size = (long) baseSamples * rowsPerSample;
        if (size > Integer.MAX_VALUE - 8) {
            throw new BadDesignException("baseSamples", "N = " + baseSamples + " gives " + size
                    + " rows, more outputs than an analysis can hold (2^31 - 9); use a smaller N");
        }
        int bits = Integer.numberOfTrailingZeros(baseSamples) + 1; // indices below 2N = 2^bits
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * d);
        this.direction = new long[2 * d][bits];
        for (int b = 0; b < bits; b++) {
            // Point 2^(b+1) - 1 has Gray code 2^b, so it is direction number b itself.
            double[] v = sobol.skipTo((int) ((1L << (b + 1)) - 1));
            for (int c = 0; c < 2 * d; c++) {
                direction[c][b] = (long) (v[c] / SCALE);
            }
        }
    }

    /**
     * Checks that N is a power of two in [2, {@value #MAX_BASE_SAMPLES}].
     *
     * @param n the number of base samples
     * @throws BadDesignException with the nearest powers of two if not
     */
    public static void checkBaseSamples(int n) {
        if (n < 2 || n > MAX_BASE_SAMPLES) {
            throw new BadDesignException("baseSamples", "N = " + n
                    + "; expected a power of two from 2 to 2^30 (Saltelli's scheme, e.g. 1024 or 8192)");
        }
        if (Integer.bitCount(n) != 1) {
            int below = Integer.highestOneBit(n);
            throw new BadDesignException("baseSamples", "N = " + n + " is not a power of two; Saltelli's scheme"
                    + " takes N = 2^m Sobol' points, the sizes over which the sequence is balanced: use "
                    + below + " or " + (2L * below));
        }
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return (long) baseSamples * rowsPerSample;
    }

    /**
     * N, the number of rows of each base matrix.
     *
     * @return N, a power of two
     */
    public int baseSamples() {
        return baseSamples;
    }

    /**
     * Whether the design holds the B_A^(i) rows for second-order indices.
     *
     * @return true for N(2D + 2) rows, false for N(D + 2)
     */
    public boolean secondOrder() {
        return secondOrder;
    }

    /**
     * The rows per base sample: D + 2, or 2D + 2 with second order.
     *
     * @return the block length
     */
    public int rowsPerSample() {
        return rowsPerSample;
    }

    /**
     * The row of A_i.
     *
     * @param i the base sample, in [0, N)
     * @return its row index
     */
    public long rowOfA(int i) {
        return block(i);
    }

    /**
     * The row of B_i.
     *
     * @param i the base sample, in [0, N)
     * @return its row index
     */
    public long rowOfB(int i) {
        return block(i) + rowsPerSample - 1;
    }

    /**
     * The row of A_B^(k)_i: A_i with coordinate k taken from B_i.
     *
     * @param i the base sample, in [0, N)
     * @param k the parameter index, in [0, D)
     * @return its row index
     */
    public long rowOfAB(int i, int k) {
        return block(i) + 1 + Objects.checkIndex(k, dimension());
    }

    /**
     * The row of B_A^(k)_i: B_i with coordinate k taken from A_i (second-order designs only).
     *
     * @param i the base sample, in [0, N)
     * @param k the parameter index, in [0, D)
     * @return its row index
     * @throws IllegalStateException if the design has no second-order rows
     */
    public long rowOfBA(int i, int k) {
        if (!secondOrder) {
            throw new IllegalStateException("this design has no B_A rows; build it with secondOrder = true");
        }
        return block(i) + 1 + dimension() + Objects.checkIndex(k, dimension());
    }

    private long block(int i) {
        return (long) Objects.checkIndex(i, baseSamples) * rowsPerSample;
    }

    @Override
    public void unitPoint(long row, double[] u) {
        Rows.check(this, row, u);
        int d = u.length;
        long index = baseSamples + row / rowsPerSample; // Sobol' point number
        int k = (int) (row % rowsPerSample);
        long gray = index ^ (index >>> 1);
        int swapped = -1; // the coordinate taken from the other matrix
        int offset;       // 0: based on A; d: based on B
        if (k == 0) {
            offset = 0;
        } else if (k == rowsPerSample - 1) {
            offset = d;
        } else if (k <= d) {
            offset = 0;
            swapped = k - 1;
        } else {
            offset = d;
            swapped = k - d - 1;
        }
        for (int c = 0; c < d; c++) {
            int column = c == swapped ? (c + d - offset) : (c + offset);
            u[c] = coordinate(column, gray);
        }
    }

    /** Coordinate c of the Sobol' point with the given Gray code. */
    private double coordinate(int c, long gray) {
        long[] v = direction[c];
        long x = 0;
        for (int b = 0; b < v.length; b++) {
            if ((gray >>> b & 1) != 0) {
                x ^= v[b];
            }
        }
        return x * SCALE;
    }

    /**
     * Point number {@code index} of the 2D-dimensional Sobol' sequence (for tests against Commons
     * Math), for indices below 2N.
     */
    double[] sobolPoint(long index) {
        long gray = index ^ (index >>> 1);
        double[] x = new double[direction.length];
        for (int c = 0; c < x.length; c++) {
            x[c] = coordinate(c, gray);
        }
        return x;
    }
}
