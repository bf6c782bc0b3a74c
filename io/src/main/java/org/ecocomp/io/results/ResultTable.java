package org.ecocomp.io.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV table of a result folder: optional leading {@code # } comment lines, a header, rows of
 * text cells. Read as written (UTF-8, with or without a byte-order mark, RFC 4180 quoting); the rows
 * are streamed, so a sweep of a million points is never held in memory.
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
     * Reads the header, the first rows and the row count.
     *
     * @param maxRows how many rows to keep
     * @return the head of the table
     * @throws IOException when the file cannot be read or is not CSV
     */
    public Head head(int maxRows) throws IOException {
        try (Reader r = open()) {
            List<List<String>> rows = new ArrayList<>();
            long total = 0;
            for (List<String> row : r) {
                if (rows.size() < maxRows) {
                    rows.add(row);
                }
                total++;
            }
            return new Head(r.comments, r.header, rows, total);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The column names.
     *
     * @return the header
     * @throws IOException when the file cannot be read
     */
    public List<String> header() throws IOException {
        return head(0).header();
    }

    /**
     * Streams the rows, one list of cells per row, padded to the header's width; close the stream.
     *
     * @return the rows
     * @throws IOException when the file cannot be opened
     */
    public Stream<List<String>> rows() throws IOException {
        Reader r = open();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(r.iterator(), Spliterator.ORDERED), false)
                .onClose(r::closeUnchecked);
    }

    private Reader open() throws IOException {
        BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            List<String> comments = new ArrayList<>();
            while (true) {
                in.mark(1 << 16);
                String line = in.readLine();
                if (line == null || !line.startsWith("#")) {
                    in.reset();
                    break;
                }
                comments.add(line.startsWith("# ") ? line.substring(2) : line.substring(1));
            }
            CSVParser parser = FORMAT.parse(in);
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.hasNext() ? records.next().toList() : List.of();
            return new Reader(parser, records, comments, header);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** An open table: its comments and header, and an iterator over the rows. */
    private static final class Reader implements Iterable<List<String>>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        final List<String> comments;
        final List<String> header;

        Reader(CSVParser parser, Iterator<CSVRecord> records, List<String> comments, List<String> header) {
            this.parser = parser;
            this.records = records;
            this.comments = comments;
            this.header = header;
        }

        @Override
        public Iterator<List<String>> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public List<String> next() {
                    List<String> cells = new ArrayList<>(records.next().toList());
                    while (cells.size() < header.size()) {
                        cells.add("");
                    }
                    return cells;
                }
            };
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }

        void closeUnchecked() {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
