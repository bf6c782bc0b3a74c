package org.ecocomp.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;

/**
 * A sweep as its file describes it: what is evaluated (a scenario, or a reference function), the
 * parameters and their distributions, the design, the outputs, and the seed.
 *
 * @param title a title for reports
 * @param target the scenario or function evaluated at each point
 * @param design the design of the points
 * @param seed the base seed (design randomness, per-point Monte Carlo seeds, bootstrap)
 * @param parameters the swept parameters, in design order
 * @param outputs the output names
 * @param monteCarlo for a scenario: whether each point is a Monte Carlo projection (else a replay)
 * @param draws Monte Carlo draws per point
 */
public record SweepSpec(String title, Target target, DesignSpec design, long seed, List<SweepParameter> parameters,
                        List<String> outputs, boolean monteCarlo, int draws) {

    /** Stream index of the design's randomness: the design is drawn from {@code Seeds.generator(seed, DESIGN_STREAM)}. */
    public static final long DESIGN_STREAM = 1;

    /** Checks the lists. */
    public SweepSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(design, "design");
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
        if (parameters.isEmpty() || outputs.isEmpty() || draws < 1) {
            throw new IllegalArgumentException("a sweep needs parameters, outputs and at least one draw");
        }
    }

    /** The parameters as the design sees them. */
    public List<Parameter> designParameters() {
        return parameters.stream().map(SweepParameter::parameter).toList();
    }

    /**
     * The design of this sweep's points, its randomness drawn from (seed, {@link #DESIGN_STREAM}):
     * the same sweep always gets the same points. Building is cheap (rows are computed on demand).
     *
     * @return the design
     * @throws BadDesignException when the design does not fit the parameters (a Morris level count,
     *     a grid of more than 2^63 - 1 rows, duplicate names, ...)
     */
    public Design buildDesign() {
        return design.build(designParameters(), Seeds.generator(seed, DESIGN_STREAM));
    }

    /** What a sweep evaluates. */
    public sealed interface Target {
        /** @param file the scenario file */
        record ScenarioTarget(Path file) implements Target {
        }

        /** @param function a reference function (Ishigami, Sobol G) standing in for a scenario */
        record FunctionTarget(ReferenceFunction function) implements Target {
        }
    }

    /**
     * A swept parameter.
     *
     * @param parameter its name and distribution
     * @param path where it goes in the scenario (empty for a function's argument)
     */
    public record SweepParameter(Parameter parameter, Optional<String> path) {
    }

    /** How the points are laid out. */
    public sealed interface DesignSpec {

        /** The design over some parameters; randomness from the generator. */
        Design build(List<Parameter> parameters, RandomGenerator random);

        /** The analysis method name written to sensitivity.csv. */
        String method();

        /** @param levels levels per parameter */
        record Grid(int levels) implements DesignSpec {
            @Override
            public Design build(List<Parameter> parameters, RandomGenerator random) {
                return GridDesign.of(parameters, levels);
            }

            @Override
            public String method() {
                return "grid";
            }
        }

        /** @param size points */
        record RandomSample(long size) implements DesignSpec {
            @Override
            public Design build(List<Parameter> parameters, RandomGenerator random) {
                return new RandomDesign(parameters, size, random);
            }

            @Override
            public String method() {
                return "random";
            }
        }

        /** @param size points */
        record LatinHypercube(long size) implements DesignSpec {
            @Override
            public Design build(List<Parameter> parameters, RandomGenerator random) {
                return new LatinHypercubeDesign(parameters, size, random);
            }

            @Override
            public String method() {
                return "lhs";
            }
        }

        /**
         * @param baseSamples N, a power of two
         * @param secondOrder whether second-order indices are estimated
         * @param bootstrap bootstrap resamples for the intervals
         */
        record Saltelli(int baseSamples, boolean secondOrder, int bootstrap) implements DesignSpec {
            @Override
            public Design build(List<Parameter> parameters, RandomGenerator random) {
                return new SaltelliDesign(parameters, baseSamples, secondOrder);
            }

            @Override
            public String method() {
                return "sobol";
            }
        }

        /**
         * @param trajectories r
         * @param levels p
         * @param bootstrap bootstrap resamples for the mu* intervals
         */
        record Morris(int trajectories, int levels, int bootstrap) implements DesignSpec {
            @Override
            public Design build(List<Parameter> parameters, RandomGenerator random) {
                return new MorrisDesign(parameters, trajectories, levels, random);
            }

            @Override
            public String method() {
                return "morris";
            }
        }

        /** @param percent ± percent around each parameter's median */
        record OneAtATime(double percent) implements DesignSpec {
            @Override
            public Design build(List<Parameter> parameters, RandomGenerator random) {
                return TornadoDesign.aroundMedians(parameters, percent);
            }

            @Override
            public String method() {
                return "tornado";
            }
        }
    }
}
