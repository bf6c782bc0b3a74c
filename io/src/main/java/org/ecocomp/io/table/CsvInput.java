package org.ecocomp.io.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * A CSV file read the way ecocomp reads every table it is given (monitoring data, games, result
 * tables): as UTF-8, strictly (a file in another encoding is refused rather than garbled), with a
 * leading byte-order mark ignored (Excel and {@code --excel-bom} write one), and with every problem
 * of its text reported as a located {@link InputException} (65; 66 for a missing file, 74 when the
 * file cannot be read), never as a parser's exception.
 *
 * <p>Open the file, optionally take its leading comment lines, {@linkplain #parse(CSVFormat) parse}
 * the rest with a format, then take the records one by one with {@link #next()}.
 */
public final class CsvInput implements AutoCloseable {

    /** The problem of a file that is not UTF-8 text. */
    static final String NOT_UTF8 = "not UTF-8 text (save it as UTF-8)";

    private final Path file;
    private final BufferedReader text;
    /** Lines taken by {@link #leadingComments()} before the parser started. */
    private int linesBefore;
    private CSVParser parser;
    private Iterator<CSVRecord> records;

    private CsvInput(Path file, BufferedReader text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Opens a CSV file, past its byte-order mark if it has one.
     *
     * @param file the file (named in problems as given)
     * @return the open file; close it
     * @throws InputException 66 when the file is missing, 65 when it is not UTF-8, 74 when it cannot be read
     */
    public static CsvInput open(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(file, "no such file")));
        }
        BufferedReader text = null;
        try {
            text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            return new CsvInput(file, text);
        } catch (IOException e) {
            closeQuietly(text);
            throw problem(file, 0, e);
        }
    }

    /**
     * Takes the comment lines at the top of the file (lines starting with {@code #}), before
     * {@link #parse(CSVFormat)}.
     *
     * @return the lines without their {@code #} and the one space after it
     * @throws InputException when the text is not UTF-8 or cannot be read
     */
    public List<String> leadingComments() throws InputException {
        if (parser != null) {
            throw new IllegalStateException("the comments come before the records");
        }
        List<String> comments = new ArrayList<>();
        try {
            while (true) {
                text.mark(1 << 16);
                String line = text.readLine();
                if (line == null || !line.startsWith("#")) {
                    text.reset();
                    return comments;
                }
                comments.add(line.startsWith("# ") ? line.substring(2) : line.substring(1));
                linesBefore++;
            }
        } catch (IOException e) {
            throw problem(file, linesBefore + 1, e);
        }
    }

    /**
     * Starts parsing the rest of the file; a format with a header reads the header here.
     *
     * @param format the CSV format
     * @return this file
     * @throws InputException when the header cannot be read
     */
    public CsvInput parse(CSVFormat format) throws InputException {
        if (parser != null) {
            throw new IllegalStateException("already parsing");
        }
        try {
            parser = CSVParser.builder().setReader(text).setFormat(format).get();
        } catch (IOException e) {
            throw problem(file, linesBefore + 1, e);
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with a repeated or missing column name this way
            String message = e.getMessage();
            int advice = message.indexOf(" If this is valid");
            throw new InputException(new Problem(file, linesBefore + 1, 0, "",
                    "bad header: " + (advice < 0 ? message : message.substring(0, advice))));
        }
        records = parser.iterator();
        return this;
    }

    /**
     * The columns of the header by name, for a format that reads one.
     *
     * @return the column indices by name; empty without a header
     */
    public Map<String, Integer> headerMap() {
        Map<String, Integer> header = parsing().getHeaderMap();
        return header == null ? Map.of() : header;
    }

    /**
     * Reads the next record.
     *
     * @return the record, or empty at the end of the file
     * @throws InputException when the text is not UTF-8 or not well-formed CSV, located at the line
     *     where the record that cannot be read starts
     */
    public Optional<CSVRecord> next() throws InputException {
        int start = line() + 1;
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException e) {
            throw problem(file, start, e.getCause());
        }
    }

    /**
     * The line of the file where the last record read (or the header) ends: the line of a record on
     * one line.
     *
     * @return the 1-based line, 0 before anything was read
     */
    public int line() {
        return linesBefore + (int) parsing().getCurrentLineNumber();
    }

    /** The file, as it was given. */
    public Path file() {
        return file;
    }

    /** Closes the file; a read-only file that fails to close has nothing to lose, so that is not reported. */
    @Override
    public void close() {
        closeQuietly(parser != null ? parser : text);
    }

    private CSVParser parsing() {
        if (parser == null) {
            throw new IllegalStateException("parse the file first");
        }
        return parser;
    }

    /** What an exception from reading or parsing the file at a line means to the user. */
    private static InputException problem(Path file, int line, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new InputException(Problem.ofFile(file, NOT_UTF8));
            }
        }
        if (e instanceof CSVException) {
            String message = e.getMessage();
            String what;
            if (message.contains("EOF reached before encapsulated token finished")) {
                what = "a quoted field that starts in this row is not closed before the end of the file (is the file cut short?)";
            } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
                what = "text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")";
            } else {
                what = message;
            }
            return new InputException(new Problem(file, line, 0, "", "not well-formed CSV: " + what));
        }
        return new InputException(ExitCode.IO, List.of(Problem.ofFile(file, "cannot read: " + e.getMessage())));
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            // nothing was written through it
        }
    }
}
