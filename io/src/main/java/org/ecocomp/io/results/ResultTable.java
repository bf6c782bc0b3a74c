package org.ecocomp.io.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.table.CsvInput;

/**
 * One CSV table of a result folder: optional leading {@code # } comment lines, a header, rows of
 * text cells. Read as written (RFC 4180 quoting) and as every table is read ({@link CsvInput}: UTF-8,
 * with or without a byte-order mark, problems located); the rows are streamed, so a sweep of a
 * million points is never held in memory.
 *
 * @param file the file name, e.g. {@code ledger.csv}
 * @param path where the file is
 */
public record ResultTable(String file, Path path) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** Checks for nulls. */
    public ResultTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }

    /** The file name without {@code .csv}: {@code ledger}. */
    public String name() {
        return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }

    /**
     * The first rows of a table and how many it has.
     *
     * @param comments the leading comment lines, without their {@code # }
     * @param header the column names
     * @param rows the first rows, each with one cell per column (short rows padded with empty cells)
     * @param totalRows the number of data rows in the whole file
     */
    public record Head(List<String> comments, List<String> header, List<List<String>> rows, long totalRows) {

        /** Copies the lists. */
        public Head {
            comments = List.copyOf(comments);
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Reads the header, the first rows and the row count: the whole file, so a table that reads here
     * reads in {@link #rows()} too.
     *
     * @param maxRows how many rows to keep
     * @return the head of the table
     * @throws InputException when the file is missing (66), not UTF-8 or not well-formed CSV (65, located),
     *     or cannot be read (74)
     */
    public Head head(int maxRows) throws InputException {
        try (Reader r = open()) {
            List<List<String>> rows = new ArrayList<>();
            long total = 0;
            for (Optional<List<String>> row = r.next(); row.isPresent(); row = r.next()) {
                if (rows.size() < maxRows) {
                    rows.add(row.get());
                }
                total++;
            }
            return new Head(r.comments, r.header, rows, total);
        }
    }

    /**
     * The column names.
     *
     * @return the header
     * @throws InputException when the file cannot be read, as {@link #head(int)}
     */
    public List<String> header() throws InputException {
        return head(0).header();
    }

    /**
     * Streams the rows, one list of cells per row, padded to the header's width; close the stream. A
     * row that cannot be read ends the stream with an {@link UncheckedIOException} whose message is
     * the located problem; read the table with {@link #head(int)} first to report it as bad input.
     *
     * @return the rows
     * @throws InputException when the file cannot be opened or its header read, as {@link #head(int)}
     */
    public Stream<List<String>> rows() throws InputException {
        Reader r = open();
        Iterator<List<String>> rows = new Iterator<>() {
            private Optional<List<String>> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = r.next();
                    } catch (InputException e) {
                        throw new UncheckedIOException(new IOException(e.getMessage(), e));
                    }
                }
                return next.isPresent();
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<String> row = next.get();
                next = null;
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(r::close);
    }

    private Reader open() throws InputException {
        CsvInput input = CsvInput.open(path);
        try {
            List<String> comments = input.leadingComments();
            input.parse(FORMAT);
            List<String> header = input.next().map(CSVRecord::toList).orElse(List.of());
            return new Reader(input, comments, header);
        } catch (InputException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** An open table: its comments and header, and its rows one by one. */
    private static final class Reader implements AutoCloseable {
        private final CsvInput input;
        final List<String> comments;
        final List<String> header;

        Reader(CsvInput input, List<String> comments, List<String> header) {
            this.input = input;
            this.comments = comments;
            this.header = header;
        }

        /** The next row padded to the header's width, or empty at the end. */
        Optional<List<String>> next() throws InputException {
            return input.next().map(record -> {
                List<String> cells = new ArrayList<>(record.toList());
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                return cells;
            });
        }

        @Override
        public void close() {
            input.close();
        }
    }
}
