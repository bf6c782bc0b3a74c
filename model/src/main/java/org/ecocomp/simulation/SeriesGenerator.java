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
 * {@link #DAY_OF_MONTH} 00:00. The arithmetic is {@link SectionKernel}'s, on primitive arrays; a
 * Monte Carlo loop can use {@link #kernel(int)} (or {@link SectionProcess#kernel}) directly for the
 * unrounded values. An instance is immutable and may be shared between threads.
 */
public final class SeriesGenerator {

    /** The day of the month every sample is dated, at 00:00. */
    public static final int DAY_OF_MONTH = 15;

    private final SyntheticSeries series;
    /** Per section: its draw kernel over the series' years. */
    private final List<SectionKernel> kernels;

    /**
     * Prepares a generator (computes each section's kernel, with its Cholesky factors, once).
     *
     * @param series the parameters
     */
    public SeriesGenerator(SyntheticSeries series) {
        this.series = series;
        this.kernels = series.sections().stream().map(s -> s.kernel(series.years())).toList();
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
        SectionKernel kernel = kernels.get(sectionIndex);
        List<Indicator> indicators = kernel.indicators();
        int k = indicators.size();
        int months = kernel.months();
        double[][] values = new double[k][months];
        kernel.fill(random, values);
        List<Sample> samples = new ArrayList<>(months);
        for (int t = 0; t < months; t++) {
            YearMonth month = kernel.first().plusMonths(t);
            Map<Indicator, Double> rounded = new EnumMap<>(Indicator.class);
            for (int i = 0; i < k; i++) {
                rounded.put(indicators.get(i), round(indicators.get(i), values[i][t]));
            }
            samples.add(new Sample(kernel.section(),
                    LocalDateTime.of(month.getYear(), month.getMonth(), DAY_OF_MONTH, 0, 0), rounded));
        }
        return samples;
    }

    /**
     * The draw kernel of a section over the series' years, which {@link #generate(int, RandomGenerator)}
     * rounds into samples: {@code kernel(i).fill(random, out)} takes the same draws and gives the
     * unrounded values.
     *
     * @param sectionIndex the section's index in {@link SyntheticSeries#sections()}
     * @return the kernel
     */
    public SectionKernel kernel(int sectionIndex) {
        return kernels.get(sectionIndex);
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
}
