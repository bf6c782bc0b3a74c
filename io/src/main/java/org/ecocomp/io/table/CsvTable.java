package org.ecocomp.io.table;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table to be written as tidy CSV: optional {@code # } comment lines, a header, and rows of text
 * cells. Rows are added in order; numbers go through {@link #number(double)} so output is the same
 * on every locale.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final List<String> comments;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param comments lines written first, each prefixed with {@code # }
     * @param header the column names
     */
    public CsvTable(List<String> comments, List<String> header) {
        this.comments = List.copyOf(comments);
        this.header = List.copyOf(header);
    }

    /** A table without comment lines. */
    public CsvTable(List<String> header) {
        this(List.of(), header);
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException when the row does not have one cell per column
     */
    public CsvTable add(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + header.size());
        }
        cells.forEach(c -> Objects.requireNonNull(c, "cell"));
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Adds a row. */
    public CsvTable add(String... cells) {
        return add(List.of(cells));
    }

    /** The number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The CSV text: LF line ends, RFC 4180 quoting. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the table as UTF-8 (optionally with a BOM for Excel on Chinese Windows).
     *
     * @param file the file, replaced if it exists
     * @param bom whether to write a UTF-8 byte-order mark first
     * @throws IOException when the file cannot be written
     */
    public void write(Path file, boolean bom) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (bom) {
                w.write('\uFEFF');
            }
            writeTo(w);
        }
    }

    private void writeTo(Writer w) throws IOException {
        for (String c : comments) {
            w.write("# " + c + "\n");
        }
        try (CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    /**
     * One CSV line (RFC 4180 quoting, LF end), for files written line by line.
     *
     * @param cells the cells
     * @return the line with its line end
     */
    public static String line(List<String> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A number as plain decimal text, rounded half-even to 10 decimal places, with no exponent and no
     * trailing zeros: {@code 0.0001}, {@code 12.5}, {@code 3}.
     *
     * @param value a finite number
     * @return the text; empty text for NaN
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot write an infinite number");
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * A number as plain decimal text that reads back as exactly the same double (the shortest such
     * text, without an exponent): for figures that other tools redraw from the table.
     *
     * @param value a number
     * @return the text; empty text for NaN
     */
    public static String exact(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot write an infinite number");
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** A number rounded to a fixed count of decimals, e.g. money to 2. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "";
        }
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
