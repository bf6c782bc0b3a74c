package org.ecocomp.economy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compensation standards by valuation method; expected values worked out by hand. */
class StandardTest {

    @Test
    void costBasedAddsDirectAndOpportunityCosts() {
        assertEquals(5e8, new Standard.CostBased("cost", 3e8, 2e8).yearly(), 1e-6);
    }

    @Test
    void ecosystemServiceValueIsAreaTimesEquivalentsTimesValueTimesSpillover() {
        // forest 1,000 ha × 2.0 + water 100 ha × 10.0 = 3,000 equivalent-hectares; × 3,000 yuan × 0.5 = 4.5e6.
        Standard esv = new Standard.EcosystemService("esv", Map.of("forest", 1000.0, "water", 100.0),
                Map.of("forest", 2.0, "water", 10.0), 3000, 0.5);
        assertEquals(4.5e6, esv.yearly(), 1e-6);
    }

    @Test
    void waterResourceAndWillingnessToPayAreProducts() {
        assertEquals(6e8, new Standard.WaterResource("water", 2e9, 0.3).yearly(), 1e-3);
        assertEquals(4.8e8, new Standard.WillingnessToPay("wtp", 8e6, 60).yearly(), 1e-3);
    }

    @Test
    void aPublishedStandardInPartsIsTheirSum() {
        // 余红红 et al. (2023), DOMAIN.md §6: 80,448.89万 + 5,857.33万 + 13,038.28万 = 99,344.50万.
        Standard p = new Standard.Published("spill-over", Map.of("龙岩", 80448.89e4, "漳州", 5857.33e4, "三明", 13038.28e4));
        assertEquals(99344.50e4, p.yearly(), 0.01);
    }

    @Test
    void theRangeIsTheLowestAndHighestStandard() {
        List<Standard> all = List.of(new Standard.CostBased("cost", 3e8, 2e8), new Standard.WaterResource("water", 2e9, 0.3),
                new Standard.WillingnessToPay("wtp", 8e6, 60));
        assertArrayEquals(new double[] {4.8e8, 6e8}, Standard.range(all), 1e-3);
        assertThrows(IllegalArgumentException.class, () -> Standard.range(List.of()));
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Standard.CostBased("cost", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Standard.EcosystemService("esv", Map.of("forest", 1.0),
                Map.of("forest", 1.0), 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Standard.EcosystemService("esv", Map.of("forest", 1.0),
                Map.of("water", 1.0), 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Standard.Published("none", Map.of()));
    }
}
