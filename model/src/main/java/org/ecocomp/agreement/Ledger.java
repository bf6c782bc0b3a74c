package org.ecocomp.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The transfers of a settlement and the figures behind them, with balances per party.
 *
 * @param transfers the payments, in settlement order (year, round, clause)
 * @param measures the evaluated figures
 */
public record Ledger(List<Transfer> transfers, List<Measure> measures) {

    /** Copies the lists. */
    public Ledger {
        transfers = List.copyOf(transfers);
        measures = List.copyOf(measures);
    }

    /** Every party or account that paid or received, in order of first appearance. */
    public List<String> accounts() {
        Set<String> accounts = new LinkedHashSet<>();
        for (Transfer t : transfers) {
            accounts.add(t.payer());
            accounts.add(t.payee());
        }
        return List.copyOf(accounts);
    }

    /** The years with transfers, ascending. */
    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        transfers.forEach(t -> years.add(t.year()));
        return List.copyOf(years);
    }

    /**
     * Balances per account: one per (account, year with transfers) and one total per account.
     *
     * @param accounts the accounts to report, in order (e.g. the agreement's parties then fund accounts)
     * @return for each account, its yearly balances then its total
     */
    public List<Balance> balances(List<String> accounts) {
        List<Balance> out = new ArrayList<>();
        for (String account : accounts) {
            for (int year : years()) {
                out.add(balance(account, OptionalInt.of(year)));
            }
            out.add(balance(account, OptionalInt.empty()));
        }
        return out;
    }

    /** The balance of one account in a year, or in total when the year is empty. */
    public Balance balance(String account, OptionalInt year) {
        double paid = 0;
        double received = 0;
        for (Transfer t : transfers) {
            if (year.isPresent() && t.year() != year.getAsInt()) {
                continue;
            }
            if (t.payer().equals(account)) {
                paid += t.amount();
            }
            if (t.payee().equals(account)) {
                received += t.amount();
            }
        }
        return new Balance(account, year, Transfer.toFen(paid), Transfer.toFen(received));
    }
}
