package org.ecocomp.io.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.table.CsvTable;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.WaterBodyType;

/**
 * ecocomp's canonical monitoring format: a tidy long CSV with one value per row.
 *
 * <pre>
 * # comment lines (provenance; synthetic data says so here)
 * section,time,indicator,value,unit
 * 兴宁电站,2020-01-15T00:00,NH3-N,0.12,mg/L
 * </pre>
 *
 * <p>{@code time} is ISO-8601 ({@code 2020-01-15T00:00}, {@code 2020-01-15 00:00} or {@code 2020-01-15});
 * {@code indicator} is a code or Chinese name ({@code NH3-N}, {@code 氨氮}); {@code unit} is mg/L or
 * µg/L for concentrations (converted to mg/L), m3/s or L/s for flow, empty for pH. Optional
 * columns: {@code province}, {@code basin}, {@code water_body} ({@code river} or {@code lake}).
 */
public final class TidyCsv {

    /** The required columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("section", "time", "indicator", "value", "unit");

    private TidyCsv() {
    }

    /** True when a header row is a tidy table's. */
    static boolean recognises(Row header) {
        return header.cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().containsAll(List.of("section", "indicator"));
    }

    /**
     * Reads a tidy CSV file.
     *
     * @param file the file
     * @return the samples, one per (section, time), in order of first appearance
     * @throws InputException on a missing file or any bad row; all problems are listed
     */
    public static MonitoringData read(Path file) throws InputException {
        return read(file, TableFile.read(file));
    }

    static MonitoringData read(Path file, List<Row> rows) throws InputException {
        CellProblems problems = new CellProblems(file);
        Row header = rows.getFirst();
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cell(c).toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, c) != null) {
                problems.add(header.line(), header.cell(c), "column appears twice");
            }
        }
        for (String required : COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(header.line(), required, "missing column; a tidy table needs " + String.join(",", COLUMNS));
            }
        }
        problems.throwIfAny();

        Map<String, Map<Indicator, Double>> values = new LinkedHashMap<>();
        Map<String, LocalDateTime> times = new HashMap<>();
        Map<String, String> sectionOf = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, SectionInfo> sections = new LinkedHashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            String section = row.cell(columns.get("section"));
            String timeText = row.cell(columns.get("time"));
            String indicatorText = row.cell(columns.get("indicator"));
            String unit = row.cell(columns.get("unit"));
            if (section.isEmpty()) {
                problems.add(row.line(), "section", "empty section name");
                continue;
            }
            Optional<LocalDateTime> time = Times.parse(timeText);
            if (time.isEmpty()) {
                problems.add(row.line(), "time", "'" + timeText + "' is not a time; expected YYYY-MM-DDTHH:MM or YYYY-MM-DD");
            }
            Optional<Indicator> indicator = Indicator.parse(indicatorText);
            if (indicator.isEmpty()) {
                problems.add(row.line(), "indicator", "unknown indicator '" + indicatorText + "'; expected one of "
                        + String.join(", ", java.util.Arrays.stream(Indicator.values()).map(Indicator::code).toList()));
                continue;
            }
            Optional<Double> factor = Units.factor(indicator.get(), unit);
            if (factor.isEmpty()) {
                problems.add(row.line(), "unit", "unit '" + unit + "' does not fit " + indicator.get().code()
                        + "; expected " + Units.accepted(indicator.get()));
                continue;
            }
            Optional<Double> value = problems.value(row, "value", row.cell(columns.get("value")), indicator.get(), factor.get());
            if (time.isEmpty() || value.isEmpty()) {
                continue;
            }
            String sampleKey = section + "\u0000" + time.get();
            String valueKey = sampleKey + "\u0000" + indicator.get();
            Integer earlier = seen.putIfAbsent(valueKey, row.line());
            if (earlier != null) {
                problems.add(row.line(), "indicator", "duplicate sample: " + indicator.get().code() + " at " + section
                        + " " + timeText + " is also on line " + earlier);
                continue;
            }
            values.computeIfAbsent(sampleKey, k -> new EnumMap<>(Indicator.class)).put(indicator.get(), value.get());
            times.put(sampleKey, time.get());
            sectionOf.put(sampleKey, section);
            if (!sections.containsKey(section)) {
                Optional<WaterBodyType> body = Optional.empty();
                if (columns.containsKey("water_body")) {
                    String text = row.cell(columns.get("water_body")).toLowerCase(Locale.ROOT);
                    switch (text) {
                        case "river" -> body = Optional.of(WaterBodyType.RIVER);
                        case "lake", "reservoir" -> body = Optional.of(WaterBodyType.LAKE);
                        case "" -> { }
                        default -> problems.add(row.line(), "water_body", "'" + text + "' is not a water body; expected river or lake");
                    }
                }
                sections.put(section, new SectionInfo(section, optional(row, columns.get("province")),
                        optional(row, columns.get("basin")), body, false));
            }
        }
        problems.throwIfAny();
        List<Sample> samples = new ArrayList<>(values.size());
        values.forEach((key, v) -> samples.add(new Sample(sectionOf.get(key), times.get(key), v)));
        return new MonitoringData(samples, sections);
    }

    private static String optional(Row row, Integer column) {
        return column == null ? "" : row.cell(column);
    }

    /**
     * The tidy table of samples: one row per measured indicator, in sample order and indicator order.
     *
     * @param samples the samples
     * @param comments provenance lines written first as {@code # } comments
     * @return the table, ready to write
     */
    public static CsvTable table(List<Sample> samples, List<String> comments) {
        CsvTable table = new CsvTable(comments, COLUMNS);
        for (Sample s : samples) {
            s.values().forEach((indicator, value) -> table.add(s.section(), Times.format(s.time()), indicator.code(),
                    CsvTable.number(value), indicator.unit()));
        }
        return table;
    }

    /**
     * Writes samples as a tidy CSV file (UTF-8), with a byte-order mark first for {@code --excel-bom}
     * (Excel on Chinese Windows then reads it as UTF-8; ecocomp reads it either way).
     *
     * @param file the file, replaced if it exists (write to a temporary file and move it for atomicity)
     * @param samples the samples
     * @param comments provenance lines written first as {@code # } comments
     * @param bom whether to write a UTF-8 byte-order mark first
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<Sample> samples, List<String> comments, boolean bom) throws IOException {
        table(samples, comments).write(file, bom);
    }
}
