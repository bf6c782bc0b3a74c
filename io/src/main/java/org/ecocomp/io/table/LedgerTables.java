package org.ecocomp.io.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecocomp.agreement.Balance;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Measure;
import org.ecocomp.agreement.Transfer;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

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
     * @throws InputException when a file is missing (66), cannot be read (74), or is not such a table (65, located)
     */
    public static Ledger read(Path ledger, Path indices) throws InputException {
        List<Transfer> transfers = rows(ledger, r -> new Transfer(r.integer("year"), r.text("round"), r.text("clause"),
                r.text("payer"), r.text("payee"), r.number("amount_cny"), r.text("reason")));
        List<Measure> measures = rows(indices, r -> {
            String passed = r.text("passed");
            return new Measure(r.integer("year"), r.text("round"), r.text("clause"), r.text("section"), r.text("measure"),
                    r.optionalNumber("value").orElse(Double.NaN), r.optionalNumber("threshold"),
                    passed.isEmpty() ? Optional.empty() : Optional.of(Boolean.parseBoolean(passed)));
        });
        return new Ledger(transfers, measures);
    }

    /**
     * The accounts of {@code balances.csv}, in the order they are listed.
     *
     * @param balances {@code balances.csv}
     * @return the accounts
     * @throws InputException when the file is missing (66), cannot be read (74), or is not such a table (65, located)
     */
    public static List<String> accounts(Path balances) throws InputException {
        return List.copyOf(new LinkedHashSet<>(rows(balances, r -> r.text("party"))));
    }

    /** Makes one value of a row of a table. */
    private interface RowReader<T> {
        T read(Cells row) throws InputException;
    }

    /** Each row of a table (with or without the byte-order mark of {@code --excel-bom}) made into a value. */
    private static <T> List<T> rows(Path file, RowReader<T> reader) throws InputException {
        List<T> values = new ArrayList<>();
        try (CsvInput input = CsvInput.open(file).parse(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (Optional<CSVRecord> r = input.next(); r.isPresent(); r = input.next()) {
                Cells cells = new Cells(input, r.get());
                try {
                    values.add(reader.read(cells));
                } catch (IllegalArgumentException e) {
                    throw cells.problem("", "not a row of this table: " + e.getMessage());
                }
            }
        }
        return values;
    }

    /** The cells of one row, read by column name; a missing or bad cell is a problem at the row's line. */
    private record Cells(CsvInput input, CSVRecord record) {

        String text(String column) throws InputException {
            if (!record.isMapped(column)) {
                throw problem(column, "missing column");
            }
            if (!record.isSet(column)) {
                throw problem(column, "missing cell; the row has " + record.size() + " of " + input.headerMap().size() + " columns");
            }
            return record.get(column);
        }

        int integer(String column) throws InputException {
            String text = text(column);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw problem(column, "'" + text + "' is not a whole number");
            }
        }

        double number(String column) throws InputException {
            return optionalNumber(column).orElseThrow(() -> problem(column, "no number"));
        }

        OptionalDouble optionalNumber(String column) throws InputException {
            String text = text(column);
            if (text.isEmpty()) {
                return OptionalDouble.empty();
            }
            try {
                return OptionalDouble.of(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                throw problem(column, "'" + text + "' is not a number");
            }
        }

        InputException problem(String column, String message) {
            return new InputException(new Problem(input.file(), input.line(), 0, column, message));
        }
    }
}
