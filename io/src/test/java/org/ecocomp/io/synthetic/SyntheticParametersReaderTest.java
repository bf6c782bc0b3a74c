package org.ecocomp.io.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.quality.Indicator;
import org.ecocomp.simulation.Breakpoint;
import org.ecocomp.simulation.Correlation;
import org.ecocomp.simulation.IndicatorProcess;
import org.ecocomp.simulation.MedianPath;
import org.ecocomp.simulation.Seasonality;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.SyntheticSeries;
import org.ecocomp.simulation.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading parameter files: the documented format, and every bad parameter as a located problem. */
class SyntheticParametersReaderTest {

    private static final String GOOD = """
            # SYNTHETIC test parameters
            synthetic: true
            description: two sections
            seed: 42
            years: {from: 2010, to: 2012}
            sections:
              - name: 兴宁电站
                indicators:
                  pH: {median: 7.6, sd: 0.3, phi: 0.2}
                  CODMn: {median: 2.0, sd: 0.25, phi: 0.5, seasonal: {amplitude: 0.15, peakMonth: 7}}
                  NH3-N:
                    median: [{from: 2010-01, value: 0.3}, {from: 2012-01, value: 0.12}]
                    sd: 0.4
                    phi: 0.4
                flow: {median: 45, sd: 0.5, phi: 0.7, seasonal: {amplitude: 0.6, peakMonth: 6}}
                correlation:
                  indicators: [CODMn, flow]
                  matrix: [[1, 0.3], [0.3, 1]]
              - name: 庙咀里
                indicators:
                  总磷: {median: 0.05, sd: 0.4, phi: 0.5}
            """;

    /** Marks a problem located just after the last character of its line. */
    private static final String END_OF_LINE = "⏎";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("test.params.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private InputException fails(String text) throws IOException {
        Path file = write(text);
        return assertThrows(InputException.class, () -> SyntheticParametersReader.read(file));
    }

    @Test
    void readsTheDocumentedFormat() throws Exception {
        SyntheticParameters p = SyntheticParametersReader.read(write(GOOD));
        SectionProcess xingning = new SectionProcess("兴宁电站", List.of(
                new IndicatorProcess(Indicator.PH, new MedianPath.Constant(7.6), 0.3, 0.2, Seasonality.NONE),
                new IndicatorProcess(Indicator.CODMN, new MedianPath.Constant(2.0), 0.25, 0.5, new Seasonality(0.15, 7)),
                new IndicatorProcess(Indicator.NH3N, new MedianPath.Piecewise(List.of(
                        new Breakpoint(YearMonth.of(2010, 1), 0.3), new Breakpoint(YearMonth.of(2012, 1), 0.12))),
                        0.4, 0.4, Seasonality.NONE),
                new IndicatorProcess(Indicator.FLOW, new MedianPath.Constant(45), 0.5, 0.7, new Seasonality(0.6, 6))),
                new Correlation(List.of(Indicator.CODMN, Indicator.FLOW), List.of(List.of(1.0, 0.3), List.of(0.3, 1.0))));
        SectionProcess miaojuli = new SectionProcess("庙咀里", List.of(
                new IndicatorProcess(Indicator.TP, new MedianPath.Constant(0.05), 0.4, 0.5, Seasonality.NONE)), Correlation.NONE);
        assertEquals(new SyntheticParameters("two sections", 42,
                new SyntheticSeries(new YearRange(2010, 2012), List.of(xingning, miaojuli))), p);
    }

