package org.ecocomp.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecocomp.agreement.AmountSchedule;
import org.ecocomp.agreement.Clause;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The semantic checks of {@link ScenarioFiles} on schema-valid files, and the records it builds. */
class ScenarioFilesTest {

    static Stream<Path> semanticallyBroken() throws IOException {
        try (Stream<Path> files = Files.list(ScenarioSchemaTest.scenarios().resolve("broken-semantic"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("semanticallyBroken")
    void eachSemanticDefectIsReportedOnceWhereItIs(Path file) {
        ScenarioSchemaTest.Expectation expected = ScenarioSchemaTest.expectation(file);
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.read(file));
        assertEquals(ExitCode.DATA, e.exitCode());
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), e::getMessage);
        Problem p = problems.getFirst();
        assertEquals(expected.path(), p.field(), p::toString);
        assertTrue(p.message().contains(expected.fragment()), () -> p + "\n  should contain: " + expected.fragment());
        assertTrue(p.line() > 0, p::toString);
    }

    @Test
    void theFullExampleBuildsEveryClauseWithItsAmounts() throws Exception {
        Scenario s = ScenarioFiles.read(ScenarioSchemaTest.scenarios().resolve("valid/every-clause.yaml")).scenario();
        List<Clause> clauses = s.agreement().rounds().stream().flatMap(r -> r.clauses().stream()).toList();
        assertEquals(12, clauses.stream().map(Clause::type).distinct().count(), clauses.toString());
        assertTrue(s.dataFiles().getFirst().isAbsolute(), "data files are resolved against the scenario's folder");
    }

    @Test
    void moneyUnits() {
        // 亿 = 1e8 and 万 = 1e4 yuan (DOMAIN.md); million = 1e6.
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        assertEquals(1e8, Money.parse(f.textNode("1亿")).getAsDouble());
        assertEquals(1.5e8, Money.parse(f.textNode("1.5 亿元")).getAsDouble());
        assertEquals(3e7, Money.parse(f.textNode("3000万")).getAsDouble());
        assertEquals(4.5e7, Money.parse(f.textNode("4500万元")).getAsDouble());
        assertEquals(2e6, Money.parse(f.textNode("2 million CNY")).getAsDouble());
        assertEquals(500, Money.parse(f.textNode("500元")).getAsDouble());
        assertEquals(-6e7, Money.parse(f.textNode("-6000万")).getAsDouble());
        assertEquals(1.5e8, Money.parse(f.numberNode(1.5e8)).getAsDouble());
        assertTrue(Money.parse(f.textNode("1亿美元")).isEmpty());
        assertTrue(new AmountSchedule.Fixed(1e8).in(2030).isPresent());
    }
}
