package org.ecocomp.io.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    /**
     * The evaluated figures: index values, classes, compliance rates, flow shares, with thresholds,
     * written exactly (they read back as the same numbers, so charts redrawn from the table are the same).
     */
    public static CsvTable indices(Ledger ledger) {
        CsvTable t = new CsvTable(List.of("year", "round", "clause", "section", "measure", "value", "threshold", "passed"));
        for (Measure m : ledger.measures()) {
            t.add(Integer.toString(m.year()), m.round(), m.clause(), m.section(), m.name(), CsvTable.exact(m.value()),
                    m.threshold().isPresent() ? CsvTable.exact(m.threshold().getAsDouble()) : "",
                    m.passed().map(Object::toString).orElse(""));
        }
        return t;
    }

    /**
     * Reads a ledger back from its tables, e.g. to redraw its charts without settling again.
     *
     * @param ledger {@code ledger.csv}
     * @param indices {@code indices.csv}
     * @return the ledger (amounts to the fen, figures as written)
     * @throws IOException when a file cannot be read or is not such a table
     */
    public static Ledger read(Path ledger, Path indices) throws IOException {
        List<Transfer> transfers = new ArrayList<>();
        for (CSVRecord r : records(ledger)) {
            transfers.add(new Transfer(Integer.parseInt(r.get("year")), r.get("round"), r.get("clause"), r.get("payer"),
                    r.get("payee"), Double.parseDouble(r.get("amount_cny")), r.get("reason")));
        }
        List<Measure> measures = new ArrayList<>();
        for (CSVRecord r : records(indices)) {
            String threshold = r.get("threshold");
            String passed = r.get("passed");
            measures.add(new Measure(Integer.parseInt(r.get("year")), r.get("round"), r.get("clause"), r.get("section"),
                    r.get("measure"), r.get("value").isEmpty() ? Double.NaN : Double.parseDouble(r.get("value")),
                    threshold.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(threshold)),
                    passed.isEmpty() ? Optional.empty() : Optional.of(Boolean.parseBoolean(passed))));
        }
        return new Ledger(transfers, measures);
    }

    /** The accounts of {@code balances.csv}, in the order they are listed. */
    public static List<String> accounts(Path balances) throws IOException {
        Set<String> accounts = new LinkedHashSet<>();
        for (CSVRecord r : records(balances)) {
            accounts.add(r.get("party"));
        }
        return List.copyOf(accounts);
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);     // written with --excel-bom
        }
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": not a ledger table: " + e.getMessage(), e);
        }
    }
}
