package org.ecocomp.io.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming {@link SweepLog}: a cut last line is dropped, a damaged line is a located problem. */
class SweepLogTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("point", "x1", "x2", "y");

    @Test
    void aCutLastLineIsDroppedAndTheNextPointFollows() throws Exception {
        Path log = dir.resolve("sweep.csv");
        Files.writeString(log, "point,x1,x2,y\n0,1,2,3\n1,4,5,\n2,7,");
        try (SweepLog l = SweepLog.open(log, HEADER, true)) {
            assertEquals(2, l.completed());
            l.append(2, new double[] {7, 8}, new double[] {9});
        }
        assertEquals("point,x1,x2,y\n0,1,2,3\n1,4,5,\n2,7,8,9\n", Files.readString(log));
    }

    @Test
    void aValueThatIsNotANumberIsLocatedAndTheFileIsLeftAsItWas() throws IOException {
        Path log = dir.resolve("sweep.csv");
        Files.writeString(log, "point,x1,x2,y\n0,1,2,3\n1,4,abc,6\n2,7,");
        byte[] before = Files.readAllBytes(log);
        InputException e = assertThrows(InputException.class, () -> SweepLog.open(log, HEADER, true));
        assertEquals(ExitCode.DATA, e.exitCode());
        Problem p = e.problems().getFirst();
        assertEquals(log, p.file());
        assertEquals(3, p.line());
        assertEquals(5, p.column());
        assertEquals("x2", p.field());
        assertTrue(p.message().contains("'abc' is not a number"), p::toString);
        assertArrayEquals(before, Files.readAllBytes(log), "the damaged log is not truncated");
        Files.writeString(log, "point,x1,x2,y\n0,1,2\n");
        assertEquals(2, assertThrows(InputException.class, () -> SweepLog.open(log, HEADER, true)).problems().getFirst().line());
    }
}
