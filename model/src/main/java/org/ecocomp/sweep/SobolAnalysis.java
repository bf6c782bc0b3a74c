package org.ecocomp.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;

/**
 * Variance-based (Sobol') sensitivity indices from the outputs of a {@link SaltelliDesign}.
 *
 * <p>With f(A)_j, f(B)_j, f(A_B^(i))_j, f(B_A^(i))_j the outputs of base sample j (j = 1..N) and
 * V the variance of the 2N outputs of A and B:
 * <ul>
 * <li>first order (Saltelli et al. 2010, Table 2 (b)):
 *     S_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j) / V;</li>
 * <li>total order (Jansen 1999, as in Saltelli et al. 2010, Table 2 (f)):
 *     ST_i = (1/(2N)) Σ_j (f(A)_j − f(A_B^(i))_j)² / V;</li>
 * <li>second order (Saltelli 2002, Theorem 1 for the closed index of a pair): B_A^(i) and
 *     A_B^(k) share exactly x_i (from A) and x_k (from B), so
 *     (1/N) Σ_j f(B_A^(i))_j f(A_B^(k))_j − (1/N) Σ_j f(A)_j f(B)_j estimates the closed variance
 *     V_ik^c = V_i + V_k + V_ik, and S_ik = V_ik^c / V − S_i − S_k.</li>
 * </ul>
 * Before estimating, the outputs are centred on the mean of the outputs of A and B; the indices
 * are invariant to the shift, and the estimators' variance shrinks when the mean is large against
 * the spread (Sobol' 2001, "Global sensitivity indices for nonlinear mathematical models and their
 * Monte Carlo estimates", Math. Comput. Simul. 55:271–280).
 *
 * <p>Intervals are percentile bootstrap intervals ({@link Bootstrap}) over the N base samples: a
 * resample draws N base samples with replacement, keeping each sample's A, B, A_B and B_A rows
 * together, and recomputes V and every index. Bootstrapping quasi-random points treats them as
 * independent, which overstates their error: the intervals are conservative.
 *
 * <p><b>Warnings.</b> The result lists, as sentences: N below {@value #RECOMMENDED_BASE_SAMPLES}
 * (2^10), the rule used here for indices worth reading without their intervals; every negative
 * index, saying whether its interval contains 0 (estimation noise around a null index: read it as
 * 0) or not (the estimate is unreliable at this N); an output that does not vary (indices
 * undefined, reported as NaN); bootstrap resamples whose outputs did not vary (left out).
 */
public final class SobolAnalysis {

    /** The N below which a warning is given: 2^10. */
    public static final int RECOMMENDED_BASE_SAMPLES = 1 << 10;

    private SobolAnalysis() {
    }

    /**
     * Sobol' indices of a model with 1000-resample 95% bootstrap intervals, evaluating the model
     * on the calling thread.
     *
     * @param parameters the model's inputs, in the order of the array the model takes
     * @param baseSamples N, a power of two
     * @param secondOrder whether to estimate second-order indices (N(2D + 2) model runs instead of N(D + 2))
     * @param model the model, a function of the parameter vector
     * @param rng the generator of the bootstrap (one {@code nextLong} is taken)
     * @return the indices
     */
    public static SobolIndices run(List<Parameter> parameters, int baseSamples, boolean secondOrder,
                                   ToDoubleFunction<double[]> model, RandomGenerator rng) {
        return run(parameters, baseSamples, secondOrder, model, Bootstrap.DEFAULT, rng);
    }

    /**
     * Sobol' indices of a model, evaluating the model on the calling thread.
     *
     * @param parameters the model's inputs, in the order of the array the model takes
     * @param baseSamples N, a power of two
     * @param secondOrder whether to estimate second-order indices
     * @param model the model, a function of the parameter vector
     * @param bootstrap how to compute the intervals
     * @param rng the generator of the bootstrap (one {@code nextLong} is taken)
     * @return the indices
     */
    public static SobolIndices run(List<Parameter> parameters, int baseSamples, boolean secondOrder,
                                   ToDoubleFunction<double[]> model, Bootstrap bootstrap, RandomGenerator rng) {
        SaltelliDesign design = new SaltelliDesign(parameters, baseSamples, secondOrder);
        return analyze(design, design.evaluate(model), bootstrap, rng);
    }

