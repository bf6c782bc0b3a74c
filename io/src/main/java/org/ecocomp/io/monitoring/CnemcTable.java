package org.ecocomp.io.monitoring;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterClass;

/**
 * The table format of CNEMC's real-time surface-water release (国家地表水水质自动监测实时数据发布系统),
 * as published on its site and saved by common crawlers, in CSV or XLSX.
 *
 * <p>Columns are found by their Chinese names, with the unit in brackets: 省份, 流域, 断面名称, 监测时间
 * ({@code MM-DD HH:MM}, or with the year {@code YYYY-MM-DD HH:MM}), 水质类别 (1–6, Ⅰ…劣Ⅴ, −1 for no
 * data), optionally 抓取年份 (the year of the reading), and indicator columns such as
 * {@code 氨氮(mg/L)}. Water temperature, conductivity, turbidity, chlorophyll and algal density are
 * read past. {@code --} marks a missing value.
 */
final class CnemcTable {

    static final String SECTION = "断面名称";
    static final String TIME = "监测时间";
    static final String CLASS = "水质类别";
    static final String YEAR = "抓取年份";
    static final String PROVINCE = "省份";
    static final String BASIN = "流域";
    /** CNEMC columns that ecocomp does not grade. */
    private static final Set<String> PASSED_OVER = Set.of("水温", "电导率", "浊度", "叶绿素α", "叶绿素a", "站点情况");
    /** Algal density, measured only at lake and reservoir stations: evidence of the water body. */
    static final String ALGAE = "藻密度";

    private CnemcTable() {
    }

    /** True when a header row looks like a CNEMC table: it has one of CNEMC's own column names. */
    static boolean recognises(Row header) {
        Set<String> own = Set.of(SECTION, TIME, CLASS, YEAR, PROVINCE, BASIN);
        return header.cells().stream().map(CnemcTable::name).anyMatch(own::contains);
    }

    /**
     * Reads the rows of a CNEMC table.
     *
     * @param file the file, for messages
     * @param rows the rows, header first
     * @param year the year for {@code MM-DD} times when the table has no 抓取年份 column
     * @param graded the indicators the samples will be graded on: each needs its column
     * @return the data
     * @throws InputException on any bad header or cell; all problems are listed
     */
    static MonitoringData read(Path file, List<Row> rows, OptionalInt year, Set<Indicator> graded) throws InputException {
        CellProblems problems = new CellProblems(file);
        Row header = rows.getFirst();
        Map<String, Integer> columns = new HashMap<>();
        Map<Integer, Indicator> indicatorColumns = new LinkedHashMap<>();
        Map<Integer, Double> factors = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String cell = header.cell(c);
            String name = name(cell);
            if (name.equals(ALGAE)) {
                columns.put(ALGAE, c);
            }
            if (name.isEmpty() || PASSED_OVER.contains(name) || name.equals(ALGAE)) {
                continue;
            }
            if (columns.putIfAbsent(name, c) != null) {
                problems.add(header.line(), cell, "column appears twice");
                continue;
            }
            Optional<Indicator> indicator = Indicator.parse(name);
            if (indicator.isPresent()) {
                String unit = unit(cell).orElse(indicator.get().unit());
                Optional<Double> factor = Units.factor(indicator.get(), unit);
                if (factor.isEmpty()) {
                    problems.add(header.line(), cell, "unit '" + unit + "' does not fit " + indicator.get().code()
                            + "; expected " + Units.accepted(indicator.get()));
                } else {
                    indicatorColumns.put(c, indicator.get());
                    factors.put(c, factor.get());
                }
            }
        }
        for (String required : List.of(SECTION, TIME)) {
            if (!columns.containsKey(required)) {
                problems.add(header.line(), required, "missing column; a CNEMC table needs 断面名称 and 监测时间");
            }
        }
        if (indicatorColumns.isEmpty()) {
            problems.add(header.line(), "", "no indicator column (e.g. pH(无量纲), 溶解氧(mg/L), 氨氮(mg/L))");
        } else {
            missingGradedColumns(header, graded, Set.copyOf(indicatorColumns.values()), problems);
        }
        if (!columns.containsKey(YEAR) && year.isEmpty() && columns.containsKey(TIME)
                && rows.stream().skip(1).anyMatch(r -> Times.parse(r.cell(columns.get(TIME))).isEmpty())) {
            problems.add(header.line(), TIME, "times are written without a year (MM-DD HH:MM) and the table has no "
                    + YEAR + " column; give the year with --year");
        }
        problems.throwIfAny();

