package org.ecocomp.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecocomp.basin.ChainLink;
import org.ecocomp.quality.Indicator;
import org.ecocomp.simulation.YearRange;

/**
 * How a scenario is run: a replay of its monitoring data, or a Monte Carlo projection.
 *
 * @param mode replay or Monte Carlo
 * @param draws Monte Carlo draws
 * @param seed the base seed
 * @param years projection years, if not the agreement's
 * @param quality the parameter file of the stochastic water-quality model (Monte Carlo)
 * @param baseline if present, the month whose medians the projection holds (the water without the
 *                 protection the agreement pays for); otherwise the medians follow the model's path
 * @param pressure factor per pollutant on the projected medians (after {@code baseline}): the water
 *                 without protection relative to the model's; empty for none
 * @param bestResponseDraws draws per effort level of a best-response search
 * @param chain the river chain, upstream first
 */
public record SimulationSpec(Mode mode, int draws, long seed, Optional<YearRange> years, Optional<Path> quality,
                             Optional<YearMonth> baseline, Map<Indicator, Double> pressure, int bestResponseDraws,
                             List<ChainLink> chain) {

    /** Default Monte Carlo draws. */
    public static final int DEFAULT_DRAWS = 10_000;
    /** Default draws per effort level of a best-response search. */
    public static final int DEFAULT_BEST_RESPONSE_DRAWS = 200;

    /** The replay of a scenario's monitoring data. */
    public static final SimulationSpec REPLAY = new SimulationSpec(Mode.REPLAY, DEFAULT_DRAWS, 0, Optional.empty(),
            Optional.empty(), Optional.empty(), Map.of(), DEFAULT_BEST_RESPONSE_DRAWS, List.of());

    /** Checks the settings. */
    public SimulationSpec {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(baseline, "baseline");
        pressure = Map.copyOf(pressure);
        chain = List.copyOf(chain);
        if (draws < 1 || bestResponseDraws < 1) {
            throw new IllegalArgumentException("draws must be at least 1");
        }
        if (mode == Mode.MONTE_CARLO && quality.isEmpty()) {
            throw new IllegalArgumentException("a Monte Carlo projection needs a water-quality model");
        }
    }

    /** The settings with another mode, number of draws and seed (command-line overrides). */
    public SimulationSpec with(Mode newMode, int newDraws, long newSeed) {
        return new SimulationSpec(newMode, newDraws, newSeed, years, quality, baseline, pressure, bestResponseDraws, chain);
    }

    /** How a scenario is run. */
    public enum Mode {
        /** Settle on the monitoring data. */
        REPLAY,
        /** Settle on many stochastic projections. */
        MONTE_CARLO
    }
}
