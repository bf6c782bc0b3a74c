package org.ecocomp.simulation;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.ecocomp.quality.Indicator;

/**
 * The draw kernel of one section over a fixed run of months: the model of {@link SeriesGenerator}
 * on primitive arrays, for Monte Carlo loops that draw many series.
 *
 * <p>Everything that does not depend on the random draws is computed once, when the kernel is made:
 * the location {@code ℓᵢ(t) + sᵢ(m(t))} of every indicator and month, the AR(1) coefficients, and
 * the Cholesky factors of the innovation correlation and of the stationary start, as packed
 * lower-triangular arrays. {@link #fill(RandomGenerator, double[][])} then draws one series without
 * allocating in its loop: per month {@code k} {@link RandomGenerator#nextGaussian()} draws, one per
 * indicator in {@link #indicators()} order, exactly the draws and the arithmetic of
 * {@link SeriesGenerator#generate(int, RandomGenerator)}, which uses this kernel. Its values are
 * therefore those of the generated samples before rounding.
 *
 * <p>Immutable and safe to share between threads; each thread brings its own random stream and its
 * own output array.
 */
public final class SectionKernel {

    private final String section;
    private final List<Indicator> indicators;
    private final YearMonth first;
    private final int months;
    private final int k;
    /** Per indicator: the location of every month on its scale, {@code ℓᵢ(t) + sᵢ(m(t))}. */
    private final double[][] location;
    /** Per indicator: whether values are {@code exp} of the scale (everything but pH). */
    private final boolean[] log;
    private final double[] sd;
    private final double[] phi;
    private final double[] innovationSd;
    /** The Cholesky factor of the innovation correlation, lower triangle packed row by row. */
    private final double[] innovation;
    /** The Cholesky factor of the stationary correlation of {@code e(0)}, packed the same way. */
    private final double[] start;

    SectionKernel(SectionProcess process, YearMonth first, int months) {
        Objects.requireNonNull(process, "process");
        this.first = Objects.requireNonNull(first, "first");
        if (months < 1) {
            throw new IllegalArgumentException("a kernel draws at least one month, was " + months);
        }
        this.section = process.name();
        this.months = months;
        List<IndicatorProcess> processes = process.processes();
        this.indicators = processes.stream().map(IndicatorProcess::indicator).toList();
        this.k = processes.size();
        this.location = new double[k][months];
        this.log = new boolean[k];
        this.sd = new double[k];
        this.phi = new double[k];
        this.innovationSd = new double[k];
        for (int i = 0; i < k; i++) {
            IndicatorProcess p = processes.get(i);
            log[i] = p.scale() == Scale.LOG;
            sd[i] = p.sd();
            phi[i] = p.phi();
            innovationSd[i] = p.innovationSd();
            for (int t = 0; t < months; t++) {
                location[i][t] = p.location(first.plusMonths(t));
            }
        }
        double[][] innovationMatrix = new double[k][k];
        double[][] stationaryMatrix = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double r = process.correlation().get(processes.get(i).indicator(), processes.get(j).indicator());
                double phiI = phi[i];
                double phiJ = phi[j];
                innovationMatrix[i][j] = r;
                stationaryMatrix[i][j] = r * Math.sqrt((1 - phiI * phiI) * (1 - phiJ * phiJ)) / (1 - phiI * phiJ);
            }
        }
        this.innovation = packedCholesky(innovationMatrix);
        this.start = packedCholesky(stationaryMatrix);
    }

    /** The section's name. */
    public String section() {
        return section;
    }

    /** The indicators (flow included), in the order of the rows {@link #fill} writes: {@link Indicator} order. */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** The month of column 0. */
    public YearMonth first() {
        return first;
    }

    /** The number of months drawn, the columns {@link #fill} writes. */
    public int months() {
        return months;
    }

    /**
     * Draws one series: {@code out[i][t]} becomes the value of indicator {@code indicators().get(i)} in
     * month {@code first().plusMonths(t)}, in its canonical unit, unrounded. Takes
     * {@code indicators().size() · months()} Gaussian draws from {@code random}, month by month.
     *
     * @param random the stream to draw from
     * @param out at least {@code indicators().size()} rows of at least {@code months()} entries; only
     *     the first {@code months()} entries of the first {@code indicators().size()} rows are written
     * @throws IllegalArgumentException when {@code out} is too small (checked before any draw)
     */
    public void fill(RandomGenerator random, double[][] out) {
        if (out.length < k) {
            throw new IllegalArgumentException("out has " + out.length + " rows; the kernel writes " + k);
        }
        for (int i = 0; i < k; i++) {
            if (out[i].length < months) {
                throw new IllegalArgumentException("row " + i + " of out has " + out[i].length
                        + " entries; the kernel writes " + months);
            }
        }
        double[] e = new double[k];
        double[] z = new double[k];
        // Month 0: e(0) = sd ∘ (L₀ z), from the stationary distribution.
        for (int i = 0; i < k; i++) {
            z[i] = random.nextGaussian();
        }
        for (int i = 0; i < k; i++) {
            int row = i * (i + 1) / 2;
            double sum = 0;
            for (int j = 0; j <= i; j++) {
                sum += start[row + j] * z[j];
            }
            e[i] = sd[i] * sum;
            out[i][0] = location[i][0] + e[i];
        }
        // Months 1…: e(t) = phi ∘ e(t−1) + innovationSd ∘ (L z).
        for (int t = 1; t < months; t++) {
            for (int i = 0; i < k; i++) {
                z[i] = random.nextGaussian();
            }
            for (int i = 0; i < k; i++) {
                int row = i * (i + 1) / 2;
                double sum = 0;
                for (int j = 0; j <= i; j++) {
                    sum += innovation[row + j] * z[j];
                }
                double next = phi[i] * e[i] + innovationSd[i] * sum;
                e[i] = next;
                out[i][t] = location[i][t] + next;
            }
        }
        // Back from the scale: exp for log-normal quantities (pH stays as it is).
        for (int i = 0; i < k; i++) {
            if (log[i]) {
                double[] row = out[i];
                for (int t = 0; t < months; t++) {
                    row[t] = Math.exp(row[t]);
                }
            }
        }
    }

    private static double[] packedCholesky(double[][] matrix) {
        double[][] lower = new CholeskyDecomposition(new Array2DRowRealMatrix(matrix, false)).getL().getData();
        int n = matrix.length;
        double[] packed = new double[n * (n + 1) / 2];
        for (int i = 0; i < n; i++) {
            System.arraycopy(lower[i], 0, packed, i * (i + 1) / 2, i + 1);
        }
        return packed;
    }
}