        List<Sample> samples = new ArrayList<>();
        Map<String, SectionInfo> sections = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int sectionCol = columns.get(SECTION);
        int timeCol = columns.get(TIME);
        for (Row row : rows.subList(1, rows.size())) {
            String section = row.cell(sectionCol);
            if (section.isEmpty()) {
                problems.add(row.line(), SECTION, "empty section name");
                continue;
            }
            Optional<LocalDateTime> time = time(row, timeCol, columns.get(YEAR), year, problems);
            Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
            indicatorColumns.forEach((c, indicator) -> problems.value(row, header.cell(c), row.cell(c), indicator, factors.get(c))
                    .ifPresent(v -> values.put(indicator, v)));
            Optional<WaterClass> reported = Optional.empty();
            if (columns.containsKey(CLASS)) {
                String text = row.cell(columns.get(CLASS));
                reported = WaterClass.parse(text);
                if (reported.isEmpty() && !CellProblems.isMissing(text) && !text.equals("-1")) {
                    problems.add(row.line(), CLASS, "'" + text + "' is not a water class; expected 1–6, Ⅰ…Ⅴ, 劣Ⅴ or -1");
                }
            }
            if (time.isEmpty()) {
                continue;
            }
            String key = section + "\u0000" + time.get();
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(row.line(), SECTION, "duplicate sample: " + section + " at " + row.cell(timeCol)
                        + " is also on line " + earlier);
                continue;
            }
            sections.merge(section, new SectionInfo(section, cellOf(row, columns.get(PROVINCE)), cellOf(row, columns.get(BASIN)),
                    Optional.empty(), !CellProblems.isMissing(cellOf(row, columns.get(ALGAE)))), SectionInfo::merge);
            samples.add(new Sample(section, time.get(), values, reported));
        }
        problems.throwIfAny();
        return new MonitoringData(samples, sections);
    }

    /**
     * A graded indicator without its column would be left out of every sample's class without a word
     * (CNEMC grades it): each is a problem at the header, which says how to grade without it on purpose.
     */
    private static void missingGradedColumns(Row header, Set<Indicator> graded, Set<Indicator> present, CellProblems problems) {
        List<Indicator> missing = graded.stream().filter(i -> !present.contains(i)).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> rest = graded.stream().filter(i -> !missing.contains(i)).sorted().map(Indicator::code).toList();
        for (Indicator i : missing) {
            problems.add(header.line(), i.chineseName(), "no " + i.chineseName() + " column, so " + i.code()
                    + " cannot be graded; a CNEMC table has it: restore the column (-- for no value)"
                    + (rest.isEmpty() ? "" : ", or grade without it with --indicators " + String.join(",", rest)));
        }
    }

    private static String cellOf(Row row, Integer column) {
        return column == null ? "" : row.cell(column);
    }

    private static Optional<LocalDateTime> time(Row row, int timeCol, Integer yearCol, OptionalInt yearOption,
                                                CellProblems problems) {
        String text = row.cell(timeCol);
        Optional<LocalDateTime> full = Times.parse(text);
        if (full.isPresent()) {
            return full;
        }
        String yearText = yearCol == null ? "" : row.cell(yearCol);
        OptionalInt year = yearOption;
        if (!yearText.isEmpty()) {
            if (!yearText.matches("\\d{4}")) {
                problems.add(row.line(), YEAR, "'" + yearText + "' is not a year");
                return Optional.empty();
            }
            year = OptionalInt.of(Integer.parseInt(yearText));
        }
        if (year.isEmpty()) {
            problems.add(row.line(), TIME, "no year for time '" + text + "'; give the year with --year");
            return Optional.empty();
        }
        Optional<LocalDateTime> time = Times.parseInYear(text, year.getAsInt());
        if (time.isEmpty()) {
            problems.add(row.line(), TIME, "'" + text + "' is not a time; expected MM-DD HH:MM or YYYY-MM-DD HH:MM");
        }
        return time;
    }

    /** The column name without its bracketed unit: {@code 氨氮(mg/L)} → {@code 氨氮}. */
    static String name(String header) {
        int i = indexOfBracket(header);
        return (i < 0 ? header : header.substring(0, i)).strip();
    }

    /** The bracketed unit of a column name, if any. */
    static Optional<String> unit(String header) {
        int i = indexOfBracket(header);
        if (i < 0) {
            return Optional.empty();
        }
        String rest = header.substring(i + 1);
        int end = Math.max(rest.lastIndexOf(')'), rest.lastIndexOf('）'));
        return Optional.of((end < 0 ? rest : rest.substring(0, end)).strip());
    }

    private static int indexOfBracket(String header) {
        int a = header.indexOf('(');
        int b = header.indexOf('（');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