    /**
     * Sobol' indices from outputs already computed.
     *
     * @param design the design the outputs come from
     * @param outputs one finite output per row, in row order
     * @param bootstrap how to compute the intervals
     * @param rng the generator of the bootstrap (one {@code nextLong} is taken, even for no resamples)
     * @return the indices
     * @throws BadDesignException if there is not one finite output per row
     */
    public static SobolIndices analyze(SaltelliDesign design, double[] outputs, Bootstrap bootstrap,
                                       RandomGenerator rng) {
        Rows.checkOutputs(design, outputs);
        long bootstrapSeed = rng.nextLong();
        Columns columns = Columns.of(design, outputs);
        int n = columns.n;
        int d = columns.d;
        int pairs = design.secondOrder() ? d * (d - 1) / 2 : 0;
        List<String> names = design.parameters().stream().map(Parameter::name).toList();
        List<String> warnings = new ArrayList<>();
        if (n < RECOMMENDED_BASE_SAMPLES) {
            warnings.add("N = " + n + " base samples is below 2^10 = " + RECOMMENDED_BASE_SAMPLES
                    + ", the size used here for reliable Sobol' indices: read each index with its interval,"
                    + " or increase N");
        }

        double[] s1 = new double[d];
        double[] st = new double[d];
        double[] s2 = new double[pairs];
        double variance = columns.estimate(null, s1, st, s2);
        if (variance == 0) {
            warnings.add("the output does not vary over the design (variance 0): Sobol' indices are undefined");
        }

        double[][] s1Boot = new double[d][bootstrap.resamples()];
        double[][] stBoot = new double[d][bootstrap.resamples()];
        double[][] s2Boot = new double[pairs][bootstrap.resamples()];
        if (variance > 0 && bootstrap.resamples() > 0) {
            int[] counts = new int[n];
            double[] bs1 = new double[d];
            double[] bst = new double[d];
            double[] bs2 = new double[pairs];
            int degenerate = 0;
            for (int b = 0; b < bootstrap.resamples(); b++) {
                RandomGenerator g = Seeds.generator(bootstrapSeed, b);
                Arrays.fill(counts, 0);
                for (int j = 0; j < n; j++) {
                    counts[g.nextInt(n)]++;
                }
                if (columns.estimate(counts, bs1, bst, bs2) == 0) {
                    degenerate++;
                }
                for (int i = 0; i < d; i++) {
                    s1Boot[i][b] = bs1[i];
                    stBoot[i][b] = bst[i];
                }
                for (int p = 0; p < pairs; p++) {
                    s2Boot[p][b] = bs2[p];
                }
            }
            if (degenerate > 0) {
                warnings.add(degenerate + " of " + bootstrap.resamples() + " bootstrap resamples had an output"
                        + " that does not vary and were left out of the intervals");
            }
        }
        boolean withIntervals = variance > 0 && bootstrap.resamples() > 0;

        List<Estimate> first = new ArrayList<>(d);
        List<Estimate> total = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            first.add(withIntervals ? bootstrap.interval(s1[i], s1Boot[i]) : Estimate.of(s1[i]));
            total.add(withIntervals ? bootstrap.interval(st[i], stBoot[i]) : Estimate.of(st[i]));
        }
        List<SobolIndices.SecondOrderIndex> second = new ArrayList<>(pairs);
        for (int i = 0, p = 0; i < d && pairs > 0; i++) {
            for (int k = i + 1; k < d; k++, p++) {
                Estimate e = withIntervals ? bootstrap.interval(s2[p], s2Boot[p]) : Estimate.of(s2[p]);
                second.add(new SobolIndices.SecondOrderIndex(i, k, e));
            }
        }
        if (variance > 0) {
            for (int i = 0; i < d; i++) {
                flagNegative("S1 of " + names.get(i), first.get(i), bootstrap, warnings);
            }
            for (int i = 0; i < d; i++) {
                flagNegative("ST of " + names.get(i), total.get(i), bootstrap, warnings);
            }
            for (SobolIndices.SecondOrderIndex s : second) {
                flagNegative("S2 of " + names.get(s.first()) + " and " + names.get(s.second()), s.estimate(),
                        bootstrap, warnings);
            }
        }
        return new SobolIndices(names, n, variance, first, total, second, bootstrap, warnings);
    }

    /** Adds a warning for a negative index, saying whether its interval contains 0. */
    static void flagNegative(String what, Estimate e, Bootstrap bootstrap, List<String> warnings) {
        if (!(e.value() < 0)) {
            return;
        }
        String head = what + " is " + format(e.value()) + ", negative";
        if (!e.hasInterval()) {
            warnings.add(head + "; without a bootstrap interval it cannot be told apart from 0");
        } else if (e.spansZero()) {
            warnings.add(head + ", but its " + bootstrap.percent() + " interval [" + format(e.lower()) + ", "
                    + format(e.upper()) + "] contains 0: read it as 0 (estimation noise)");
        } else {
            warnings.add(head + ", and its " + bootstrap.percent() + " interval [" + format(e.lower()) + ", "
                    + format(e.upper()) + "] excludes 0: the estimate is unreliable at this sample size");
        }
    }

    static String format(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }

    /** The outputs rearranged by matrix, centred on the mean of A and B. */
    private static final class Columns {
        final int n;
        final int d;
        final double[] a;
        final double[] b;
        final double[][] ab;
        final double[][] ba;

        private Columns(int n, int d, boolean secondOrder) {
            this.n = n;
            this.d = d;
            this.a = new double[n];
            this.b = new double[n];
            this.ab = new double[d][n];
            this.ba = secondOrder ? new double[d][n] : null;
        }

        static Columns of(SaltelliDesign design, double[] y) {
            int n = design.baseSamples();
            int d = design.dimension();
            Columns c = new Columns(n, d, design.secondOrder());
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += y[(int) design.rowOfA(j)] + y[(int) design.rowOfB(j)];
            }
            double mean = sum / (2.0 * n);
            for (int j = 0; j < n; j++) {
                c.a[j] = y[(int) design.rowOfA(j)] - mean;
                c.b[j] = y[(int) design.rowOfB(j)] - mean;
                for (int i = 0; i < d; i++) {
                    c.ab[i][j] = y[(int) design.rowOfAB(j, i)] - mean;
                    if (c.ba != null) {
                        c.ba[i][j] = y[(int) design.rowOfBA(j, i)] - mean;
                    }
                }
            }
            return c;
        }

        /**
         * Estimates every index on a resample of the base samples, given as the number of times
         * each base sample is drawn (each once when {@code counts} is null). Sums run over the base
         * samples in order, weighted by their counts.
         *
         * @return the variance of the outputs of A and B; the indices are NaN when it is 0
         */
        double estimate(int[] counts, double[] s1, double[] st, double[] s2) {
            double sum = 0;
            for (int m = 0; m < n; m++) {
                int w = counts == null ? 1 : counts[m];
                sum += w * (a[m] + b[m]);
            }
            double mean = sum / (2.0 * n);
            double squares = 0;
            double ab0 = 0;
            for (int m = 0; m < n; m++) {
                int w = counts == null ? 1 : counts[m];
                double da = a[m] - mean;
                double db = b[m] - mean;
                squares += w * (da * da + db * db);
                ab0 += w * a[m] * b[m];
            }
            double variance = squares / (2.0 * n);
            if (variance == 0) {
                Arrays.fill(s1, Double.NaN);
                Arrays.fill(st, Double.NaN);
                Arrays.fill(s2, Double.NaN);
                return 0;
            }
            for (int i = 0; i < d; i++) {
                double[] abi = ab[i];
                double first = 0;
                double total = 0;
                for (int m = 0; m < n; m++) {
                    int w = counts == null ? 1 : counts[m];
                    first += w * b[m] * (abi[m] - a[m]);
                    double diff = a[m] - abi[m];
                    total += w * diff * diff;
                }
                s1[i] = first / n / variance;
                st[i] = total / (2.0 * n) / variance;
            }
            for (int i = 0, p = 0; i < d && s2.length > 0; i++) {
                double[] bai = ba[i];
                for (int k = i + 1; k < d; k++, p++) {
                    double[] abk = ab[k];
                    double closed = 0;
                    for (int m = 0; m < n; m++) {
                        int w = counts == null ? 1 : counts[m];
                        closed += w * bai[m] * abk[m];
                    }
                    s2[p] = (closed - ab0) / n / variance - s1[i] - s1[k];
                }
            }
            return variance;
        }
    }
}
