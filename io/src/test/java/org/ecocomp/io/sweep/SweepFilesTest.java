package org.ecocomp.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of {@link SweepFiles}: a design that cannot be built is a located problem, not an exception. */
class SweepFilesTest {

    @TempDir
    Path dir;

    /** Reads a sweep file that must be refused with exactly one problem, and returns it. */
    private Problem onlyProblem(String text) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> SweepFiles.read(f));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().getFirst();
        assertEquals(f, p.file());
        assertTrue(p.line() > 0 && p.column() > 0, p::toString);
        return p;
    }

    private static final String ISHIGAMI = """
            ecocomp-sweep: 1
            function: {ishigami: {a: 7, b: 0.1}}
            design: %s
            """;

    @Test
    void twoParametersWithOneNameAreLocatedAtTheSecondName() throws IOException {
        Problem p = onlyProblem("""
                ecocomp-sweep: 1
                function: {ishigami: {a: 7, b: 0.1}}
                design: {method: morris, trajectories: 2, levels: 4}
                parameters:
                  - {name: x1, uniform: [-3, 3]}
                  - {name: x1, uniform: [-3, 3]}
                  - {name: x3, uniform: [-3, 3]}
                """);
        assertEquals("parameters[1].name", p.field());
        assertEquals(6, p.line());
        assertTrue(p.message().contains("'x1' already names parameters[0]"), p::toString);
    }

    @Test
    void anUnknownFormatVersionIsLocated() throws IOException {
        Problem p = onlyProblem(ISHIGAMI.replace("ecocomp-sweep: 1", "ecocomp-sweep: 2")
                .formatted("{method: morris, trajectories: 2, levels: 4}"));
        assertEquals("ecocomp-sweep", p.field());
        assertTrue(p.message().contains("format version 2 is not one this ecocomp reads"), p::toString);
    }

    @Test
    void anOddMorrisLevelCountIsLocated() throws IOException {
        Problem p = onlyProblem(ISHIGAMI.formatted("{method: morris, trajectories: 2, levels: 1}"));
        assertEquals("design.levels", p.field());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("p = 1; expected an even number of levels"), p::toString);
    }

    @Test
    void aNegativeTornadoPercentageIsLocated() throws IOException {
        Problem p = onlyProblem(ISHIGAMI.formatted("{method: tornado, percent: -10}"));
        assertEquals("design.percent", p.field());
        assertTrue(p.message().contains("'-10' is not a positive percentage"), p::toString);
        assertEquals("design.percent", onlyProblem(ISHIGAMI.formatted("{method: tornado, percent: ten}")).field());
    }

    @Test
    void aDesignOfMoreThanTenMillionPointsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Problem p = onlyProblem(ISHIGAMI.formatted("{method: grid, levels: 100000}"));
        assertEquals("design", p.field());
        assertTrue(p.message().contains("1,000,000,000,000,000 points (grid design over 3 parameters); expected at most 10,000,000"),
                p::toString);
        // Beyond 2^63 - 1 rows the grid itself cannot be built: still a located problem.
        Problem overflow = onlyProblem("""
                ecocomp-sweep: 1
                function: {sobol-g: {a: [0, 1, 2, 3, 4, 5]}}
                design: {method: grid, levels: 2000000}
                """);
        assertEquals("design", overflow.field());
        assertTrue(overflow.message().contains("more than 2^63 - 1 rows"), overflow::toString);
        // At the limit the design is accepted.
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, ISHIGAMI.formatted("{method: random, size: " + SweepFiles.MAX_POINTS + "}"));
        assertEquals(SweepFiles.MAX_POINTS, SweepFiles.read(f).design().size());
    }
}
