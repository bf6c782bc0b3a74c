package org.ecocomp.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void uniformIsLinearInU() {
        Distribution d = new Distribution.Uniform(2, 6);
        assertEquals(2, d.quantile(0), 0);
        assertEquals(3, d.quantile(0.25), 0);
        assertEquals(6, d.quantile(1), 0);
        assertTrue(d.inSupport(6));
        assertFalse(d.inSupport(6.01));
    }

    /** Φ⁻¹(0.975) = 1.959963984540054 (e.g. R qnorm(0.975)). */
    @Test
    void normalQuantilesMatchTheTable() {
        Distribution d = new Distribution.Normal(10, 2);
        assertEquals(10, d.quantile(0.5), 1e-12);
        assertEquals(10 + 2 * 1.959963984540054, d.quantile(0.975), 1e-9);
        assertEquals(10 - 2 * 1.959963984540054, d.quantile(0.025), 1e-9);
        assertEquals(Double.NEGATIVE_INFINITY, d.quantile(0), 0);
    }

    @Test
    void logNormalHasMedianExpMu() {
        Distribution d = new Distribution.LogNormal(Math.log(3), 0.5);
        assertEquals(3, d.quantile(0.5), 1e-12);
        assertEquals(3 * Math.exp(0.5 * 1.959964), d.quantile(0.975), 1e-4);
        assertEquals(0, d.quantile(0), 0);
        assertFalse(d.inSupport(0));
    }

    @Test
    void levelsCutTheUnitIntervalIntoEqualStrata() {
        Distribution d = new Distribution.Levels(List.of(5.0, 1.0, 3.0));
        assertEquals(5, d.quantile(0.0), 0);
        assertEquals(5, d.quantile(0.33), 0);
        assertEquals(1, d.quantile(0.34), 0);
        assertEquals(3, d.quantile(0.99), 0);
        assertEquals(3, d.quantile(1.0), 0);
        assertTrue(d.inSupport(1));
        assertFalse(d.inSupport(2));
    }

    @Test
    void badDistributionsAreRefusedNamingTheField() {
        assertEquals("high", assertThrows(BadDesignException.class, () -> new Distribution.Uniform(1, 1)).field());
        assertEquals("sd", assertThrows(BadDesignException.class, () -> new Distribution.Normal(0, 0)).field());
        assertEquals("sigma", assertThrows(BadDesignException.class,
                () -> new Distribution.LogNormal(0, Double.NaN)).field());
        assertEquals("values", assertThrows(BadDesignException.class,
                () -> new Distribution.Levels(List.of())).field());
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(0, 1).quantile(1.5));
    }

    @Test
    void parametersNeedUniqueNames() {
        Parameter x = new Parameter("x", new Distribution.Uniform(0, 1));
        BadDesignException e = assertThrows(BadDesignException.class,
                () -> new RandomDesign(List.of(x, x), 10, new java.util.SplittableRandom(1)));
        assertTrue(e.getMessage().contains("two parameters are named x"), e.getMessage());
    }
}
