package org.ecocomp.io.game;

import java.util.ArrayList;
import java.util.List;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.io.table.CsvTable;
import org.ecocomp.scenario.Splits;

/** {@code allocations.csv} and {@code core.csv}. */
public final class SplitTables {

    private SplitTables() {
    }

    /** Members of a coalition joined by {@code +}. */
    static String coalition(CharacteristicFunction game, int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < game.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                members.add(game.players().get(i));
            }
        }
        return String.join("+", members);
    }

    /**
     * One row per rule and player: the amount (welfare allocated, or cleaning cost borne), its share of
     * the total, and whether a welfare split is in the core.
     *
     * @param game the game
     * @param splits the splits
     * @param transfersFrom each player's welfare before transfers, if known: the net transfer that would
     *     implement a welfare split is its amount minus this
     * @return rule, kind, party, amount_cny, share, transfer_cny, in_core, note
     */
    public static CsvTable allocations(CharacteristicFunction game, List<Splits.Split> splits, java.util.Optional<double[]> transfersFrom) {
        CsvTable t = new CsvTable(List.of("rule", "kind", "party", "amount_cny", "share", "transfer_cny", "in_core", "note"));
        for (Splits.Split s : splits) {
            double total = 0;
            for (double a : s.amounts()) {
                total += a;
            }
            for (int i = 0; i < game.size(); i++) {
                double a = s.amounts()[i];
                String transfer = s.kind().equals("welfare") && transfersFrom.isPresent()
                        ? CsvTable.number(a - transfersFrom.get()[i], 2) : "";
                t.add(s.rule(), s.kind(), game.players().get(i), CsvTable.number(a, 2),
                        total == 0 ? "" : CsvTable.number(a / total, 6), transfer,
                        s.inCore().map(Object::toString).orElse(""), i == 0 ? s.note() : "");
            }
        }
        return t;
    }

    /**
     * One row per coalition and welfare rule: the coalition's worth, what the rule gives its members,
     * and the excess v(S) − x(S) (≤ 0: the coalition has no reason to leave).
     *
     * @param game the game
     * @param splits the splits (cost rules are skipped)
     * @return coalition, value_cny, rule, allocated_cny, excess_cny, satisfied
     */
    public static CsvTable core(CharacteristicFunction game, List<Splits.Split> splits) {
        CsvTable t = new CsvTable(List.of("coalition", "value_cny", "rule", "allocated_cny", "excess_cny", "satisfied"));
        for (int s = 1; s < 1 << game.size(); s++) {
            for (Splits.Split split : splits) {
                if (!split.kind().equals("welfare")) {
                    continue;
                }
                double x = 0;
                for (int i = 0; i < game.size(); i++) {
                    if ((s & (1 << i)) != 0) {
                        x += split.amounts()[i];
                    }
                }
                double excess = game.value(s) - x;
                t.add(coalition(game, s), CsvTable.number(game.value(s), 2), split.rule(), CsvTable.number(x, 2),
                        CsvTable.number(excess, 2), Boolean.toString(excess <= 1e-6 * Math.max(1, Math.abs(game.grandValue()))));
            }
        }
        return t;
    }

    /**
     * The Stackelberg search: each value of the leader's instrument, the follower's best-response
     * effort, both parties' expected welfare, and which value the leader picks.
     *
     * @param instrument the path of the instrument
     * @param rows value, follower effort, leader welfare, follower welfare per grid point
     * @param best the index of the leader's choice
     * @return instrument, value, follower_effort_cny, leader_welfare_cny, follower_welfare_cny, chosen
     */
    public static CsvTable stackelberg(String instrument, List<double[]> rows, int best) {
        CsvTable t = new CsvTable(List.of("instrument", "value", "follower_effort_cny", "leader_welfare_cny", "follower_welfare_cny",
                "chosen"));
        for (int k = 0; k < rows.size(); k++) {
            double[] r = rows.get(k);
            t.add(instrument, CsvTable.number(r[0]), CsvTable.number(r[1], 2), CsvTable.number(r[2], 2), CsvTable.number(r[3], 2),
                    Boolean.toString(k == best));
        }
        return t;
    }

    /**
     * The equilibria of the replicator dynamics of the upstream–downstream game and their stability.
     *
     * @param equilibria the equilibria
     * @return x (share protecting), y (share compensating), determinant, trace, stability
     */
    public static CsvTable equilibria(List<org.ecocomp.game.evolution.Equilibrium> equilibria) {
        CsvTable t = new CsvTable(List.of("x_protect", "y_compensate", "determinant", "trace", "stability"));
        for (var e : equilibria) {
            t.add(CsvTable.number(e.x(), 6), CsvTable.number(e.y(), 6), CsvTable.number(e.determinant()),
                    CsvTable.number(e.trace()), e.stability().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return t;
    }
}
