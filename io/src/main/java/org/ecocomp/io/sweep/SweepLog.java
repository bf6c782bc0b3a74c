package org.ecocomp.io.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.table.CsvTable;

/**
 * {@code sweep.csv} written as points finish, one flushed line per point in point order, so that a
 * sweep killed at any moment (even by SIGKILL) leaves a file whose complete lines are finished points.
 * Resuming drops a last line cut in the middle and continues after the last complete one; the final
 * file is then byte for byte what an uninterrupted sweep writes.
 */
public final class SweepLog implements AutoCloseable {

    private final Writer writer;
    private final long completed;
    private final int columns;

    private SweepLog(Writer writer, long completed, int columns) {
        this.writer = writer;
        this.completed = completed;
        this.columns = columns;
    }

    /**
     * Opens the log: a new file, or an interrupted one to continue.
     *
     * @param file {@code sweep.csv}
     * @param header point, parameter names, output names
     * @param resume whether to continue an existing file
     * @return the log, positioned after the last complete point
     * @throws IOException when the file cannot be read or written
     * @throws InputException (65) when the existing file is not this sweep's (other columns, gaps)
     */
    public static SweepLog open(Path file, List<String> header, boolean resume) throws IOException, InputException {
        String headerLine = CsvTable.line(header);
        long completed = 0;
        if (resume && Files.exists(file)) {
            byte[] all = Files.readAllBytes(file);
            int keep = all.length;
            while (keep > 0 && all[keep - 1] != '\n') {
                keep--;             // a line cut by the interruption is dropped
            }
            String[] lines = new String(all, 0, keep, StandardCharsets.UTF_8).split("\n");
            if (keep > 0 && !(lines[0] + "\n").equals(headerLine)) {
                throw new InputException(ExitCode.DATA, List.of(new Problem(file, 1, 1, "", "its columns are not this sweep's ("
                        + lines[0] + "); remove " + file.toAbsolutePath().getParent() + " to start again")));
            }
            for (int k = 1; keep > 0 && k < lines.length; k++) {
                String[] cells = lines[k].split(",", -1);
                if (!cells[0].equals(Long.toString(completed))) {
                    throw new InputException(ExitCode.DATA, List.of(new Problem(file, k + 1, 1, "point", "point " + completed
                            + " expected, found '" + cells[0] + "'; the file is not this sweep's log")));
                }
                if (cells.length != header.size()) {
                    throw new InputException(ExitCode.DATA, List.of(new Problem(file, k + 1, 0, "", cells.length + " cells, expected "
                            + header.size() + "; " + damaged(file))));
                }
                for (int c = 1; c < cells.length; c++) {
                    try {
                        value(cells[c]);
                    } catch (NumberFormatException e) {
                        throw new InputException(ExitCode.DATA, List.of(new Problem(file, k + 1, column(lines[k], c), header.get(c),
                                "'" + cells[c] + "' is not a number; " + damaged(file))));
                    }
                }
                completed++;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
        } else {
            Files.deleteIfExists(file);
        }
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (Files.size(file) == 0) {
            w.write(headerLine);
            w.flush();
        }
        return new SweepLog(w, completed, header.size());
    }

    /** Points already in the file. */
    public long completed() {
        return completed;
    }

    /**
     * Appends a finished point and flushes it to the operating system.
     *
     * @param point the point
     * @param values its parameter values
     * @param outputs its outputs
     * @throws IOException when the line cannot be written
     */
    public void append(long point, double[] values, double[] outputs) throws IOException {
        List<String> cells = new ArrayList<>(columns);
        cells.add(Long.toString(point));
        for (double v : values) {
            cells.add(CsvTable.number(v));
        }
        for (double v : outputs) {
            cells.add(CsvTable.number(v));
        }
        writer.write(CsvTable.line(cells));
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** What to do about a damaged line of an interrupted sweep's log. */
    private static String damaged(Path file) {
        return "the interrupted sweep's log is damaged: delete this line and those after it and resume again (they are "
                + "recomputed), or remove " + file.toAbsolutePath().getParent() + " to start again";
    }

    /** A cell's number as {@link #append} wrote it: empty for NaN. */
    private static double value(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The 1-based column where cell {@code index} of a line starts. */
    private static int column(String line, int index) {
        int at = 0;
        for (int c = 0; c < index; c++) {
            at = line.indexOf(',', at) + 1;
        }
        return at + 1;
    }

    /**
     * Reads the numeric columns of a finished log, column-wise.
     *
     * @param file {@code sweep.csv}
     * @param rows the number of points
     * @param width the number of columns after {@code point}
     * @return {@code columns[column][point]}
     * @throws IOException when the file cannot be read
     */
    public static double[][] columns(Path file, long rows, int width) throws IOException {
        double[][] out = new double[width][(int) rows];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            for (int row = 0; row < rows; row++) {
                String[] cells = r.readLine().split(",", -1);
                for (int c = 0; c < width; c++) {
                    out[c][row] = value(cells[c + 1]);
                }
            }
        }
        return out;
    }
}
