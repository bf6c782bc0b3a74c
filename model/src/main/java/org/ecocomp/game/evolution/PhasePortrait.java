package org.ecocomp.game.evolution;

import java.util.List;

/**
 * The data of a phase-portrait chart: trajectories from a grid of starting points in the open unit
 * square and the equilibria with their stability.
 *
 * @param trajectories one per starting point, ordered by starting x, then starting y
 * @param equilibria the equilibria of {@link ReplicatorDynamics#equilibria()}
 */
public record PhasePortrait(List<Trajectory> trajectories, List<Equilibrium> equilibria) {

    /** Copies the lists. */
    public PhasePortrait {
        trajectories = List.copyOf(trajectories);
        equilibria = List.copyOf(equilibria);
    }
}