    /**
     * One broken variant of {@link #GOOD} per case: the replacement, then where the problem must be
     * (line, and the text that starts at its column, or {@link #END_OF_LINE}), its field and a fragment
     * of its message.
     */
    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("sd: 0.25", "sd: 0", 10, "0, phi", "sections[0].indicators.CODMn.sd", "must be a number > 0 and at most 5.0"),
                Arguments.of("sd: 0.25", "sd: 1000", 10, "1000, phi", "sections[0].indicators.CODMn.sd", "must be a number > 0 and at most 5.0, was 1000.0"),
                Arguments.of("sd: 0.25", "sd: -1", 10, "-1, phi", "sections[0].indicators.CODMn.sd", "at most 5.0, was -1.0"),
                Arguments.of("median: 2.0", "median: -2.0", 10, "-2.0", "sections[0].indicators.CODMn.median", "must be > 0"),
                Arguments.of("median: 7.6", "median: 15", 9, "15,", "sections[0].indicators.pH.median", "0–14"),
                Arguments.of("phi: 0.7", "phi: 1.0", 15, "1.0,", "sections[0].flow.phi", "strictly between −1 and 1"),
                Arguments.of("phi: 0.7", "phi: -1.5", 15, "-1.5", "sections[0].flow.phi", "strictly between −1 and 1"),
                Arguments.of("总磷:", "TQ:", 21, "TQ:", "sections[1].indicators.TQ", "unknown indicator 'TQ'; expected one of pH, DO"),
                Arguments.of("总磷:", "flow:", 21, "flow:", "sections[1].indicators.flow", "give it as 'flow:'"),
                Arguments.of("    sd: 0.4", "    sdd: 0.4", 13, "sdd", "sections[0].indicators.NH3-N.sdd",
                        "unknown key 'sdd'; expected one of median, phi, sd, seasonal"),
                Arguments.of("    sd: 0.4", "    sdd: 0.4", 11, "NH3-N", "sections[0].indicators.NH3-N.sd", "missing; expected"),
                Arguments.of("sd: 0.3, phi: 0.2", "sd: 0.3", 9, "pH:", "sections[0].indicators.pH.phi", "missing; expected"),
                Arguments.of("seed: 42\n", "", 2, "synthetic", "seed", "missing; expected the base seed"),
                Arguments.of("seed: 42", "seed: 4.5", 4, "4.5", "seed", "whole number, found '4.5'"),
                Arguments.of("sd: 0.4\n", "sd: high\n", 13, "high", "sections[0].indicators.NH3-N.sd", "found 'high'"),
                Arguments.of("synthetic: true", "synthetic: false", 2, "false", "synthetic", "must be true"),
                Arguments.of("{from: 2010, to: 2012}", "{from: 2013, to: 2012}", 5, "2012}", "years.to",
                        "the last year 2012 is before the first year 2013"),
                Arguments.of("{from: 2010, to: 2012}", "{from: 2010}", 5, "years", "years.to", "missing"),
                Arguments.of("peakMonth: 7", "peakMonth: 13", 10, "13}", "sections[0].indicators.CODMn.seasonal.peakMonth",
                        "must be a month 1–12, was 13"),
                Arguments.of("amplitude: 0.15", "amplitude: -0.15", 10, "-0.15", "sections[0].indicators.CODMn.seasonal.amplitude",
                        "≥ 0"),
                Arguments.of("{from: 2012-01", "{from: 2012-13", 12, "2012-13", "sections[0].indicators.NH3-N.median[1].from",
                        "not a month; expected YYYY-MM"),
                Arguments.of("{from: 2012-01", "{from: 2009-01", 12, "median:", "sections[0].indicators.NH3-N.median",
                        "must increase strictly"),
                Arguments.of("value: 0.12}", "valeu: 0.12}", 12, "valeu", "sections[0].indicators.NH3-N.median[1].valeu",
                        "unknown key 'valeu'; expected one of from, value"),
                Arguments.of("median: [{", "median: high\n#[{", 12, "high", "sections[0].indicators.NH3-N.median",
                        "expected a number > 0, or a list of breakpoints"),
                Arguments.of("[[1, 0.3], [0.3, 1]]", "[[1, 0.3], [0.2, 1]]", 18, "matrix:", "sections[0].correlation.matrix",
                        "not symmetric"),
                Arguments.of("[CODMn, flow]", "[CODMn, flow, pH]", 18, "matrix:", "sections[0].correlation.matrix",
                        "has 2 rows but 3 indicators"),
                Arguments.of("[CODMn, flow]\n      matrix: [[1, 0.3], [0.3, 1]]",
                        "[CODMn, flow, pH]\n      matrix: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]",
                        18, "matrix:", "sections[0].correlation.matrix", "not positive definite"),
                Arguments.of("[CODMn, flow]", "[CODMn, TN]", 16, "correlation:", "sections[0].correlation",
                        "lists TN, which section 兴宁电站 does not model"),
                Arguments.of("[CODMn, flow]", "[CODMn, NO3]", 17, "NO3", "sections[0].correlation.indicators[1]",
                        "unknown indicator 'NO3'"),
                Arguments.of("name: 庙咀里", "name: 兴宁电站", 6, "sections:", "sections", "two sections are named 兴宁电站"),
                Arguments.of("seasonal: {amplitude: 0.15, peakMonth: 7}", "seasonal: strong", 10, "strong",
                        "sections[0].indicators.CODMn.seasonal", "expected a mapping"),
                Arguments.of("seed: 42", "seed: 42\nseed: 43", 5, "seed", "seed", "Duplicate field 'seed'"),
                Arguments.of("[0.3, 1]]", "[0.3, 1]", 18, END_OF_LINE, "sections[0].correlation.matrix[1]",
                        "not valid YAML: while parsing a flow sequence"));
    }

    @ParameterizedTest(name = "{1} → {2}: {4}")
    @MethodSource("badParameters")
    void aBadParameterIsALocatedProblem(String original, String replacement, int line, String token, String field,
                                        String fragment) throws IOException {
        assertTrue(GOOD.contains(original), original);
        String text = GOOD.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(replacement));
        InputException e = fails(text);
        assertEquals(ExitCode.DATA, e.exitCode());
        Problem p = e.problems().stream().filter(q -> q.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + field + " in\n" + e.getMessage()));
        String lineText = text.lines().toList().get(line - 1);
        int column = token.equals(END_OF_LINE) ? lineText.length() + 1 : lineText.indexOf(token) + 1;
        assertTrue(column > 0, lineText + " does not contain " + token);
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), e.getMessage());
        assertTrue(p.message().contains(fragment), p.message());
        assertTrue(p.toString().startsWith(dir.resolve("test.params.yaml") + ":" + line + ":"), p.toString());
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() throws IOException {
        String text = GOOD.replace("sd: 0.25", "sd: 0").replace("peakMonth: 6", "peakMonth: 0")
                .replace("总磷:", "TQ:").replace("seed: 42", "seed: x").replace("    phi: 0.4", "    phy: 0.4");
        InputException e = fails(text);
        assertEquals(List.of("seed", "sections[0].indicators.CODMn.sd", "sections[0].indicators.NH3-N.phi",
                        "sections[0].indicators.NH3-N.phy", "sections[0].flow.seasonal.peakMonth", "sections[1].indicators.TQ"),
                e.problems().stream().map(Problem::field).toList(), e.getMessage());
    }

    @Test
    void aMissingFileIsNoInput() {
        InputException e = assertThrows(InputException.class, () -> SyntheticParametersReader.read(dir.resolve("none.yaml")));
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertTrue(e.getMessage().endsWith("none.yaml: no such file"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAProblemWithTheWholeFile() throws IOException {
        InputException e = fails("# nothing here\n");
        assertEquals(0, e.problems().getFirst().line());
        assertTrue(e.getMessage().contains("holds no parameters"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() throws IOException {
        InputException e = fails("- a\n- b\n");
        assertEquals("1:1", e.problems().getFirst().line() + ":" + e.problems().getFirst().column());
        assertTrue(e.getMessage().contains("expected a mapping"), e.getMessage());
    }

    @Test
    void everyBundledParameterFileReadsAndIsLabelledSynthetic() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("../scenarios/data"))) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".params.yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        for (Path f : files) {
            SyntheticParameters p = SyntheticParametersReader.read(f);
            assertEquals(new YearRange(2010, 2025), p.series().years(), f.toString());
            assertTrue(Files.readString(f).startsWith("# SYNTHETIC"), f + " must say first that it is synthetic");
        }
    }
}
