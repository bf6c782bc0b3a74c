package org.ecocomp.io.table;

import java.util.List;
import org.ecocomp.agreement.Balance;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Measure;
import org.ecocomp.agreement.Transfer;

/** The tables of a settled agreement: {@code ledger.csv}, {@code balances.csv}, {@code indices.csv}. */
public final class LedgerTables {

    private LedgerTables() {
    }

    /** One row per transfer: year, round, clause, payer, payee, amount in yuan, and the figures behind it. */
    public static CsvTable ledger(Ledger ledger) {
        CsvTable t = new CsvTable(List.of("year", "round", "clause", "payer", "payee", "amount_cny", "reason"));
        for (Transfer x : ledger.transfers()) {
            t.add(Integer.toString(x.year()), x.round(), x.clause(), x.payer(), x.payee(), CsvTable.number(x.amount(), 2), x.reason());
        }
        return t;
    }

    /**
     * Paid, received and net per account and year, then in total ({@code year = total}).
     *
     * @param ledger the ledger
     * @param accounts the accounts in report order
     * @return the table
     */
    public static CsvTable balances(Ledger ledger, List<String> accounts) {
        CsvTable t = new CsvTable(List.of("party", "year", "paid_cny", "received_cny", "net_cny"));
        for (Balance b : ledger.balances(accounts)) {
            t.add(b.party(), b.year().isPresent() ? Integer.toString(b.year().getAsInt()) : "total",
                    CsvTable.number(b.paid(), 2), CsvTable.number(b.received(), 2), CsvTable.number(b.net(), 2));
        }
        return t;
    }

    /** The evaluated figures: index values, classes, compliance rates, flow shares, with thresholds. */
    public static CsvTable indices(Ledger ledger) {
        CsvTable t = new CsvTable(List.of("year", "round", "clause", "section", "measure", "value", "threshold", "passed"));
        for (Measure m : ledger.measures()) {
            t.add(Integer.toString(m.year()), m.round(), m.clause(), m.section(), m.name(), CsvTable.number(m.value()),
                    m.threshold().isPresent() ? CsvTable.number(m.threshold().getAsDouble()) : "",
                    m.passed().map(Object::toString).orElse(""));
        }
        return t;
    }
}
