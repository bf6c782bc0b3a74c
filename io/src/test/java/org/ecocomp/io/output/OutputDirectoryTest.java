package org.ecocomp.io.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path dir;

    private void result(Path target, String content) throws Exception {
        try (OutputDirectory out = OutputDirectory.create(target, List.of())) {
            Files.writeString(out.resolve("a.csv"), content);
            Files.writeString(out.resolve(OutputDirectory.MANIFEST), "{}");
            out.commit();
        }
    }

    @Test
    void committedResultReplacesAnEarlierOne() throws Exception {
        Path target = dir.resolve("r");
        result(target, "one");
        result(target, "two");
        assertEquals("two", Files.readString(target.resolve("a.csv")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary folders left");
        }
    }

    @Test
    void failedRunLeavesTheEarlierResultAndNoPartialFolder() throws Exception {
        Path target = dir.resolve("r");
        result(target, "one");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputDirectory out = OutputDirectory.create(target, List.of())) {
                Files.writeString(out.resolve("a.csv"), "half");
                throw new IllegalStateException("crash before commit");
            }
        });
        assertEquals("one", Files.readString(target.resolve("a.csv")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFolderThatIsNotAResultIsNeverReplaced() throws Exception {
        Path mine = dir.resolve("thesis");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("chapter1.docx"), "precious");
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.create(mine, List.of()));
        assertEquals(ExitCode.CANNOT_CREATE, e.exitCode());
        assertTrue(Files.exists(mine.resolve("chapter1.docx")));
        assertFalse(e.getMessage().isEmpty());
    }

    @Test
    void aResultHoldingAFileEcocompDidNotWriteIsNotReplaced() throws Exception {
        Path target = dir.resolve("r");
        result(target, "one");
        Files.writeString(target.resolve("notes.txt"), "my notes");
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.create(target, List.of()));
        assertEquals(ExitCode.CANNOT_CREATE, e.exitCode());
        assertTrue(e.getMessage().contains("holds files ecocomp did not write (notes.txt)"), e.getMessage());
        assertEquals("my notes", Files.readString(target.resolve("notes.txt")));
    }

    @Test
    void aResultHoldingAnInputOfTheRunIsNotReplaced() throws Exception {
        Path target = dir.resolve("r");
        result(target, "one");
        // a.csv was written by ecocomp, but this run reads it: replacing the folder would delete it
        InputException e = assertThrows(InputException.class,
                () -> OutputDirectory.create(target, List.of(target.resolve("a.csv"))));
        assertEquals(ExitCode.CANNOT_CREATE, e.exitCode());
        assertTrue(e.getMessage().contains("an input of this run"), e.getMessage());
        assertEquals("one", Files.readString(target.resolve("a.csv")));
    }

    @Test
    void filesWrittenInPlaceAndRecordedMayBeReplaced() throws Exception {
        Path target = dir.resolve("r");
        result(target, "one");
        Files.writeString(target.resolve("report.html"), "<html>");
        OutputDirectory.recordWritten(target, List.of(target.resolve("report.html")));
        result(target, "two");
        assertEquals("two", Files.readString(target.resolve("a.csv")));
        assertFalse(Files.exists(target.resolve("report.html")));
    }

    @Test
    void aUsersDotFileIsAFileEcocompDidNotWrite() throws Exception {
        Path target = dir.resolve("r");
        result(target, "one");
        Files.writeString(target.resolve(".notes"), "mine");
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.create(target, List.of()));
        assertTrue(e.getMessage().contains("(.notes)"), e.getMessage());
        assertEquals("mine", Files.readString(target.resolve(".notes")));
    }
}
