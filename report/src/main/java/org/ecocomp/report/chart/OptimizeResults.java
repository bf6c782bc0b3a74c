package org.ecocomp.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecocomp.game.evolution.PhasePortrait;
import org.ecocomp.optimize.Evaluation;
import org.ecocomp.optimize.GenerationStatistics;
import org.ecocomp.optimize.Objective;
import org.ecocomp.optimize.ParetoPoint;
import org.ecocomp.scenario.Splits;

/**
 * What {@link OptimizeCharts} draws: the results the {@code optimize} command already has. Only the
 * splits are always there; a mechanism design and the replicator dynamics are optional, and every
 * chart is drawn only from what is given.
 *
 * @param players the game's players (party codes), upstream first, in the order of every split's amounts
 * @param splits the rules' splits, as {@link Splits#of} gives them (welfare rules, then cost rules)
 * @param objectives the mechanism design's objectives; the first is the one the genetic search optimises
 * @param history the genetic search's statistics per generation; empty without a design
 * @param front the NSGA-II Pareto front; empty without a design
 * @param current the current agreement's evaluation, marked on the front
 * @param phasePortrait the replicator dynamics' trajectories and equilibria
 */
public record OptimizeResults(List<String> players, List<Splits.Split> splits, List<Objective> objectives,
                              List<GenerationStatistics> history, List<ParetoPoint> front, Optional<Evaluation> current,
                              Optional<PhasePortrait> phasePortrait) {

    /**
     * Copies the lists and checks that the splits have one amount per player and that the points have
     * one value per objective.
     */
    public OptimizeResults {
        players = List.copyOf(players);
        splits = List.copyOf(splits);
        objectives = List.copyOf(objectives);
        history = List.copyOf(history);
        front = List.copyOf(front);
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(phasePortrait, "phasePortrait");
        for (Splits.Split split : splits) {
            if (split.amounts().length != players.size()) {
                throw new IllegalArgumentException("the split of " + split.rule() + " has " + split.amounts().length
                        + " amounts for " + players.size() + " players");
            }
        }
        if (!objectives.isEmpty()) {
            for (ParetoPoint point : front) {
                requireObjectives(point.evaluation(), objectives.size());
            }
            if (current.isPresent()) {
                requireObjectives(current.get(), objectives.size());
            }
        }
    }

    private static void requireObjectives(Evaluation evaluation, int count) {
        if (evaluation.objectiveCount() != count) {
            throw new IllegalArgumentException("an evaluation has " + evaluation.objectiveCount() + " objective values for "
                    + count + " objectives");
        }
    }

    /**
     * The splits alone, without a mechanism design or replicator dynamics.
     *
     * @param players the players, upstream first
     * @param splits the rules' splits
     * @return the results
     */
    public static OptimizeResults of(List<String> players, List<Splits.Split> splits) {
        return new OptimizeResults(players, splits, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * These results with a mechanism design.
     *
     * @param objectives the objectives, the optimised one first
     * @param history the genetic search's statistics per generation
     * @param front the Pareto front
     * @param current the current agreement's evaluation
     * @return the results with the design
     */
    public OptimizeResults withDesign(List<Objective> objectives, List<GenerationStatistics> history, List<ParetoPoint> front,
                                      Evaluation current) {
        return new OptimizeResults(players, splits, objectives, history, front, Optional.of(current), phasePortrait);
    }

    /**
     * These results with the replicator dynamics' phase portrait.
     *
     * @param portrait the trajectories and equilibria
     * @return the results with the portrait
     */
    public OptimizeResults withPhasePortrait(PhasePortrait portrait) {
        return new OptimizeResults(players, splits, objectives, history, front, current, Optional.of(portrait));
    }
}
