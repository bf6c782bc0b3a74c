package org.ecocomp.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.ecocomp.agreement.Balance;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.simulation.MonteCarloResult;
import org.ecocomp.simulation.Summary;

/**
 * A figure read off a scenario's run, named as sweeps and optimisers name their outputs:
 * <ul>
 *   <li>replay: {@code JX.net_transfer}, {@code JX.paid}, {@code JX.received} (yuan over all years);</li>
 *   <li>Monte Carlo: {@code JX.net_transfer.mean} and {@code JX.welfare.mean} with any of {@code mean, sd,
 *   p5, p50, p95}; {@code JX.pays_probability} (share of draws in which JX is a net payer over the
 *   projection); {@code JX.effort} (yuan per year); {@code joint.welfare.mean} (the sum of every
 *   party's mean welfare, the central government's included).</li>
 * </ul>
 *
 * @param name the name as written
 * @param party the party code, or {@code joint}
 * @param measure net_transfer, paid, received, welfare, pays_probability or effort
 * @param statistic mean, sd, p5, p50 or p95 where the measure has a distribution, else empty text
 */
public record ScenarioOutput(String name, String party, String measure, String statistic) {

    /** The party name that stands for all parties together. */
    public static final String JOINT = "joint";
    private static final List<String> STATISTICS = List.of("mean", "sd", "p5", "p50", "p95");

    /**
     * Reads an output name.
     *
     * @param name e.g. {@code GD.welfare.mean}
     * @param parties the scenario's party codes
     * @param monteCarlo whether the run is a Monte Carlo projection
     * @return the output
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static ScenarioOutput parse(String name, List<String> parties, boolean monteCarlo) {
        String[] p = name.split("\\.");
        String expected = monteCarlo
                ? "PARTY.net_transfer.STAT, PARTY.welfare.STAT (STAT: mean, sd, p5, p50, p95), PARTY.pays_probability, PARTY.effort or joint.welfare.mean"
                : "PARTY.net_transfer, PARTY.paid or PARTY.received";
        if (p.length < 2 || !(parties.contains(p[0]) || (monteCarlo && p[0].equals(JOINT)))) {
            throw new IllegalArgumentException("unknown output '" + name + "'; expected " + expected + " with PARTY one of "
                    + String.join(", ", parties));
        }
        boolean ok;
        if (!monteCarlo) {
            ok = p.length == 2 && List.of("net_transfer", "paid", "received").contains(p[1]);
        } else if (p[0].equals(JOINT)) {
            ok = p.length == 3 && p[1].equals("welfare") && p[2].equals("mean");
        } else {
            ok = (p.length == 3 && List.of("net_transfer", "welfare").contains(p[1]) && STATISTICS.contains(p[2]))
                    || (p.length == 2 && List.of("pays_probability", "effort").contains(p[1]));
        }
        if (!ok) {
            throw new IllegalArgumentException("unknown output '" + name + "'; expected " + expected);
        }
        return new ScenarioOutput(name, p[0], p[1], p.length == 3 ? p[2] : "");
    }

    /** The figure in a replay's ledger. */
    public double of(Ledger ledger) {
        Balance b = ledger.balance(party, OptionalInt.empty());
        return switch (measure) {
            case "paid" -> b.paid();
            case "received" -> b.received();
            default -> b.net();
        };
    }

    /** The figure of a projection. */
    public double of(ScenarioRun.Projected projected) {
        MonteCarloResult r = projected.result();
        if (party.equals(JOINT)) {
            double sum = 0;
            for (int i = 0; i < r.parties().size(); i++) {
                sum += Summary.of(r.welfare(i)).mean();
            }
            return sum;
        }
        int i = r.parties().indexOf(party);
        return switch (measure) {
            case "effort" -> projected.efforts().getOrDefault(party, 0.0);
            case "pays_probability" -> (double) Arrays.stream(r.netTransfer(i)).filter(v -> v < 0).count() / r.draws();
            default -> statistic(Summary.of(measure.equals("welfare") ? r.welfare(i) : r.netTransfer(i)));
        };
    }

    private double statistic(Summary s) {
        return switch (statistic.toLowerCase(Locale.ROOT)) {
            case "sd" -> s.sd();
            case "p5" -> s.p5();
            case "p50" -> s.p50();
            case "p95" -> s.p95();
            default -> s.mean();
        };
    }
}
