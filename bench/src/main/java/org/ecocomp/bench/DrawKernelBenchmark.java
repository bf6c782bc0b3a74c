package org.ecocomp.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.random.Seeds;
import org.ecocomp.simulation.Correlation;
import org.ecocomp.simulation.IndicatorProcess;
import org.ecocomp.simulation.MedianPath;
import org.ecocomp.simulation.SectionKernel;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.Seasonality;
import org.ecocomp.simulation.SeriesGenerator;
import org.ecocomp.simulation.SyntheticSeries;
import org.ecocomp.simulation.YearRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The draw kernel of the Monte Carlo engine on the benchmark scenario
 * ({@code scenarios/benchmarks/index-bet-mc.yaml}): one section, four indicators (CODMn, NH3-N, TP,
 * TN) with correlated innovations, ten years of monthly samples (2026–2035, 120 months), so one draw
 * is 480 samples. Every score is in <b>samples per second</b> (summed over the threads with
 * {@code -t N}): {@link OperationsPerInvocation} counts each invocation as its 480 samples.
 *
 * <ul>
 *   <li>{@link #kernel()}: {@link SectionKernel#fill}, the unrounded values the engine uses;
 *   <li>{@link #samples()}: {@link SeriesGenerator#generate(int, RandomGenerator)}, the same draws
 *       rounded into {@link Sample} objects, as {@code ecocomp generate} writes them;
 *   <li>{@link #gaussians()}: the 480 {@code nextGaussian()} draws alone, the floor of the kernel.
 * </ul>
 *
 * <p>Each thread has its own random stream ({@code Seeds.generator(seed, thread)}) and output array
 * and shares the immutable kernel, as the engine's workers do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class DrawKernelBenchmark {

    /** Months per draw: ten years. */
    static final int MONTHS = 120;
    /** Indicators per section. */
    static final int INDICATORS = 4;
    /** Samples per draw, the operations of one invocation. */
    static final int SAMPLES = MONTHS * INDICATORS;

    /** The projection years of the benchmark scenario. */
    static final YearRange YEARS = new YearRange(2026, 2035);

    /**
     * The section of the Monte Carlo benchmark scenario, {@code scenarios/benchmarks/index-bet.params.yaml}
     * (基准断面), written out here so that the benchmark reads no file: keep the two the same.
     */
    static SectionProcess section() {
        return new SectionProcess("基准断面", List.of(
                new IndicatorProcess(Indicator.CODMN, new MedianPath.Constant(2.8), 0.25, 0.5, new Seasonality(0.1, 7)),
                new IndicatorProcess(Indicator.NH3N, new MedianPath.Constant(0.25), 0.4, 0.4, new Seasonality(0.3, 1)),
                new IndicatorProcess(Indicator.TP, new MedianPath.Constant(0.06), 0.35, 0.4, new Seasonality(0.25, 6)),
                new IndicatorProcess(Indicator.TN, new MedianPath.Constant(1.3), 0.25, 0.6, new Seasonality(0.15, 2))),
                new Correlation(List.of(Indicator.CODMN, Indicator.NH3N, Indicator.TP, Indicator.TN), List.of(
                        List.of(1.0, 0.3, 0.4, 0.2),
                        List.of(0.3, 1.0, 0.3, 0.4),
                        List.of(0.4, 0.3, 1.0, 0.3),
                        List.of(0.2, 0.4, 0.3, 1.0))));
    }

    private SectionKernel kernel;
    private SeriesGenerator generator;
    private RandomGenerator random;
    private double[][] out;

    /**
     * Builds the shared model and this thread's stream and output.
     *
     * @param thread which benchmark thread this is
     */
    @Setup
    public void setUp(ThreadParams thread) {
        SectionProcess section = section();
        kernel = section.kernel(YEARS);
        generator = new SeriesGenerator(new SyntheticSeries(YEARS, List.of(section)));
        random = Seeds.generator(20260101L, thread.getThreadIndex());
        out = new double[INDICATORS][MONTHS];
        if (kernel.indicators().size() != INDICATORS || kernel.months() != MONTHS) {
            throw new IllegalStateException("the benchmark section is not 4 indicators × 120 months");
        }
    }

    /**
     * One draw of the kernel.
     *
     * @return the filled array (returned so that the work is not dead code)
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double[][] kernel() {
        kernel.fill(random, out);
        return out;
    }

    /**
     * One draw through the sample-making path (rounding, boxing, {@link Sample} records).
     *
     * @return the samples
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public List<Sample> samples() {
        return generator.generate(0, random);
    }

    /**
     * The Gaussian draws of one kernel draw, nothing else.
     *
     * @return their sum
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double gaussians() {
        double sum = 0;
        for (int n = 0; n < SAMPLES; n++) {
            sum += random.nextGaussian();
        }
        return sum;
    }
}
