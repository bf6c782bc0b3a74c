package org.ecocomp.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.economy.Effort;
import org.ecocomp.economy.PartyEconomy;
import org.ecocomp.random.Seeds;

/**
 * Each party whose effort is its best response chooses, on a grid of effort levels, the one that
 * maximises its expected welfare (or, inside a coalition, the coalition's summed expected welfare)
 * given the others' efforts; the parties respond in turn until no one
 * changes (an equilibrium of the grid game) or {@link #MAX_ROUNDS} rounds pass. Every level is valued
 * on the same draws (common random numbers), so comparisons between levels are not blurred by noise;
 * ties go to the smaller effort.
 *
 * @param draws draws per effort level
 * @param seed the base seed of the search's draws
 * @param threads worker threads
 */
public record BestResponse(int draws, long seed, int threads) {

    /** Most rounds of responses before the search stops. */
    public static final int MAX_ROUNDS = 10;

    /** The stream index that separates the search's draws from the projection's. */
    private static final long SEARCH_STREAM = 0x5EA7C4L;

    /**
     * The efforts of every party: fixed ones as given, best responses searched.
     *
     * @param projection the projection (its agreement and economy)
     * @return yearly effort per party code
     * @throws SettlementException when a draw cannot be settled
     */
    public Map<String, Double> efforts(Projection projection) throws SettlementException {
        return efforts(projection, Set.of());
    }

    /**
     * The efforts when the members of a coalition choose theirs together, each maximising the
     * coalition's summed expected welfare, while every other party maximises its own.
     *
     * @param projection the projection
     * @param coalition the party codes that coordinate (empty: everyone for itself)
     * @return yearly effort per party code
     * @throws SettlementException when a draw cannot be settled
     */
    public Map<String, Double> efforts(Projection projection, Set<String> coalition) throws SettlementException {
        Map<String, Double> efforts = new LinkedHashMap<>();
        for (String p : projection.parties()) {
            efforts.put(p, switch (projection.economyOf(p).effort()) {
                case Effort.Fixed f -> f.yuan();
                case Effort.BestResponse b -> 0.0;
            });
        }
        MonteCarlo mc = new MonteCarlo(projection);
        long searchSeed = Seeds.derive(seed, SEARCH_STREAM);
        // pending[p]: changes of the others' efforts that party p has not responded to yet (-1: never searched)
        int[] pending = new int[projection.parties().size()];
        java.util.Arrays.fill(pending, -1);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int p = 0; p < projection.parties().size(); p++) {
                String party = projection.parties().get(p);
                PartyEconomy e = projection.economyOf(party);
                if (!(e.effort() instanceof Effort.BestResponse grid) || pending[p] == 0) {
                    continue;
                }
                pending[p] = 0;
                double bestEffort = 0;
                double bestWelfare = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < grid.steps(); k++) {
                    Map<String, Double> trial = new LinkedHashMap<>(efforts);
                    trial.put(party, grid.level(k));
                    MonteCarloResult r = mc.run(draws, searchSeed, threads, trial, ProgressListener.NONE);
                    double welfare = 0;
                    for (int q = 0; q < projection.parties().size(); q++) {
                        boolean counts = coalition.contains(party) ? coalition.contains(projection.parties().get(q)) : q == p;
                        if (counts) {
                            welfare += Summary.of(r.welfare(q)).mean();
                        }
                    }
                    if (welfare > bestWelfare) {
                        bestWelfare = welfare;
                        bestEffort = grid.level(k);
                    }
                }
                if (bestEffort != efforts.get(party)) {
                    efforts.put(party, bestEffort);
                    changed = true;
                    for (int q = 0; q < pending.length; q++) {
                        if (q != p && pending[q] >= 0) {
                            pending[q]++;
                        }
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return efforts;
    }
}
