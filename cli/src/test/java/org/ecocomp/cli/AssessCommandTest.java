package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Black-box tests of {@code ecocomp assess} through {@link CommandLine#execute}. */
class AssessCommandTest {

    private static final Path CNEMC = Path.of("../scenarios/data/cnemc/Jesse-dry_AquaDetective");

    @TempDir
    Path dir;


    @Test
    void assessesRealCnemcSnapshotsAndWritesTheTables() throws Exception {
        Path out = dir.resolve("r");
        Cli.Run r = Cli.run("assess", CNEMC.resolve("cnemc_pearl_extract_20260826.csv").toString(),
                CNEMC.resolve("cnemc_pearl_extract_20260923.csv").toString(), "--out", out.toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("assessed 286 samples"), r.out());
        assertTrue(r.out().contains("285 of 285 samples"), r.out());
        for (String f : List.of("samples.csv", "monthly.csv", "annual.csv", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> samples = Files.readAllLines(out.resolve("samples.csv"), StandardCharsets.UTF_8);
        assertEquals("section,time,water_body,ph,do_mg_l,codmn_mg_l,nh3n_mg_l,tp_mg_l,tn_mg_l,class,class_label,limiting,source_class,agrees",
                samples.getFirst());
        // 兴宁电站 (Dongjiang border, Jiangxi) on 2026-08-26 13:00: pH 8.73, DO 9.88 (Ⅰ), CODMn 2.15 (Ⅱ), NH3-N 0.026 (Ⅰ),
        // TP 0.024 (Ⅱ) by GB 3838-2002 Table 1 ⇒ Class Ⅱ set by CODMn and TP; CNEMC also says 2.
        assertTrue(samples.contains("兴宁电站,2026-08-26T13:00,river,8.73,9.88,2.15,0.026,0.024,2.47,2,Ⅱ,CODMn TP,2,true"),
                String.join("\n", samples.subList(0, 5)));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"sha256\""), manifest);
    }

    @Test
    void aCnemcTableWithoutItsNh3nColumnIsRefusedUnlessTheIndicatorsLeaveItOut() throws Exception {
        Path table = dir.resolve("no-nh3n.csv");
        Files.writeString(table, "断面名称,监测时间,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),总磷(mg/L)\n"
                + "兴宁电站,2026-08-26 13:00,8.73,9.88,2.15,0.024\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("r");
        Cli.Run refused = Cli.run("assess", table.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(65, refused.code(), refused.err());
        assertTrue(refused.err().contains(table + ":1: 氨氮: no 氨氮 column, so NH3-N cannot be graded"), refused.err());
        assertFalse(Files.exists(out));
        Cli.Run chosen = Cli.run("assess", table.toString(), "--indicators", "pH,DO,CODMn,TP", "--out", out.toString(), "--no-charts");
        assertEquals(0, chosen.code(), chosen.err());
    }

    @Test
    void badDataExits65AndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "section,time,indicator,value,unit\n甲,2020-01-15,TP,-0.1,mg/L\n");
        Path out = dir.resolve("r");
        Cli.Run r = Cli.run("assess", bad.toString(), "--out", out.toString());
        assertEquals(65, r.code());
        assertTrue(r.err().contains(bad + ":2: value: negative concentration -0.1"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the input file: no partial output");
        }
    }

    @Test
    void failedRunKeepsAnEarlierResult() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "section,time,indicator,value,unit\n甲,2020-01-15,TP,0.1,mg/L\n");
        Path out = dir.resolve("r");
        assertEquals(0, Cli.run("assess", good.toString(), "--out", out.toString(), "--no-charts").code());
        String before = Files.readString(out.resolve("samples.csv"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "section,time,indicator,value,unit\n甲,2020-01-15,TP,abc,mg/L\n");
        assertEquals(65, Cli.run("assess", bad.toString(), "--out", out.toString()).code());
        assertEquals(before, Files.readString(out.resolve("samples.csv")));
    }

    @Test
    void missingInputExits66AndBadOptionsExit2() {
        assertEquals(66, Cli.run("assess", dir.resolve("none.csv").toString()).code());
        Cli.Run r = Cli.run("assess", CNEMC.resolve("cnemc_pearl_extract_20260826.csv").toString(), "--target", "VII");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--target: 'VII' is not a target class"), r.err());
        assertEquals(2, Cli.run("assess").code());
        Cli.Run year = Cli.run("assess", CNEMC.resolve("cnemc_pearl_extract_20260826.csv").toString(), "--year", "-1");
        assertEquals(2, year.code());
        assertTrue(year.err().contains("--year: -1 is not a year; expected 1–9999"), year.err());
        Cli.Run none = Cli.run("assess", CNEMC.resolve("cnemc_pearl_extract_20260826.csv").toString(), "--indicators", ",");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--indicators: no indicator given"), none.err());
    }

    @Test
    void refusePolicyStopsOnMissingMonths() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "section,time,indicator,value,unit\n甲,2020-01-15,TP,0.1,mg/L\n");
        Cli.Run r = Cli.run("assess", data.toString(), "--missing", "refuse", "--out", dir.resolve("r").toString());
        assertEquals(65, r.code());
        assertTrue(r.err().contains("refuse"), r.err());
        Path out = dir.resolve("r2");
        assertEquals(0, Cli.run("assess", data.toString(), "--missing", "count-as-failed", "--out", out.toString(), "--no-charts").code());
        // One compliant month (TP 0.1 ≤ 0.2, Class Ⅱ meets Ⅲ) and eleven missing months counted as failed: 1/12.
        List<String> annual = Files.readAllLines(out.resolve("annual.csv"));
        assertTrue(annual.get(1).contains(",1,0.0833,count-as-failed,"), annual.get(1));
    }

    @Test
    void siteTypeOverridesChangeTheLimits() throws Exception {
        Path data = dir.resolve("d.csv");
        // TP 0.05: Class Ⅱ in a river, Ⅲ in a lake (GB 3838-2002 Table 1).
        Files.writeString(data, "section,time,indicator,value,unit\n岩滩水库,2020-01-15,TP,0.05,mg/L\n甲,2020-01-15,TP,0.05,mg/L\n");
        Path out = dir.resolve("r");
        assertEquals(0, Cli.run("assess", data.toString(), "--out", out.toString(), "--no-charts").code());
        List<String> rows = Files.readAllLines(out.resolve("samples.csv"));
        assertTrue(rows.contains("岩滩水库,2020-01-15T00:00,lake,0.05,3,Ⅲ,TP,,"), rows.toString());
        assertTrue(rows.contains("甲,2020-01-15T00:00,river,0.05,2,Ⅱ,TP,,"), rows.toString());
        Path out2 = dir.resolve("r2");
        assertEquals(0, Cli.run("assess", data.toString(), "--lake", "甲", "--out", out2.toString(), "--no-charts").code());
        assertTrue(Files.readAllLines(out2.resolve("samples.csv")).contains("甲,2020-01-15T00:00,lake,0.05,3,Ⅲ,TP,,"));
        assertEquals(2, Cli.run("assess", data.toString(), "--lake", "乙", "--out", dir.resolve("r3").toString()).code());
    }
}
