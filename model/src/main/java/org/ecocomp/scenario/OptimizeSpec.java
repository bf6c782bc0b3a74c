package org.ecocomp.scenario;

import java.util.List;
import java.util.Optional;

/**
 * What {@code ecocomp optimize} may change in a scenario and how it judges a candidate.
 *
 * @param draws Monte Carlo draws per evaluation (common random numbers)
 * @param variables the decision variables
 * @param objectives the objectives, the first being the single-objective search's
 * @param population genetic-algorithm population
 * @param generations generations
 * @param leader the Stackelberg leader's instrument, if not the first variable
 */
public record OptimizeSpec(int draws, List<Variable> variables, List<Objective> objectives, int population, int generations,
                           Optional<Leader> leader) {

    /** Checks the lists. */
    public OptimizeSpec {
        variables = List.copyOf(variables);
        objectives = List.copyOf(objectives);
        if (variables.isEmpty() || objectives.isEmpty()) {
            throw new IllegalArgumentException("an optimisation needs variables and objectives");
        }
    }

    /**
     * A number of the agreement the search may change.
     *
     * @param path its path in the scenario file
     * @param low lower bound
     * @param high upper bound
     */
    public record Variable(String path, double low, double high) {
        /** Checks the bounds. */
        public Variable {
            if (!(high > low)) {
                throw new IllegalArgumentException("high must exceed low");
            }
        }
    }

    /**
     * The Stackelberg leader's instrument, searched on a grid.
     *
     * @param path its path
     * @param low lower bound
     * @param high upper bound
     * @param steps grid points
     */
    public record Leader(String path, double low, double high, int steps) {
    }

    /** What a candidate agreement is judged by. */
    public enum Objective {
        /** The sum of every party's expected welfare (maximised). */
        JOINT_WELFARE("joint-welfare", true),
        /** The expected share of (section, month) pairs meeting Class III (maximised). */
        WATER_QUALITY("water-quality", true),
        /** The distance of the provinces' expected welfare from the Shapley split (minimised). */
        FAIRNESS("fairness", false),
        /** The probability that the upstream province is a net payer in a year (minimised). */
        UPSTREAM_RISK("upstream-risk", false),
        /** Expected central-government spending (minimised). */
        CENTRAL_BUDGET("central-budget", false);

        private final String code;
        private final boolean maximise;

        Objective(String code, boolean maximise) {
            this.code = code;
            this.maximise = maximise;
        }

        /** The name in scenario files. */
        public String code() {
            return code;
        }

        /** Whether more is better. */
        public boolean maximise() {
            return maximise;
        }

        /** The objective of a code. */
        public static Objective of(String code) {
            for (Objective o : values()) {
                if (o.code.equals(code)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown objective " + code);
        }
    }
}
