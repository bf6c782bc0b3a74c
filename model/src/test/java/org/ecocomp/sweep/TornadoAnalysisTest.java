package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoAnalysisTest {

    @Test
    void barsAreSortedByDecreasingSwing() {
        List<Parameter> ps = List.of(
                new Parameter("a", new Distribution.Uniform(0, 10)),
                new Parameter("b", new Distribution.Uniform(0, 10)),
                new Parameter("c", new Distribution.Uniform(0, 10)));
        Tornado t = TornadoAnalysis.run(ps, List.of(2.0, 5.0, 1.0), 10, x -> x[0] + 3 * x[1] - 50 * x[2] * x[2]);
        assertEquals(2 + 15 - 50, t.baseOutput(), 1e-12);
        assertEquals(List.of("c", "b", "a"), t.bars().stream().map(Tornado.Bar::parameter).toList());
        Tornado.Bar c = t.bars().get(0);
        assertEquals(0.9, c.lowValue(), 1e-12);
        assertEquals(2 + 15 - 50 * 0.81, c.lowOutput(), 1e-9);
        assertEquals(2 + 15 - 50 * 1.21, c.highOutput(), 1e-9);
        assertEquals(50 * 0.4, c.swing(), 1e-9);
        assertEquals(3 * 1.0, t.bars().get(1).swing(), 1e-9);
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    }

    @Test
    void aZeroBaseAndAMoveOutOfRangeAreWarnedAbout() {
        List<Parameter> ps = List.of(
                new Parameter("zero", new Distribution.Normal(0, 1)),
                new Parameter("share", new Distribution.Uniform(0, 1)));
        Tornado t = TornadoAnalysis.run(ps, List.of(0.0, 0.95), 10, x -> x[0] + x[1]);
        assertTrue(t.warnings().get(0).startsWith("zero has base value 0"), t.warnings().toString());
        assertTrue(t.warnings().get(1).startsWith("share moved to 1.045 is outside its distribution"),
                t.warnings().toString());
    }

    @Test
    void aroundMediansStartsFromTheMedians() {
        List<Parameter> ps = List.of(new Parameter("k", new Distribution.LogNormal(Math.log(2), 0.3)));
        TornadoDesign d = TornadoDesign.aroundMedians(ps, 20);
        assertEquals(2, d.base().get(0), 1e-12);
        assertEquals(1.6, d.low(0), 1e-12);
        assertEquals(2.4, d.high(0), 1e-12);
    }
}
