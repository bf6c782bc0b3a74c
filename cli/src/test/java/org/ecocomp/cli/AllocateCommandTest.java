package org.ecocomp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecocomp allocate} through the command line, with values worked out by hand. */
class AllocateCommandTest {

    @TempDir
    Path dir;

    private Path game(String... rows) throws IOException {
        Path file = dir.resolve("game.csv");
        Files.writeString(file, "coalition,value\n" + String.join("\n", rows) + "\n");
        return file;
    }

    /** amount_cny by "rule party" from allocations.csv. */
    private static Map<String, Double> amounts(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("allocations.csv"));
        assertEquals("rule,kind,party,amount_cny", String.join(",", List.of(lines.get(0).split(",")).subList(0, 4)));
        Map<String, Double> byRuleAndParty = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            byRuleAndParty.put(f[0] + " " + f[2], Double.parseDouble(f[3]));
        }
        return byRuleAndParty;
    }

    @Test
    void theBankruptcyGameOfTheTalmudHasNucleolusFiftySeventyFiveSeventyFive() throws IOException {
        // Estate 200, claims 100/200/300 (Aumann & Maschler 1985): v(S) = max(0, 200 − claims outside S).
        Path file = game("A,0", "B,0", "C,0", "A B,0", "A C,0", "B C,100", "A B C,200");
        Path out = dir.resolve("talmud");
        assertEquals(0, Cli.run("allocate", file.toString(), "--out", out.toString(), "--quiet").code());
        Map<String, Double> a = amounts(out);
        assertEquals(50, a.get("nucleolus A"), 1e-6);
        assertEquals(75, a.get("nucleolus B"), 1e-6);
        assertEquals(75, a.get("nucleolus C"), 1e-6);
    }

    @Test
    void weightsMakeNashBargainingAsymmetric() throws IOException {
        // Disagreement 0, 0, total 90, weights 2:1 ⇒ xᵢ = wᵢ/Σw · 90 = (60, 30); equal weights ⇒ (45, 45).
        Path file = game("GX,0", "GD,0", "GX GD,90");
        Path weighted = dir.resolve("weighted");
        Path equal = dir.resolve("equal");
        assertEquals(0, Cli.run("allocate", file.toString(), "--out", weighted.toString(), "--quiet",
                "--weights", "GX=2,GD=1").code());
        assertEquals(0, Cli.run("allocate", file.toString(), "--out", equal.toString(), "--quiet").code());
        assertEquals(60, amounts(weighted).get("nash-bargaining GX"), 1e-6);
        assertEquals(30, amounts(weighted).get("nash-bargaining GD"), 1e-6);
        assertEquals(45, amounts(equal).get("nash-bargaining GX"), 1e-6);
    }

    @Test
    void cleaningCostsAddTheRiverCostRules() throws IOException {
        // Segments upstream first cost 6万 each. Local responsibility: each its own, (6, 6, 6)万.
        // Upstream equal sharing (Ni & Wang 2007): segment j's cost is shared equally by players 1..j:
        // player 1 pays 6 + 3 + 2 = 11, player 2 pays 3 + 2 = 5, player 3 pays 2 (万).
        Path file = game("YN,0", "GZ,0", "GX,0", "YN GZ,0", "YN GX,0", "GZ GX,0", "YN GZ GX,0");
        Path out = dir.resolve("costs");
        assertEquals(0, Cli.run("allocate", file.toString(), "--out", out.toString(), "--quiet",
                "--costs", "YN=6万,GZ=60000,GX=6万元").code());
        Map<String, Double> a = amounts(out);
        assertEquals(6e4, a.get("local-responsibility GZ"), 1e-6);
        assertEquals(11e4, a.get("upstream-equal-sharing YN"), 1e-6);
        assertEquals(5e4, a.get("upstream-equal-sharing GZ"), 1e-6);
        assertEquals(2e4, a.get("upstream-equal-sharing GX"), 1e-6);
    }

    @Test
    void badWeightsAndCostsAreUsageErrorsThatWriteNothing() throws IOException {
        Path file = game("GX,0", "GD,0", "GX GD,90");
        Path out = dir.resolve("never");
        Cli.Run run = Cli.run("allocate", file.toString(), "--out", out.toString(),
                "--weights", "GX=-1,HK=2", "--costs", "GX=lots");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--weights: GX=-1 is not a positive number"), run.err());
        assertTrue(run.err().contains("--weights: unknown player 'HK'; the game's players are GX, GD"), run.err());
        assertTrue(run.err().contains("--costs: GX=lots is not money"), run.err());
        assertTrue(run.err().contains("--costs: no cleaning cost for GD"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aGameWithoutImputationsHasNoNucleolusButStillAShapleyValue() throws IOException {
        // v(A) = v(B) = 5 > v(AB) = −12: no imputation exists. Shapley by symmetry: (−6, −6).
        Path file = game("A,5", "B,5", "A B,-12");
        Path out = dir.resolve("none");
        assertEquals(0, Cli.run("allocate", file.toString(), "--out", out.toString(), "--quiet").code());
        Map<String, Double> a = amounts(out);
        assertEquals(-6, a.get("shapley A"), 1e-9);
        assertFalse(a.containsKey("nucleolus A"));
    }
}
