package org.ecocomp.io.table;

import java.util.List;
import java.util.Map;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.Summary;

/**
 * The tables of a Monte Carlo projection: {@code mc-summary.csv}, {@code mc-yearly.csv},
 * {@code mc-clauses.csv} and {@code mc-efforts.csv}.
 */
public final class MonteCarloTables {

    private MonteCarloTables() {
    }

    /** Per party: net transfer and welfare over the projection — mean, sd, standard error, quantiles. */
    public static CsvTable summary(MonteCarloResult r) {
        CsvTable t = new CsvTable(List.of("party", "measure", "draws", "mean_cny", "sd_cny", "se_mean_cny", "p5_cny", "p25_cny",
                "p50_cny", "p75_cny", "p95_cny"));
        for (int p = 0; p < r.parties().size(); p++) {
            row(t, r.parties().get(p), "net_transfer", Summary.of(r.netTransfer(p)));
            row(t, r.parties().get(p), "welfare", Summary.of(r.welfare(p)));
        }
        return t;
    }

    private static void row(CsvTable t, String party, String measure, Summary s) {
        t.add(party, measure, Integer.toString(s.n()), CsvTable.number(s.mean(), 2), CsvTable.number(s.sd(), 2),
                CsvTable.number(s.standardError(), 2), CsvTable.number(s.p5(), 2), CsvTable.number(s.p25(), 2),
                CsvTable.number(s.p50(), 2), CsvTable.number(s.p75(), 2), CsvTable.number(s.p95(), 2));
    }

    /** Per year and party: the net transfer's distribution and the probability that the party pays (net &lt; 0). */
    public static CsvTable yearly(MonteCarloResult r) {
        CsvTable t = new CsvTable(List.of("year", "party", "mean_net_cny", "sd_net_cny", "p5_net_cny", "p25_net_cny", "p50_net_cny",
                "p75_net_cny", "p95_net_cny", "probability_pays"));
        int[] years = r.years();
        for (int y = 0; y < years.length; y++) {
            for (int p = 0; p < r.parties().size(); p++) {
                double[] net = r.netTransfer(p, y);
                Summary s = Summary.of(net);
                long pays = java.util.Arrays.stream(net).filter(v -> v < 0).count();
                t.add(Integer.toString(years[y]), r.parties().get(p), CsvTable.number(s.mean(), 2), CsvTable.number(s.sd(), 2),
                        CsvTable.number(s.p5(), 2), CsvTable.number(s.p25(), 2), CsvTable.number(s.p50(), 2),
                        CsvTable.number(s.p75(), 2), CsvTable.number(s.p95(), 2), CsvTable.number((double) pays / net.length, 6));
            }
        }
        return t;
    }

    /** Per year, clause and direction: how often money moved and how much, on average and when it moved. */
    public static CsvTable clauses(MonteCarloResult r) {
        CsvTable t = new CsvTable(List.of("year", "clause", "payer", "payee", "probability", "mean_amount_cny", "mean_when_paid_cny"));
        for (Map.Entry<MonteCarloResult.FlowKey, MonteCarloResult.FlowStats> e : r.flows().entrySet()) {
            MonteCarloResult.FlowKey k = e.getKey();
            MonteCarloResult.FlowStats s = e.getValue();
            t.add(Integer.toString(k.year()), k.clause(), k.payer(), k.payee(), CsvTable.number((double) s.draws() / r.draws(), 6),
                    CsvTable.number(s.total() / r.draws(), 2), CsvTable.number(s.total() / s.draws(), 2));
        }
        return t;
    }

    /**
     * The yearly abatement effort of each party and where it comes from.
     *
     * @param efforts effort per party under the agreement
     * @param source "fixed" or "best-response" per party
     * @param withoutAgreement each best-responding party's effort with no agreement, if computed
     * @return the table
     */
    public static CsvTable efforts(Map<String, Double> efforts, Map<String, String> source, Map<String, Double> withoutAgreement) {
        CsvTable t = new CsvTable(List.of("party", "effort_cny", "source", "effort_without_agreement_cny"));
        efforts.forEach((party, e) -> t.add(party, CsvTable.number(e, 2), source.get(party),
                withoutAgreement.containsKey(party) ? CsvTable.number(withoutAgreement.get(party), 2) : ""));
        return t;
    }
}
