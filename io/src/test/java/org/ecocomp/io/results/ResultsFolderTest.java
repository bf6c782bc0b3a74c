package org.ecocomp.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    @TempDir
    Path dir;

    /** A hand-made result folder: a manifest naming {@code inputs}, two tables, two charts. */
    static Path folder(Path root, List<Path> inputs) throws IOException {
        Path f = Files.createDirectories(root.resolve("result"));
        StringBuilder in = new StringBuilder();
        for (Path p : inputs) {
            in.append(in.isEmpty() ? "" : ",").append("{\"path\":\"").append(p.toString().replace("\\", "\\\\"))
                    .append("\",\"sha256\":\"").append(Manifest.sha256(p)).append("\",\"bytes\":").append(Files.size(p)).append('}');
        }
        Files.writeString(f.resolve("manifest.json"), """
                {"tool":"ecocomp","version":"0.1.0","command":"run",
                 "arguments":["run","s.yaml","--lang","zh","--out=x"],"inputs":[%s],"seed":7,"draws":50,"threads":2,
                 "jvm":{"version":"21","vendor":"v","os":"Linux"},"start":"2026-01-02T03:04:05Z",
                 "end":"2026-01-02T03:04:09.5Z","facts":{"mode":"replay","b":"2"}}
                """.formatted(in));
        Files.writeString(f.resolve("ledger.csv"), "\uFEFFyear,payer,amount_cny,reason\n2016,GD,100000000.00,\"a, b\"\n"
                + "2017,JX,-2.5,\"line\nbreak\"\n2018,007,,x\n", StandardCharsets.UTF_8);
        Files.writeString(f.resolve("balances.csv"), "# a comment\nparty,net_cny\nJX,1e3\n");
        Files.writeString(f.resolve(".partial.csv"), "x\n1\n");
        Files.writeString(f.resolve("best.yaml"), "title: best\n");
        Files.createDirectories(f.resolve("charts"));
        Files.writeString(f.resolve("charts/b.svg"), "<svg/>");
        Files.writeString(f.resolve("charts/a.svg"), "<svg id=\"a\"/>");
        Files.writeString(f.resolve("charts/a.png"), "png");
        return f;
    }

    @Test
    void readsManifestTablesAndChartsInNameOrder() throws Exception {
        ResultsFolder rf = ResultsFolder.open(folder(dir, List.of()));
        RunRecord m = rf.manifest();
        assertEquals("run", m.command());
        assertEquals(7, m.seed().getAsLong());
        assertEquals(50, m.draws().getAsLong());
        assertEquals(2, m.threads().getAsInt());
        assertEquals("2026-01-02T03:04:09.5Z", m.end());
        assertEquals(List.of("mode", "b"), List.copyOf(m.facts().keySet()));
        assertEquals(Optional.of("zh"), m.option("--lang"));
        assertEquals(Optional.of("x"), m.option("--out"));
        assertEquals(Optional.empty(), m.option("--seed"));
        assertEquals(List.of("balances.csv", "ledger.csv"), rf.tables().stream().map(ResultTable::file).toList());
        assertEquals(List.of("a", "b"), rf.charts().stream().map(ResultsFolder.ChartFile::name).toList());
        assertEquals(List.of("best.yaml"), rf.documents().stream().map(ResultsFolder.TextFile::file).toList());
        assertEquals("title: best\n", rf.documents().getFirst().text());
        assertEquals("<svg id=\"a\"/>", rf.charts().getFirst().svg());

        ResultTable ledger = rf.tables().get(1);
        assertEquals(List.of("year", "payer", "amount_cny", "reason"), ledger.header(), "the BOM is not part of the header");
        ResultTable.Head head = ledger.head(2);
        assertEquals(3, head.totalRows());
        assertEquals(List.of(List.of("2016", "GD", "100000000.00", "a, b"), List.of("2017", "JX", "-2.5", "line\nbreak")), head.rows());
        try (Stream<List<String>> rows = ledger.rows()) {
            assertEquals(List.of("2018", "007", "", "x"), rows.toList().get(2));
        }
        ResultTable.Head balances = rf.tables().getFirst().head(10);
        assertEquals(List.of("a comment"), balances.comments());
        assertEquals(List.of("party", "net_cny"), balances.header());
    }

    @Test
    void aTableCutShortOrNotUtf8IsLocated65() throws Exception {
        Path f = folder(dir, List.of());
        Files.writeString(f.resolve("ledger.csv"), "# a comment\nyear,reason\n2016,x\n2017,\"cut short", StandardCharsets.UTF_8);
        ResultTable ledger = ResultsFolder.open(f).tables().get(1);
        InputException cut = assertThrows(InputException.class, () -> ledger.head(10));
        assertEquals(ExitCode.DATA, cut.exitCode());
        assertTrue(cut.getMessage().startsWith(f.resolve("ledger.csv") + ":4: not well-formed CSV: a quoted field"), cut.getMessage());
        Files.write(f.resolve("ledger.csv"), "year,reason\n2016,兴宁电站\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        InputException gbk = assertThrows(InputException.class, () -> ledger.head(10));
        assertEquals(ExitCode.DATA, gbk.exitCode());
        assertEquals(f.resolve("ledger.csv") + ": not UTF-8 text (save it as UTF-8)", gbk.getMessage());
    }

    @Test
    void aMissingFolderIs66AndAFolderWithoutManifest65() throws IOException {
        InputException missing = assertThrows(InputException.class, () -> ResultsFolder.open(dir.resolve("nope")));
        assertEquals(ExitCode.NO_INPUT, missing.exitCode());
        InputException plain = assertThrows(InputException.class, () -> ResultsFolder.open(dir));
        assertEquals(ExitCode.DATA, plain.exitCode());
        assertTrue(plain.getMessage().contains("no manifest.json"), plain.getMessage());
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        assertEquals(ExitCode.DATA, assertThrows(InputException.class, () -> ResultsFolder.open(file)).exitCode());
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        assertEquals(ExitCode.DATA, assertThrows(InputException.class, () -> ResultsFolder.open(dir)).exitCode());
        Files.writeString(dir.resolve("manifest.json"), "{\"tool\":\"other\"}");
        assertEquals(ExitCode.DATA, assertThrows(InputException.class, () -> ResultsFolder.open(dir)).exitCode());
    }

    @Test
    void inputsAreReadOnlyWhenUnchanged() throws Exception {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), """
                # SYNTHETIC? no: a test scenario.
                # yaml-language-server: $schema=x.json

                # second line
                ecocomp: 1
                name: t
                title: 测试 (test)
                kind: pilot
                sources: ["http://example.org/a"]
                assumptions:
                  - path: rounds[0].clauses[a].stake
                    note: "[U] assumed 1亿"
                  - {path: simulation, note: "[I] inferred"}
                data: {files: [d.csv]}
                rounds:
                  - name: round 1
                    years: {from: 2016, to: 2018}
                    clauses:
                      - {id: a, type: compliance-bet, sections: [x, y], stake: 1亿, monthlyRate: {2016: 0.90}}
                """);
        Path data = Files.writeString(dir.resolve("d.csv"), "# SYNTHETIC monitoring series\nsection,time\n");
        Path gone = Files.writeString(dir.resolve("gone.csv"), "x\n");
        Path changed = Files.writeString(dir.resolve("changed.yaml"), "title: before\n");
        ResultsFolder rf = ResultsFolder.open(folder(dir, List.of(scenario, data, gone, changed)));
        Files.delete(gone);
        Files.writeString(changed, "title: after\n");
        List<InputNotes> notes = rf.inputs(Path.of(""));
        InputNotes s = notes.get(0);
        assertEquals(InputNotes.Status.VERIFIED, s.status());
        assertEquals("测试 (test)", s.title());
        assertEquals("pilot", s.kind());
        assertEquals(List.of("http://example.org/a"), s.sources());
        assertEquals(List.of("SYNTHETIC? no: a test scenario.", "second line"), s.comments());
        assertEquals(List.of(new Scenario.Assumption("rounds[0].clauses[a].stake", "[U] assumed 1亿"),
                new Scenario.Assumption("simulation", "[I] inferred")), s.assumptions());
        assertEquals(List.of(List.of("round 1", "2016–2018", "a", "compliance-bet",
                "sections: [x, y]; stake: 1亿; monthlyRate: {2016: 0.9}")), s.clauses());
        assertEquals("{files: [d.csv]}", s.settings().get("data"));
        assertTrue(notes.get(1).synthetic());
        assertEquals(List.of("SYNTHETIC monitoring series"), notes.get(1).comments());
        assertEquals(InputNotes.Status.MISSING, notes.get(2).status());
        assertEquals(InputNotes.Status.CHANGED, notes.get(3).status());
        assertEquals("", notes.get(3).title());
    }
}
