package org.ecocomp.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ecocomp.io.document.Document;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario schema against a valid file that uses every clause type and two corpora of broken
 * files. Each broken file names its one defect in its first line, {@code # expect: PATH | FRAGMENT}
 * (a JSON file in a sibling {@code .expect} file); an empty PATH means the document itself. Files in
 * {@code broken/} must give exactly that problem; files in {@code broken-semantic/} must pass the
 * schema, their defect being one of meaning that {@link ScenarioFiles} finds.
 */
class ScenarioSchemaTest {

    private static final String EXPECT = "# expect:";

    @Test
    void aFileUsingEveryClauseTypeHasNoProblems() throws InputException {
        Path file = scenarios().resolve("valid/every-clause.yaml");
        Document doc = Document.read(file);

        assertEquals(List.of(), ScenarioSchema.validate(doc));
        Set<String> used = new TreeSet<>();
        doc.root().get("rounds").forEach(r -> r.get("clauses").forEach(c -> used.add(c.get("type").asText())));
        Set<String> known = new TreeSet<>();
        schema().at("/$defs/clause/properties/type/enum").forEach(t -> known.add(t.asText()));
        assertEquals(known, used, "the valid example should use every clause type of the schema");
    }

    @Test
    void theSchemaIsADraft202012Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertEquals(List.of(), meta.validate(schema()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenFileGivesTheProblemItExpects(String name) {
        Path file = scenarios().resolve("broken").resolve(name);
        Expectation expected = expectation(file);

        List<Problem> problems = problems(file);

        assertEquals(1, problems.size(), () -> "one defect should give one problem, got " + problems);
        Problem problem = problems.getFirst();
        assertEquals(expected.path(), problem.field(), problem::toString);
        assertTrue(problem.message().contains(expected.fragment()), () -> problem + "\n  should contain: " + expected.fragment());
        assertTrue(problem.line() > 0 || hasNoContent(file), () -> problem + "\n  should have a line");
        assertEquals(file, problem.file());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSemantic")
    void aSemanticallyBrokenFilePassesTheSchema(String name) throws InputException {
        Path file = scenarios().resolve("broken-semantic").resolve(name);
        Expectation expected = expectation(file);

        assertEquals(List.of(), ScenarioSchema.validate(Document.read(file)));
        assertTrue(!expected.path().isEmpty() && !expected.fragment().isEmpty(), "the expect line names a path and a fragment");
    }

    @Test
    void problemsAreInFileOrderWithoutRepeats(@TempDir Path dir) throws IOException, InputException {
        Path file = dir.resolve("three.yaml");
        Files.writeString(file, """
                ecocomp: 1
                name: three defects
                data: {files: [data.csv]}
                parties: [{code: JX}, {code: GD}]
                sections: [{name: 甲, party: JX}]
                rounds:
                  - name: round 1
                    years: {from: 2016, to: 2018}
                    clauses:
                      - {id: a, type: compliance-bet, sections: [甲], upstream: JX, downstream: GD, stake: 1亿, partial: some}
                      - {id: b, type: compliance-bet, sections: [甲], upstream: JX, downstream: GD, stake: 1亿, partial: some}
                  - nmae: round 2
                """);

        List<Problem> problems = ScenarioSchema.validate(Document.read(file));

        assertEquals(List.of("name", "rounds[0].clauses[0].partial", "rounds[0].clauses[1].partial", "rounds[1]", "rounds[1]",
                        "rounds[1].nmae"),
                problems.stream().map(Problem::field).toList(), problems::toString);
        assertEquals(problems.stream().distinct().toList(), problems);
        for (int i = 1; i < problems.size(); i++) {
            assertTrue(problems.get(i - 1).line() <= problems.get(i).line(), problems::toString);
        }
    }

    @Test
    void aMisspelledRequiredKeyIsOneProblemAtTheMisspelling() throws InputException {
        Path file = scenarios().resolve("broken/misspelled-clause-key.yaml");

        List<Problem> problems = ScenarioSchema.validate(Document.read(file));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().message().startsWith("unknown key 'stke' (did you mean 'stake'?); expected one of: id, type,"),
                problems::toString);
    }

    static Stream<String> broken() {
        return names("broken", ".yaml", ".json");
    }

    static Stream<String> brokenSemantic() {
        return names("broken-semantic", ".yaml");
    }

    private static Stream<String> names(String folder, String... suffixes) {
        try (Stream<Path> files = Files.list(scenarios().resolve(folder))) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> Stream.of(suffixes).anyMatch(n::endsWith)).sorted().toList();
            assertTrue(names.size() >= 8, folder + " should hold a corpus of broken files");
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file and validates it, as ScenarioFiles does: the problems of parsing, or else the schema's. */
    private static List<Problem> problems(Path file) {
        try {
            return ScenarioSchema.validate(Document.read(file));
        } catch (InputException e) {
            return e.problems();
        }
    }

    record Expectation(String path, String fragment) {
    }

    static Expectation expectation(Path file) {
        String name = file.getFileName().toString();
        Path source = name.endsWith(".json") ? file.resolveSibling(name.replaceFirst("\\.json$", ".expect")) : file;
        String first = lines(source).stream().findFirst().orElse("");
        assertTrue(first.startsWith(EXPECT) && first.contains("|"), () -> source + " should start with '" + EXPECT + " PATH | FRAGMENT'");
        String rest = first.substring(EXPECT.length());
        int bar = rest.indexOf('|');
        return new Expectation(rest.substring(0, bar).strip(), rest.substring(bar + 1).strip());
    }

    private static boolean hasNoContent(Path file) {
        return lines(file).stream().allMatch(l -> l.isBlank() || l.startsWith("#"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path scenarios() {
        try {
            return Path.of(ScenarioSchemaTest.class.getResource("/scenarios").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode schema() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream("scenario.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
