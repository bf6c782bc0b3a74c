package org.ecocomp.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.basin.Party;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.simulation.BestResponse;
import org.ecocomp.simulation.MonteCarlo;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.simulation.Projection;
import org.ecocomp.simulation.Summary;

/**
 * The cooperative game of a scenario's provinces (the central government is not a player). The worth
 * v(S) of a coalition S is its members' summed expected welfare when, with no agreement in force, the
 * members choose their abatement efforts together to maximise that sum while every other province
 * chooses its own best response (iterated to an equilibrium); every coalition is valued on the same
 * draws (common random numbers). v(N) − Σ v({i}) is then the gain that cooperation — and the
 * transfers that make it worthwhile for each province — can share.
 *
 * @param game the characteristic function
 * @param cooperativeEfforts the yearly efforts when all provinces cooperate
 * @param cooperativeWelfare each player's expected welfare at those efforts before any transfer
 */
public record ScenarioGame(CharacteristicFunction game, Map<String, Double> cooperativeEfforts, double[] cooperativeWelfare) {

    /**
     * Values every coalition of a projection's provinces.
     *
     * @param projection the projection (its agreement is set aside: the game is played without it)
     * @param draws draws per valuation and per effort level
     * @param seed the base seed of the common draws
     * @param threads worker threads
     * @param listener hears how many coalitions are done
     * @return the game
     * @throws SettlementException when a draw cannot be settled
     */
    public static ScenarioGame of(Projection projection, int draws, long seed, int threads, ProgressListener listener)
            throws SettlementException {
        Projection world = projection.withAgreement(ScenarioRun.withoutClauses(projection.agreement()));
        List<String> players = projection.parties().stream().filter(p -> !p.equals(Party.CENTRAL)).toList();
        int n = players.size();
        double[] table = new double[1 << n];
        BestResponse search = new BestResponse(draws, seed, threads);
        MonteCarlo mc = new MonteCarlo(world);
        Map<String, Double> grandEfforts = Map.of();
        double[] grandWelfare = new double[n];
        for (int s = 1; s < table.length; s++) {
            Set<String> members = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    members.add(players.get(i));
                }
            }
            Map<String, Double> efforts = search.efforts(world, members);
            MonteCarloResult r = mc.run(draws, seed, threads, efforts, ProgressListener.NONE);
            double worth = 0;
            for (int i = 0; i < n; i++) {
                double w = Summary.of(r.welfare(r.parties().indexOf(players.get(i)))).mean();
                if ((s & (1 << i)) != 0) {
                    worth += w;
                }
                if (s == table.length - 1) {
                    grandWelfare[i] = w;
                }
            }
            table[s] = worth;
            if (s == table.length - 1) {
                grandEfforts = new LinkedHashMap<>(efforts);
            }
            listener.advanced(s, table.length - 1);
        }
        return new ScenarioGame(CharacteristicFunction.of(new ArrayList<>(players), table), grandEfforts, grandWelfare);
    }
}
