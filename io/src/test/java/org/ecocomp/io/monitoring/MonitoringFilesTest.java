package org.ecocomp.io.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringFilesTest {

    private static final String CNEMC_HEADER = "抓取年份,省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),"
            + "电导率(μS/cm),浊度(NTU),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L)";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private InputException fails(Path file) {
        return assertThrows(InputException.class, () -> MonitoringFiles.read(file, OptionalInt.empty()));
    }

    private static void hasProblem(InputException e, int line, String field, String fragment) {
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == line && p.field().equals(field) && p.message().contains(fragment)),
                () -> "expected line " + line + " field " + field + " '" + fragment + "' in:\n" + e.getMessage());
    }

    @Test
    void readsACnemcRowWithItsClassAndMissingValues() throws Exception {
        Path f = write("a.csv", CNEMC_HEADER + "\n"
                + "2026,江西省,珠江流域,兴宁电站,08-26 13:00,2,30.6,8.73,9.88,97.8,5.3,2.15,0.026,0.024,2.47,--,--\n");
        MonitoringData d = MonitoringFiles.read(f, OptionalInt.empty());
        Sample s = d.samples().getFirst();
        assertEquals("兴宁电站", s.section());
        assertEquals(LocalDateTime.of(2026, 8, 26, 13, 0), s.time());
        assertEquals(Optional.of(WaterClass.II), s.reportedClass());
        assertEquals(Map.of(Indicator.PH, 8.73, Indicator.DO, 9.88, Indicator.CODMN, 2.15, Indicator.NH3N, 0.026,
                Indicator.TP, 0.024, Indicator.TN, 2.47), s.values());
        assertEquals("江西省", d.sections().get("兴宁电站").province());
        assertTrue(!d.sections().get("兴宁电站").algaeMeasured());
    }

    @Test
    void classMinusOneMeansNoClass() throws Exception {
        Path f = write("a.csv", CNEMC_HEADER + "\n2026,广东省,珠江流域,青溪,08-26 13:00,-1,--,--,--,--,--,--,--,--,--,--,--\n");
        assertEquals(Optional.empty(), MonitoringFiles.read(f, OptionalInt.empty()).samples().getFirst().reportedClass());
    }

    @Test
    void romanClassesAndYearFromTheOption() throws Exception {
        Path f = write("b.csv", "省份,流域,断面名称,监测时间,水质类别,pH(无量纲),氨氮(mg/L)\n云南省,珠江流域,禄丰村,02-04 11:00,劣Ⅴ,8.74,2.5\n");
        InputException e = fails(f);
        hasProblem(e, 1, "监测时间", "--year");
        Sample s = MonitoringFiles.read(f, OptionalInt.of(2026)).samples().getFirst();
        assertEquals(LocalDateTime.of(2026, 2, 4, 11, 0), s.time());
        assertEquals(Optional.of(WaterClass.WORSE_THAN_V), s.reportedClass());
    }

    @Test
    void missingColumnIsLocatedOnTheHeader() throws Exception {
        InputException e = fails(write("c.csv", "省份,监测时间,氨氮(mg/L)\n广东省,2026-08-26 13:00,0.1\n"));
        hasProblem(e, 1, "断面名称", "missing column");
        assertEquals(ExitCode.DATA, e.exitCode());
    }

    @Test
    void aCnemcTableWithoutAGradedIndicatorsColumnIsRefusedNotGradedWithoutIt() throws Exception {
        Path f = write("no-nh3n.csv", "断面名称,监测时间,pH(无量纲),溶解氧(mg/L),高锰酸盐指数(mg/L),总磷(mg/L)\n"
                + "兴宁电站,2026-08-26 13:00,8.73,9.88,2.15,0.024\n");
        InputException e = assertThrows(InputException.class, () -> MonitoringFiles.read(List.of(f), OptionalInt.empty(),
                SingleFactorEvaluation.CNEMC.indicators()));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(f + ":1: 氨氮: no 氨氮 column, so NH3-N cannot be graded; a CNEMC table has it: restore the column "
                + "(-- for no value), or grade without it with --indicators pH,DO,CODMn,TP", e.getMessage());
        assertEquals(Map.of(Indicator.PH, 8.73, Indicator.DO, 9.88, Indicator.CODMN, 2.15, Indicator.TP, 0.024),
                MonitoringFiles.read(List.of(f), OptionalInt.empty(), java.util.EnumSet.of(Indicator.PH, Indicator.DO,
                        Indicator.CODMN, Indicator.TP)).samples().getFirst().values(), "graded without NH3-N on purpose");
    }

    @Test
    void nonNumericAndNegativeValuesAreLocated() throws Exception {
        InputException e = fails(write("d.csv", CNEMC_HEADER + "\n"
                + "2026,广东省,珠江流域,甲,08-26 13:00,2,30,7.5,6.5,100,5,2.1,abc,0.02,1.0,--,--\n"
                + "2026,广东省,珠江流域,乙,08-26 13:00,2,30,7.5,6.5,100,5,2.1,0.1,-0.02,1.0,--,--\n"));
        hasProblem(e, 2, "氨氮(mg/L)", "not a number");
        hasProblem(e, 3, "总磷(mg/L)", "negative concentration");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void duplicateSampleNamesTheEarlierLine() throws Exception {
        InputException e = fails(write("e.csv", CNEMC_HEADER + "\n"
                + "2026,广东省,珠江流域,甲,08-26 13:00,2,30,7.5,6.5,100,5,2.1,0.1,0.02,1.0,--,--\n"
                + "2026,广东省,珠江流域,甲,08-26 13:00,2,30,7.5,6.5,100,5,2.1,0.1,0.02,1.0,--,--\n"));
        hasProblem(e, 3, "断面名称", "also on line 2");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() throws Exception {
        assertTrue(fails(write("empty.csv", "")).getMessage().contains("empty file"));
        assertTrue(fails(write("header.csv", CNEMC_HEADER + "\n")).getMessage().contains("no data rows"));
    }

    @Test
    void missingFileExitsWithNoInput() {
        InputException e = fails(dir.resolve("nope.csv"));
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertEquals(66, e.exitCode().code());
    }

    @Test
    void unitInTheHeaderIsConvertedOrRefused() throws Exception {
        Path ok = write("u.csv", "断面名称,监测时间,总磷(μg/L)\n甲,2026-01-15 00:00,150\n");
        assertEquals(0.15, MonitoringFiles.read(ok, OptionalInt.empty()).samples().getFirst().values().get(Indicator.TP), 1e-12);
        InputException e = fails(write("v.csv", "断面名称,监测时间,总磷(m3/s)\n甲,2026-01-15 00:00,150\n"));
        hasProblem(e, 1, "总磷(m3/s)", "does not fit TP");
    }

    @Test
    void tidyCsvConvertsUnitsAndGroupsRowsIntoSamples() throws Exception {
        Path f = write("t.csv", "# synthetic test data\nsection,time,indicator,value,unit\n"
                + "甲,2020-01-15T00:00,NH3-N,0.5,mg/L\n甲,2020-01-15T00:00,TP,80,µg/L\n甲,2020-01-15T00:00,flow,2500,L/s\n"
                + "甲,2020-02-15,氨氮,0.25,mg/L\n");
        List<Sample> s = MonitoringFiles.read(f, OptionalInt.empty()).samples();
        assertEquals(2, s.size());
        assertEquals(Map.of(Indicator.NH3N, 0.5, Indicator.TP, 0.08, Indicator.FLOW, 2.5), s.get(0).values());
        assertEquals(LocalDateTime.of(2020, 2, 15, 0, 0), s.get(1).time());
    }

    @Test
    void tidyCsvProblemsAreAllListedWithTheirLines() throws Exception {
        InputException e = fails(write("bad.csv", "section,time,indicator,value,unit\n"
                + "甲,2020-01-15,NH3-N,x,mg/L\n"          // line 2: non-numeric
                + "甲,2020-01-15,Zn,0.1,mg/L\n"           // line 3: unknown indicator
                + "甲,2020-01-15,TP,0.1,m3/s\n"           // line 4: unit mismatch
                + "甲,2020-01-15,CODMn,-1,mg/L\n"         // line 5: negative
                + "甲,2020-13-15,DO,8,mg/L\n"             // line 6: bad time
                + "甲,2020-01-15,TN,1,mg/L\n"
                + "甲,2020-01-15,TN,1.1,mg/L\n"));        // line 8: duplicate of line 7
        hasProblem(e, 2, "value", "not a number");
        hasProblem(e, 3, "indicator", "unknown indicator 'Zn'");
        hasProblem(e, 4, "unit", "does not fit TP");
        hasProblem(e, 5, "value", "negative concentration");
        hasProblem(e, 6, "time", "not a time");
        hasProblem(e, 8, "indicator", "also on line 7");
        assertEquals(6, e.problems().size(), e.getMessage());
        Problem first = e.problems().getFirst();
        assertEquals(dir.resolve("bad.csv") + ":2: value: 'x' is not a number; expected a decimal such as 0.25, or -- for no value",
                first.toString());
    }

    @Test
    void aByteOrderMarkBeforeTheCommentLinesIsIgnored() throws Exception {
        Path f = write("bom.csv", "\uFEFF# SYNTHETIC monitoring series\nsection,time,indicator,value,unit\n甲,2020-01-15,TP,0.1,mg/L\n");
        assertEquals(Map.of(Indicator.TP, 0.1), MonitoringFiles.read(f, OptionalInt.empty()).samples().getFirst().values());
    }

    @Test
    void aTableThatIsNotUtf8IsLocated65() throws Exception {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, (CNEMC_HEADER + "\n2026,江西省,珠江流域,兴宁电站,08-26 13:00,2,30.6,8.73,9.88,97.8,5.3,2.15,0.026,0.024,2.47,--,--\n")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        InputException e = fails(f);
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(f + ": not UTF-8 text (save it as UTF-8)", e.getMessage());
    }

    @Test
    void notANumberIsRefusedLikeInfinityNotTakenAsMissing() throws Exception {
        InputException e = fails(write("nan.csv", "section,time,indicator,value,unit\n"
                + "甲,2020-01-15,NH3-N,NaN,mg/L\n甲,2020-02-15,NH3-N,Infinity,mg/L\n甲,2020-03-15,NH3-N,--,mg/L\n"));
        hasProblem(e, 2, "value", "'NaN' is not a finite number");
        hasProblem(e, 3, "value", "'Infinity' is not a finite number");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void tidyCsvWrittenWithAByteOrderMarkForExcelReadsBack() throws Exception {
        List<Sample> samples = List.of(new Sample("甲", LocalDateTime.of(2020, 1, 15, 0, 0), Map.of(Indicator.TP, 0.1)));
        Path f = dir.resolve("excel.csv");
        TidyCsv.write(f, samples, List.of("SYNTHETIC monitoring series"), true);
        byte[] bytes = Files.readAllBytes(f);
        assertEquals("\uFEFF# SYNTHETIC", new String(bytes, 0, 14, StandardCharsets.UTF_8));
        assertEquals(samples, TidyCsv.read(f).samples());
        TidyCsv.write(f, samples, List.of("SYNTHETIC monitoring series"), false);
        assertEquals('#', Files.readAllBytes(f)[0], "no BOM unless asked for");
    }

    @Test
    void tidyCsvMissingColumn() throws Exception {
        hasProblem(fails(write("m.csv", "section,time,indicator,value\n甲,2020-01-15,TP,0.1\n")), 1, "unit", "missing column");
    }

    @Test
    void unknownTableIsRefused() throws Exception {
        assertTrue(fails(write("x.csv", "a,b\n1,2\n")).getMessage().contains("unknown table"));
    }

    @Test
    void sameSampleInTwoFilesIsADuplicate() throws Exception {
        Path a = write("a.csv", "section,time,indicator,value,unit\n甲,2020-01-15,TP,0.1,mg/L\n");
        Path b = write("b.csv", "section,time,indicator,value,unit\n甲,2020-01-15,TP,0.1,mg/L\n");
        InputException e = assertThrows(InputException.class, () -> MonitoringFiles.read(List.of(a, b), OptionalInt.empty()));
        assertTrue(e.getMessage().contains("also in " + a), e.getMessage());
    }

    @Test
    void xlsxReadsLikeTheCsvDerivedFromIt() throws Exception {
        Path folder = Path.of("../scenarios/data/cnemc/davidTeng2025_water_info_crawler");
        List<Path> sheets;
        try (var files = Files.list(folder)) {
            sheets = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        MonitoringData fromXlsx = MonitoringFiles.read(sheets, OptionalInt.of(2026));
        MonitoringData fromCsv = MonitoringFiles.read(folder.resolve("water_info_south_20260204_derived.csv"), OptionalInt.of(2026));
        assertEquals(301, fromCsv.samples().size());
        assertEquals(new java.util.HashSet<>(fromCsv.samples()), new java.util.HashSet<>(fromXlsx.samples()));
    }
}
