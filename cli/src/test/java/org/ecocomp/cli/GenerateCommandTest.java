package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ecocomp.io.monitoring.TidyCsv;
import org.ecocomp.io.synthetic.SyntheticParametersReader;
import org.ecocomp.simulation.SeriesGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Black-box tests of {@code ecocomp generate} through {@link CommandLine#execute}. */
class GenerateCommandTest {

    private static final Path DATA = Path.of("../scenarios/data");

    private static final String PARAMS = """
            synthetic: true
            description: a test
            seed: 5
            years: {from: 2019, to: 2020}
            sections:
              - name: 甲
                indicators:
                  TP: {median: 0.05, sd: 0.4, phi: 0.5, seasonal: {amplitude: 0.3, peakMonth: 6}}
                  NH3-N: {median: [{from: 2019-01, value: 0.5}, {from: 2020-12, value: 0.2}], sd: 0.5, phi: 0.4}
                flow: {median: 40, sd: 0.45, phi: 0.6}
            """;

    @TempDir
    Path dir;


    private Path params(String text) throws Exception {
        Path file = dir.resolve("test.params.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theBundledSeriesAreWhatTheirParameterFilesGenerate() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DATA)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".params.yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        for (Path params : files) {
            String csv = params.getFileName().toString().replace(".params.yaml", ".csv");
            Path out = dir.resolve(csv);
            Cli.Run r = Cli.run("generate", params.toString(), "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertArrayEquals(Files.readAllBytes(DATA.resolve(csv)), Files.readAllBytes(out),
                    csv + " is stale: regenerate it with ./ecocomp generate " + DATA.resolve(params.getFileName())
                            + " --out " + DATA.resolve(csv));
        }
    }

    @Test
    void theFileSaysItIsSyntheticAndHowItWasMade() throws Exception {
        Path out = dir.resolve("out.csv");
        Cli.Run r = Cli.run("generate", params(PARAMS).toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("generated SYNTHETIC series: 1 section × 24 months = 24 samples, seed 5: " + out + "\n", r.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# SYNTHETIC"), lines.get(0));
        assertTrue(lines.get(1).startsWith("# parameters: test.params.yaml (SHA-256 "), lines.get(1));
        assertEquals("# seed: 5 (from the parameter file)", lines.get(2));
        assertTrue(lines.get(3).startsWith("# model: monthly log-normal AR(1)") && lines.get(3).contains("docs/synthetic-data.md"));
        assertEquals("# description: a test", lines.get(6));
        assertEquals("section,time,indicator,value,unit", lines.get(7));
        assertEquals(1 + 7 + 24 * 3, lines.size());
        assertTrue(lines.get(8).startsWith("甲,2019-01-15T00:00,NH3-N,"), lines.get(8));
    }

    @Test
    void theFileReadsBackToTheGeneratedSamples() throws Exception {
        Path params = params(PARAMS);
        Path out = dir.resolve("out.csv");
        assertEquals(0, Cli.run("generate", params.toString(), "--out", out.toString()).code());
        assertEquals(new SeriesGenerator(SyntheticParametersReader.read(params).series()).generate(5),
                TidyCsv.read(out).samples());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
        Path params = params(PARAMS);
        Path a = dir.resolve("a/series.csv");
        Path b = dir.resolve("b/series.csv");
        Path c = dir.resolve("c/series.csv");
        assertEquals(0, Cli.run("generate", params.toString(), "--out", a.toString()).code());
        assertEquals(0, Cli.run("generate", params.toString(), "--out", b.toString(), "--seed", "5").code());
        assertEquals(0, Cli.run("generate", params.toString(), "--out", c.toString(), "--seed", "6").code());
        List<String> linesA = Files.readAllLines(a);
        List<String> linesB = Files.readAllLines(b);
        // the seed's origin is recorded; the data are the same
        assertEquals("# seed: 5 (given with --seed)", linesB.get(2));
        assertEquals(linesA.subList(7, linesA.size()), linesB.subList(7, linesB.size()));
        byte[] again = Files.readAllBytes(a);
        assertEquals(0, Cli.run("generate", params.toString(), "--out", a.toString()).code());
        assertArrayEquals(again, Files.readAllBytes(a));
        List<String> linesC = Files.readAllLines(c);
        assertFalse(linesA.subList(8, linesA.size()).equals(linesC.subList(8, linesC.size())));
    }

    @Test
    void badParametersExit65AndLeaveAnEarlierFileAlone() throws Exception {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "earlier\n");
        Cli.Run r = Cli.run("generate", params(PARAMS.replace("sd: 0.4", "sd: -0.4")).toString(), "--out", out.toString());
        assertEquals(65, r.code());
        assertTrue(r.err().contains("test.params.yaml:8:30: sections[0].indicators.TP.sd: must be a number > 0 and at most 5.0"),
                r.err());
        assertEquals("earlier\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("out.csv", "test.params.yaml"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void missingParametersExit66AndAFolderAsOutputExits73() throws Exception {
        Cli.Run missing = Cli.run("generate", dir.resolve("none.yaml").toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(66, missing.code());
        assertTrue(missing.err().contains("none.yaml: no such file"), missing.err());
        Cli.Run folder = Cli.run("generate", params(PARAMS).toString(), "--out", dir.toString());
        assertEquals(73, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertEquals(2, Cli.run("generate", params(PARAMS).toString()).code());
        assertFalse(Arrays.asList(dir.toFile().list()).contains("o.csv"));
    }

    @Test
    void aFileThatIsNotAGeneratedSeriesIsNeverReplaced() throws Exception {
        Path params = params(PARAMS);
        String paramsText = Files.readString(params);
        Cli.Run self = Cli.run("generate", params.toString(), "--out", params.toString());
        assertEquals(73, self.code());
        assertTrue(self.err().contains("is not a series ecocomp generated"), self.err());
        assertEquals(paramsText, Files.readString(params));
        Path mine = dir.resolve("measured.csv");
        Files.writeString(mine, "section,time,indicator,value,unit\n");
        assertEquals(73, Cli.run("generate", params.toString(), "--out", mine.toString()).code());
        assertEquals("section,time,indicator,value,unit\n", Files.readString(mine));
    }

    @Test
    void excelBomStartsTheFileWithAByteOrderMarkThatReadingIgnores() throws Exception {
        Path params = params(PARAMS);
        Path plain = dir.resolve("plain/series.csv");
        Path bom = dir.resolve("bom/series.csv");
        assertEquals(0, Cli.run("generate", params.toString(), "--out", plain.toString()).code());
        assertEquals(0, Cli.run("generate", params.toString(), "--out", bom.toString(), "--excel-bom").code());
        byte[] withBom = Files.readAllBytes(bom);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(withBom, 3));
        assertArrayEquals(Files.readAllBytes(plain), Arrays.copyOfRange(withBom, 3, withBom.length));
        assertEquals(0, Cli.run("assess", bom.toString(), "--out", dir.resolve("assessed").toString(), "--quiet").code(),
                "a generated file with a BOM reads back");
        assertEquals(0, Cli.run("generate", params.toString(), "--out", bom.toString()).code(),
                "a generated file with a BOM may be replaced");
    }
}
