package org.ecocomp.io.monitoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;

/**
 * Reads monitoring files of either format, told apart by their header: a CNEMC table (CSV or XLSX,
 * Chinese headers) or a tidy long CSV.
 */
public final class MonitoringFiles {

    private MonitoringFiles() {
    }

    /**
     * Reads one or more monitoring files. The same (section, time) in two files is a duplicate.
     *
     * @param files the files
     * @param year the year for CNEMC times written as {@code MM-DD HH:MM} when a table has no 抓取年份 column
     * @return the samples of all files, in file order
     * @throws InputException listing every problem of every file
     */
    public static MonitoringData read(List<Path> files, OptionalInt year) throws InputException {
        return read(files, year, Set.of());
    }

    /**
     * Reads one or more monitoring files to grade them on a set of indicators: a CNEMC table must have
     * a column for each (the national release always has pH, 溶解氧, 高锰酸盐指数, 氨氮 and 总磷), or it is
     * refused rather than graded without it. The same (section, time) in two files is a duplicate.
     *
     * @param files the files
     * @param year the year for CNEMC times written as {@code MM-DD HH:MM} when a table has no 抓取年份 column
     * @param graded the indicators the samples will be graded on
     * @return the samples of all files, in file order
     * @throws InputException listing every problem of every file
     */
    public static MonitoringData read(List<Path> files, OptionalInt year, Set<Indicator> graded) throws InputException {
        List<MonitoringData> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ExitCode code = ExitCode.DATA;
        for (Path file : files) {
            try {
                parts.add(read(file, year, graded));
            } catch (InputException e) {
                problems.addAll(e.problems());
                if (e.exitCode() != ExitCode.DATA) {
                    code = e.exitCode();
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(code, problems);
        }
        Map<String, Path> firstFile = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Sample s : parts.get(i).samples()) {
                Path earlier = firstFile.putIfAbsent(s.section() + "\u0000" + s.time(), files.get(i));
                if (earlier != null) {
                    problems.add(new Problem(files.get(i), 0, 0, s.section(), "duplicate sample: " + s.section() + " at "
                            + Times.format(s.time()) + " is also in " + earlier));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.DATA, problems.subList(0, Math.min(50, problems.size())));
        }
        return MonitoringData.concat(parts);
    }

    /**
     * Reads one monitoring file.
     *
     * @param file the file
     * @param year the year for CNEMC times without one
     * @return the samples
     * @throws InputException on a missing, empty or bad file
     */
    public static MonitoringData read(Path file, OptionalInt year) throws InputException {
        return read(file, year, Set.of());
    }

    private static MonitoringData read(Path file, OptionalInt year, Set<Indicator> graded) throws InputException {
        List<Row> rows = TableFile.read(file);
        Row header = rows.getFirst();
        MonitoringData data;
        if (CnemcTable.recognises(header)) {
            data = CnemcTable.read(file, rows, year, graded);
        } else if (TidyCsv.recognises(header)) {
            data = TidyCsv.read(file, rows);
        } else {
            throw new InputException(new Problem(file, header.line(), 0, "",
                    "unknown table: expected a CNEMC table (columns 断面名称, 监测时间, ...) or a tidy CSV (columns "
                            + String.join(",", TidyCsv.COLUMNS) + ")"));
        }
        if (data.samples().isEmpty()) {
            throw new InputException(Problem.ofFile(file, "no data rows below the header"));
        }
        return data;
    }
}
