package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** Type-7 quantiles of 1..101 at 0.05 and 0.95 are the 6th and 96th values. */
    @Test
    void percentileIntervalUsesType7Quantiles() {
        double[] replicates = new double[101];
        for (int i = 0; i < replicates.length; i++) {
            replicates[100 - i] = i + 1; // unsorted on purpose
        }
        Estimate e = new Bootstrap(101, 0.90).interval(50, replicates);
        assertEquals(50, e.value(), 0);
        assertEquals(6, e.lower(), 1e-9);
        assertEquals(96, e.upper(), 1e-9);
        Estimate interpolated = new Bootstrap(4, 0.5).interval(0, new double[] {4, 1, 3, 2});
        assertEquals(1.75, interpolated.lower(), 1e-12);
        assertEquals(3.25, interpolated.upper(), 1e-12);
    }

    @Test
    void nanReplicatesAreLeftOut() {
        Estimate e = new Bootstrap(5, 0.5).interval(0, new double[] {Double.NaN, 1, 2, 3, Double.NaN});
        assertEquals(1.5, e.lower(), 1e-12);
        assertEquals(2.5, e.upper(), 1e-12);
        assertFalse(new Bootstrap(1, 0.5).interval(0, new double[] {Double.NaN}).hasInterval());
    }

    @Test
    void levelsAreNamedInPercent() {
        assertEquals("95%", Bootstrap.DEFAULT.percent());
        assertEquals("90%", new Bootstrap(10, 0.9).percent());
        assertEquals("99.9%", new Bootstrap(10, 0.999).percent());
    }

    @Test
    void badSettingsAreRefused() {
        assertEquals("confidence", assertThrows(BadDesignException.class, () -> new Bootstrap(10, 1)).field());
        assertEquals("resamples", assertThrows(BadDesignException.class, () -> new Bootstrap(-1, 0.9)).field());
    }
}
