package org.ecocomp.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocomp.agreement.Agreement;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Round;
import org.ecocomp.agreement.Settlement;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.economy.Effort;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.quality.Sample;
import org.ecocomp.simulation.BestResponse;
import org.ecocomp.simulation.MonteCarlo;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.simulation.Projection;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.SyntheticSeries;
import org.ecocomp.simulation.YearRange;

/** Runs a scenario: a replay on monitoring data, or a Monte Carlo projection with its efforts. */
public final class ScenarioRun {

    private ScenarioRun() {
    }

    /**
     * Settles the scenario's agreement on monitoring data.
     *
     * @param scenario the scenario
     * @param samples its monitoring data
     * @return the ledger
     * @throws SettlementException when the data cannot settle a clause
     */
    public static Ledger replay(Scenario scenario, List<Sample> samples) throws SettlementException {
        MonitoringRecord record = MonitoringRecord.of(samples, scenario.annualMean());
        return new Settlement(scenario.agreement(), record, scenario.missingMonths()).settle();
    }

    /**
     * The projection of a scenario: its agreement and economy over the projection years (the
     * simulation's, else the agreement's) with the given water-quality model.
     *
     * @param scenario the scenario
     * @param quality the water-quality model (its years are replaced)
     * @return the projection
     */
    public static Projection projection(Scenario scenario, SyntheticSeries quality) {
        YearRange years = projectionYears(scenario);
        SimulationSpec simulation = scenario.simulation();
        List<SectionProcess> sections = quality.sections().stream()
                .map(s -> simulation.baseline().map(s::heldAt).orElse(s).times(simulation.pressure()))
                .toList();
        return new Projection(scenario.agreement(), new SyntheticSeries(years, sections), scenario.simulation().chain(),
                scenario.economy(), scenario.annualMean(), scenario.missingMonths());
    }

    /** The projection years: the simulation's, else the agreement's. */
    public static YearRange projectionYears(Scenario scenario) {
        return scenario.simulation().years()
                .orElse(new YearRange(scenario.agreement().firstYear(), scenario.agreement().lastYear()));
    }

    /**
     * The outcome of a projection.
     *
     * @param efforts yearly effort per party under the agreement
     * @param withoutAgreement each best-responding party's effort with no agreement
     * @param result the draws
     */
    public record Projected(Map<String, Double> efforts, Map<String, Double> withoutAgreement, MonteCarloResult result) {
    }

    /**
     * Projects a scenario by Monte Carlo: best-response efforts first (with and without the agreement),
     * then the draws.
     *
     * @param projection the projection
     * @param draws draws
     * @param seed base seed
     * @param bestResponseDraws draws per effort level of a best-response search
     * @param threads worker threads
     * @param listener hears the progress of the draws
     * @return efforts and draws
     * @throws SettlementException when a draw cannot be settled
     */
    public static Projected monteCarlo(Projection projection, int draws, long seed, int bestResponseDraws, int threads,
                                       ProgressListener listener) throws SettlementException {
        BestResponse search = new BestResponse(bestResponseDraws, seed, threads);
        Map<String, Double> efforts = search.efforts(projection);
        Map<String, Double> withoutAgreement = new LinkedHashMap<>();
        List<String> responding = projection.parties().stream()
                .filter(p -> projection.economyOf(p).effort() instanceof Effort.BestResponse).toList();
        if (!responding.isEmpty()) {
            Map<String, Double> none = search.efforts(projection.withAgreement(withoutClauses(projection.agreement())));
            responding.forEach(p -> withoutAgreement.put(p, none.get(p)));
        }
        MonteCarloResult result = new MonteCarlo(projection).run(draws, seed, threads, efforts, listener);
        return new Projected(efforts, withoutAgreement, result);
    }

    /** The agreement with its rounds but no clauses: the world without the agreement. */
    public static Agreement withoutClauses(Agreement a) {
        return new Agreement(a.name(), a.parties(), a.sections(),
                a.rounds().stream().map(r -> new Round(r.name(), r.firstYear(), r.lastYear(), List.of())).toList());
    }
}
