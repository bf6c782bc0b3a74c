package org.ecocomp.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.random.Seeds;

/**
 * Draws synthetic monthly monitoring samples from a {@link SyntheticSeries}.
 *
 * <p>For each section, with its processes in {@link Indicator} order {@code 1…k}: the innovations of
 * a month are {@code ε = L z}, where {@code z} holds {@code k} standard normal draws and {@code L} is
 * the lower Cholesky factor of the section's innovation correlation matrix {@code R}. The AR(1)
 * deviations start from their joint stationary distribution, {@code e(0) = sd ∘ (L₀ z)} with
 * {@code L₀} the Cholesky factor of {@code R₀ᵢⱼ = Rᵢⱼ √((1 − phiᵢ²)(1 − phiⱼ²)) / (1 − phiᵢ phiⱼ)}, and
 * continue as {@code eᵢ(t) = phiᵢ eᵢ(t−1) + sdᵢ √(1 − phiᵢ²) εᵢ(t)}. A value is
 * {@code exp(location(t) + eᵢ(t))} (for pH {@code location(t) + eᵢ(t)}), rounded to
 * {@link #decimals(Indicator)} places only when the sample is made.
 *
 * <p>Section {@code i} draws from {@code Seeds.generator(seed, i)}, so its series does not depend on
 * the other sections or on the order sections are generated in. One sample per month, at
 * {@link #DAY_OF_MONTH} 00:00. An instance is immutable and may be shared between threads.
 */
public final class SeriesGenerator {

    /** The day of the month every sample is dated, at 00:00. */
    public static final int DAY_OF_MONTH = 15;

    private final SyntheticSeries series;
    /** Per section: the Cholesky factors of the innovation and of the stationary correlation. */
    private final List<Factors> factors;

    /**
     * Prepares a generator (computes the Cholesky factors once).
     *
     * @param series the parameters
     */
    public SeriesGenerator(SyntheticSeries series) {
        this.series = series;
        this.factors = series.sections().stream().map(SeriesGenerator::factors).toList();
    }

    /** The parameters this generator draws from. */
    public SyntheticSeries series() {
        return series;
    }

    /**
     * Generates every section from a base seed.
     *
     * @param seed the base seed; section {@code i} uses {@code Seeds.generator(seed, i)}
     * @return the samples, section by section in parameter order, months in time order
     */
    public List<Sample> generate(long seed) {
        List<Sample> samples = new ArrayList<>(series.sections().size() * series.years().months());
        for (int i = 0; i < series.sections().size(); i++) {
            samples.addAll(generate(i, Seeds.generator(seed, i)));
        }
        return samples;
    }

    /**
     * Generates one section from a given random stream.
     *
     * @param sectionIndex the section's index in {@link SyntheticSeries#sections()}
     * @param random the stream; {@code k} Gaussian draws are taken per month for {@code k} processes
     * @return one sample per month, in time order
     */
    public List<Sample> generate(int sectionIndex, RandomGenerator random) {
        SectionProcess section = series.sections().get(sectionIndex);
        Factors f = factors.get(sectionIndex);
        List<IndicatorProcess> processes = section.processes();
        int k = processes.size();
        double[] e = new double[k];
        double[] z = new double[k];
        double[] eps = new double[k];
        YearRange years = series.years();
        List<Sample> samples = new ArrayList<>(years.months());
        for (int t = 0; t < years.months(); t++) {
            for (int i = 0; i < k; i++) {
                z[i] = random.nextGaussian();
            }
            multiply(t == 0 ? f.start() : f.innovation(), z, eps);
            for (int i = 0; i < k; i++) {
                IndicatorProcess p = processes.get(i);
                e[i] = t == 0 ? p.sd() * eps[i] : p.phi() * e[i] + p.innovationSd() * eps[i];
            }
            YearMonth month = years.month(t);
            Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
            for (int i = 0; i < k; i++) {
                IndicatorProcess p = processes.get(i);
                values.put(p.indicator(), round(p.indicator(), p.scale().value(p.location(month) + e[i])));
            }
            samples.add(new Sample(section.name(), LocalDateTime.of(month.getYear(), month.getMonth(), DAY_OF_MONTH, 0, 0),
                    values));
        }
        return samples;
    }

    /**
     * The decimals a generated value is rounded to, as the CNEMC real-time release displays them:
     * pH, DO, CODMn, TN 2; NH3-N, TP 3; COD, BOD5 and flow 1.
     *
     * @param indicator the indicator
     * @return the number of decimal places
     */
    public static int decimals(Indicator indicator) {
        return switch (indicator) {
            case PH, DO, CODMN, TN -> 2;
            case NH3N, TP -> 3;
            case COD, BOD5, FLOW -> 1;
        };
    }

    /**
     * A value rounded half-up to {@link #decimals(Indicator)} places, from its shortest decimal form
     * ({@link Double#toString(double)}), so 0.1225 becomes 0.123 as a reader of the digits expects.
     *
     * @param indicator the indicator
     * @param value the exact value
     * @return the rounded value
     */
    public static double round(Indicator indicator, double value) {
        return BigDecimal.valueOf(value).setScale(decimals(indicator), RoundingMode.HALF_UP).doubleValue();
    }

    private static Factors factors(SectionProcess section) {
        List<IndicatorProcess> p = section.processes();
        int k = p.size();
        double[][] innovation = new double[k][k];
        double[][] stationary = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double r = section.correlation().get(p.get(i).indicator(), p.get(j).indicator());
                double phiI = p.get(i).phi();
                double phiJ = p.get(j).phi();
                innovation[i][j] = r;
                stationary[i][j] = r * Math.sqrt((1 - phiI * phiI) * (1 - phiJ * phiJ)) / (1 - phiI * phiJ);
            }
        }
        return new Factors(cholesky(innovation), cholesky(stationary));
    }

    private static double[][] cholesky(double[][] matrix) {
        return new CholeskyDecomposition(new Array2DRowRealMatrix(matrix, false)).getL().getData();
    }

    /** {@code out = lower · z} for a lower-triangular matrix. */
    private static void multiply(double[][] lower, double[] z, double[] out) {
        for (int i = 0; i < z.length; i++) {
            double sum = 0;
            for (int j = 0; j <= i; j++) {
                sum += lower[i][j] * z[j];
            }
            out[i] = sum;
        }
    }

    /** The Cholesky factors of one section (lower triangular, row-major). */
    private record Factors(double[][] innovation, double[][] start) {
    }
}
