package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Black-box tests of {@code ecocomp run}, {@code validate} and {@code pilots} on the bundled pilots. */
class RunCommandTest {

    private static final Path PILOTS = Path.of("../scenarios/pilots");
    private static final Path BROKEN = Path.of("../io/src/test/resources/scenarios");

    @TempDir
    Path dir;

    static Stream<Path> pilots() throws IOException {
        try (Stream<Path> s = Files.list(PILOTS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pilots")
    void everyBundledPilotValidatesAndRuns(Path pilot) throws IOException {
        Cli.Run v = Cli.run("validate", pilot.toString());
        assertEquals(0, v.code(), v.err());
        Path out = dir.resolve("r");
        Cli.Run r = Cli.run("run", pilot.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("ledger.csv", "balances.csv", "indices.csv", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        // Money is conserved: the nets of all accounts sum to zero (CENTRAL included).
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : Files.readAllLines(out.resolve("balances.csv")).subList(1, Files.readAllLines(out.resolve("balances.csv")).size())) {
            String[] c = line.split(",");
            if (c[1].equals("total")) {
                sum = sum.add(new BigDecimal(c[4]));
            }
        }
        assertEquals(0, sum.signum(), "sum of nets " + sum);
    }

    /** Receipts of a party per payer over some years, in yuan, from ledger.csv. */
    private static Map<String, BigDecimal> receipts(Path ledger, String payee, int from, int to) throws IOException {
        Map<String, BigDecimal> byPayer = new HashMap<>();
        for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8).subList(1, Files.readAllLines(ledger).size())) {
            String[] c = line.split(",", 7);
            int year = Integer.parseInt(c[0]);
            if (c[4].equals(payee) && year >= from && year <= to) {
                byPayer.merge(c[3], new BigDecimal(c[5]), BigDecimal::add);
            }
        }
        return byPayer;
    }

    @Test
    void dongjiangReceiptsDecomposeLikeThePublishedTwentySevenYi() throws IOException {
        Path out = dir.resolve("dj");
        assertEquals(0, Cli.run("run", PILOTS.resolve("dongjiang.yaml").toString(), "--out", out.toString(), "--no-charts").code());
        // 2016–2021: Jiangxi received 27亿 = central 15亿 + Guangdong 6亿 + Jiangxi matching 6亿, the border water
        // 100% compliant (env.people.com.cn 2023-06-14; DOMAIN.md §2). The bundled synthetic series meet every
        // test of those years, so the replay must give exactly this decomposition.
        Map<String, BigDecimal> r = receipts(out.resolve("ledger.csv"), "JX", 2016, 2021);
        assertEquals(0, new BigDecimal("1500000000").compareTo(r.get("CENTRAL")), r.toString());
        assertEquals(0, new BigDecimal("600000000").compareTo(r.get("GD")), r.toString());
        assertEquals(0, new BigDecimal("600000000").compareTo(r.get("JX")), r.toString());
    }

    @Test
    void chishuiNetsMatchThePublishedPaymentsEachYear() throws IOException {
        Path out = dir.resolve("cs");
        assertEquals(0, Cli.run("run", PILOTS.resolve("chishui.yaml").toString(), "--out", out.toString(), "--no-charts").code());
        // Every section compliant ⇒ net YN +0.4亿, GZ −0.2亿, SC −0.2亿 (Xinhua 2018-03-25; DOMAIN.md §2).
        List<String> balances = Files.readAllLines(out.resolve("balances.csv"));
        for (int year = 2018; year <= 2020; year++) {
            assertTrue(balances.contains("YN," + year + ",20000000.00,60000000.00,40000000.00"), balances.toString());
            assertTrue(balances.contains("GZ," + year + ",100000000.00,80000000.00,-20000000.00"), balances.toString());
            assertTrue(balances.contains("SC," + year + ",80000000.00,60000000.00,-20000000.00"), balances.toString());
        }
    }

    @Test
    void sameScenarioGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Cli.run("run", PILOTS.resolve("tingjiang-hanjiang.yaml").toString(), "--out", a.toString(), "--no-charts").code());
        assertEquals(0, Cli.run("run", PILOTS.resolve("tingjiang-hanjiang.yaml").toString(), "--out", b.toString(), "--no-charts").code());
        for (String f : List.of("ledger.csv", "balances.csv", "indices.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    static Stream<Path> broken() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.list(BROKEN.resolve("broken")), Files.list(BROKEN.resolve("broken-semantic")))) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aBrokenScenarioExits65WithALocatedMessageAndWritesNothing(Path scenario) throws IOException {
        Path out = dir.resolve("r");
        Cli.Run r = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().startsWith(scenario.toString() + ":"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no partial output");
        }
        Cli.Run v = Cli.run("validate", scenario.toString());
        assertEquals(65, v.code());
        assertEquals(r.err(), v.err());
    }

    @Test
    void summariesCountInTheSingularForOne() {
        // scenarios/pilots/chishui.yaml: parties YN, GZ, SC; one round (2018–2020) with one clause, chishui-fund.
        Cli.Run v = Cli.run("validate", PILOTS.resolve("chishui.yaml").toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("(pilot, 1 round 2018–2020, 1 clause, 3 parties, "), v.out());
    }

    @Test
    void pilotsListsEveryBundledScenario() throws IOException {
        Cli.Run r = Cli.run("pilots", "--dir", PILOTS.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(pilots().count(), r.out().lines().count(), r.out());
        assertTrue(r.out().contains("design"), r.out());
    }

    @Test
    void yearsTheRoundsSettleWithoutDataAreNoted() throws IOException {
        // chishui's bundled series runs 2010–2025; a round stretched to 2028 settles 2026–2028 without data.
        Path scenario = PILOTS.resolve("chishui.yaml");
        Path stretched = dir.resolve("chishui.yaml");
        Files.writeString(stretched, Files.readString(scenario)
                .replace("years: {from: 2018, to: 2020}", "years: {from: 2018, to: 2028}")
                .replace("../data/", scenario.toAbsolutePath().getParent().resolve("../data").normalize() + "/"));
        Cli.Run r = Cli.run("run", stretched.toString(), "--out", dir.resolve("o").toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("no sample at the agreement's sections in 2026–2028"), r.err());
        Cli.Run pilot = Cli.run("run", scenario.toString(), "--out", dir.resolve("p").toString(), "--no-charts");
        assertFalse(pilot.err().contains("no sample"), pilot.err());
    }
}
