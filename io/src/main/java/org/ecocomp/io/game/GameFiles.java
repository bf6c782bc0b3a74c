package org.ecocomp.io.game;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.Money;
import org.ecocomp.io.table.CsvInput;

/**
 * Reads a characteristic function from a CSV table with the columns {@code coalition,value}: members
 * separated by spaces or {@code +} ({@code GX GD}, {@code GX+GD}), values in yuan or with a unit
 * ({@code 3亿}). Players are named in order of first appearance; every non-empty coalition must be
 * given exactly once ({@code #} lines are comments). The file is read as every table is
 * ({@link CsvInput}).
 */
public final class GameFiles {

    /** The columns a game table needs. */
    private static final List<String> COLUMNS = List.of("coalition", "value");

    private GameFiles() {
    }

    /**
     * Reads a game.
     *
     * @param file the CSV file
     * @return the game
     * @throws InputException listing every problem (65), or a missing file (66)
     */
    public static CharacteristicFunction read(Path file) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> players = new LinkedHashMap<>();
        List<List<String>> coalitions = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setHeader().setSkipHeaderRecord(true).get();
        try (CsvInput input = CsvInput.open(file).parse(format)) {
            for (String column : COLUMNS) {
                if (!input.headerMap().containsKey(column)) {
                    throw new InputException(new Problem(file, input.line(), 0, column, "missing column; expected coalition,value"));
                }
            }
            for (Optional<CSVRecord> next = input.next(); next.isPresent(); next = input.next()) {
                CSVRecord rec = next.get();
                int line = input.line();
                if (!rec.isSet("coalition") || !rec.isSet("value")) {
                    problems.add(new Problem(file, line, 0, "", "the row has " + rec.size() + (rec.size() == 1 ? " field" : " fields")
                            + "; expected a coalition and its value (coalition,value)"));
                    continue;
                }
                List<String> members = List.of(rec.get("coalition").replace('+', ' ').trim().split("\\s+"));
                if (members.getFirst().isEmpty()) {
                    problems.add(new Problem(file, line, 0, "coalition", "empty coalition; v(∅) = 0 is implied"));
                    continue;
                }
                var v = Money.parse(com.fasterxml.jackson.databind.node.TextNode.valueOf(rec.get("value")));
                if (v.isEmpty()) {
                    problems.add(new Problem(file, line, 0, "value", "'" + rec.get("value") + "' is not a number or an amount"));
                    continue;
                }
                members.forEach(m -> players.putIfAbsent(m, players.size()));
                coalitions.add(members);
                values.add(v.getAsDouble());
                lines.add(line);
            }
        }
        int n = players.size();
        if (n == 0 || n > CharacteristicFunction.MAX_PLAYERS) {
            problems.add(Problem.ofFile(file, n == 0 ? "no coalitions" : "more than " + CharacteristicFunction.MAX_PLAYERS + " players"));
            throw new InputException(ExitCode.DATA, problems);
        }
        double[] table = new double[1 << n];
        Map<Integer, Integer> seen = new HashMap<>();
        for (int k = 0; k < coalitions.size(); k++) {
            int mask = 0;
            for (String m : coalitions.get(k)) {
                mask |= 1 << players.get(m);
            }
            Integer earlier = seen.putIfAbsent(mask, lines.get(k));
            if (earlier != null) {
                problems.add(new Problem(file, lines.get(k), 0, "coalition", "this coalition is also on line " + earlier));
            }
            table[mask] = values.get(k);
        }
        List<String> names = new ArrayList<>(players.keySet());
        for (int s = 1; s < table.length; s++) {
            if (!seen.containsKey(s)) {
                List<String> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((s & (1 << i)) != 0) {
                        members.add(names.get(i));
                    }
                }
                problems.add(Problem.ofFile(file, "no value for the coalition " + String.join(" ", members)
                        + "; every non-empty coalition of " + String.join(", ", names) + " needs one"));
                if (problems.size() > 20) {
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.DATA, problems);
        }
        return CharacteristicFunction.of(names, table);
    }
}
