package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecocomp report} redraws a replay's charts and rebuilds its report from the tables alone. */
class ReportRebuildTest {

    @TempDir
    Path dir;

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void rebuildingADongjiangResultGivesTheSameBytesAndCanSwitchLanguage() throws IOException {
        Path out = dir.resolve("dj");
        assertEquals(0, Cli.run("run", "../scenarios/pilots/dongjiang.yaml", "--out", out.toString(), "--lang", "zh").code());
        Path before = dir.resolve("before");
        Files.createDirectories(before);
        for (Path f : files(out)) {
            Files.createDirectories(before.resolve(f).getParent());
            Files.copy(out.resolve(f), before.resolve(f));
        }
        // The charts are deleted: report must redraw them from ledger.csv, indices.csv and balances.csv.
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            for (Path c : charts.toList()) {
                Files.delete(c);
            }
        }
        Cli.Run r = Cli.run("report", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(files(before), files(out));
        for (Path f : files(before)) {
            assertArrayEquals(Files.readAllBytes(before.resolve(f)), Files.readAllBytes(out.resolve(f)), f.toString());
        }
        assertEquals(0, Cli.run("report", out.toString(), "--lang", "en").code());
        assertTrue(Files.readString(out.resolve("charts/payments.svg")).contains("Payments by party"),
                "the charts are redrawn in English");
    }
}
