package org.ecocomp.game.evolution;

import java.util.Arrays;

/**
 * A solution of the replicator dynamics sampled at fixed times: at time {@code t[i]} a share
 * {@code x[i]} of the upstream population protects and a share {@code y[i]} of the downstream
 * population compensates. Time is in 1/(payoff unit), see {@link PayoffMatrix#scaled(double)}.
 *
 * <p>The arrays are copied in and out, so a trajectory cannot change; use {@link #t(int)},
 * {@link #x(int)} and {@link #y(int)} to read single samples without copying.
 *
 * @param t sample times, strictly increasing, the first being 0
 * @param x upstream shares protecting, in [0, 1]
 * @param y downstream shares compensating, in [0, 1]
 */
public record Trajectory(double[] t, double[] x, double[] y) {

    /** Copies the arrays and checks their lengths, the times and the shares. */
    public Trajectory {
        t = t.clone();
        x = x.clone();
        y = y.clone();
        if (t.length == 0 || t.length != x.length || t.length != y.length) {
            throw new IllegalArgumentException("t, x and y need the same positive length, got "
                    + t.length + ", " + x.length + ", " + y.length);
        }
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i]) || (i > 0 && !(t[i] > t[i - 1]))) {
                throw new IllegalArgumentException("times must be finite and strictly increasing, at index " + i + ": " + t[i]);
            }
            if (!(x[i] >= 0 && x[i] <= 1 && y[i] >= 0 && y[i] <= 1)) {
                throw new IllegalArgumentException("shares lie in [0, 1], at index " + i + ": (" + x[i] + ", " + y[i] + ")");
            }
        }
    }

    /**
     * The sample times.
     *
     * @return a copy of the times
     */
    @Override
    public double[] t() {
        return t.clone();
    }

    /**
     * The upstream shares protecting.
     *
     * @return a copy of x
     */
    @Override
    public double[] x() {
        return x.clone();
    }

    /**
     * The downstream shares compensating.
     *
     * @return a copy of y
     */
    @Override
    public double[] y() {
        return y.clone();
    }

    /**
     * The number of samples.
     *
     * @return the length of each array
     */
    public int size() {
        return t.length;
    }

    /**
     * One sample time.
     *
     * @param i sample index
     * @return t[i]
     */
    public double t(int i) {
        return t[i];
    }

    /**
     * One upstream share.
     *
     * @param i sample index
     * @return x[i]
     */
    public double x(int i) {
        return x[i];
    }

    /**
     * One downstream share.
     *
     * @param i sample index
     * @return y[i]
     */
    public double y(int i) {
        return y[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trajectory other
                && Arrays.equals(t, other.t) && Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(t) + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        int n = t.length - 1;
        return "Trajectory[" + t.length + " samples, (" + x[0] + ", " + y[0] + ") at t=" + t[0]
                + " to (" + x[n] + ", " + y[n] + ") at t=" + t[n] + "]";
    }
}
