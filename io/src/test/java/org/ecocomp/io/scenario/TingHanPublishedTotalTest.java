package org.ecocomp.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Settlement;
import org.ecocomp.agreement.Transfer;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.quality.Sample;
import org.ecocomp.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The bundled Ting–Han pilot against the one published total it can be checked on: "Longyan received
 * 6.15亿 from Guangdong since 2016" (DOMAIN.md §2, round 1 of 2亿 2016–2017 from China Daily 2016-03-28,
 * http://www.ccgp-fushun.com/environment/2016-03/28/content_38123687.htm). With every river compliant
 * every month of 2016–2023, Guangdong must pay Fujian 2亿 in round 1 and 6.15亿 in all, and never the
 * reverse.
 */
class TingHanPublishedTotalTest {

    private static final Path TING_HAN = Path.of("../scenarios/pilots/tingjiang-hanjiang.yaml");

    @Test
    void everyRiverCompliantEveryMonthReproducesThePublishedTotal() throws Exception {
        Scenario s = ScenarioFiles.read(TING_HAN).scenario();
        // Class Ⅱ water on every indicator the rounds grade (pH 7.5, DO 8, CODMn 3, NH3-N 0.3, TP 0.05), 50 m³/s.
        Map<Indicator, Double> clean = new EnumMap<>(Indicator.class);
        clean.putAll(Map.of(Indicator.PH, 7.5, Indicator.DO, 8.0, Indicator.CODMN, 3.0, Indicator.NH3N, 0.3,
                Indicator.TP, 0.05, Indicator.FLOW, 50.0));
        List<Sample> samples = new ArrayList<>();
        for (String river : s.agreement().sections().keySet()) {
            for (int year = 2016; year <= 2023; year++) {
                for (int month = 1; month <= 12; month++) {
                    samples.add(new Sample(river, LocalDateTime.of(year, month, 15, 0, 0), clean));
                }
            }
        }
        Ledger ledger = new Settlement(s.agreement(), MonitoringRecord.of(samples, s.annualMean()), s.missingMonths())
                .settle();
        assertEquals(2e8, paid(ledger, "GD", "FJ", 2016, 2017), 0.005);
        assertEquals(6.15e8, paid(ledger, "GD", "FJ", 2016, 2023), 0.005);
        assertEquals(0, paid(ledger, "FJ", "GD", 2016, 2023), 0.005);
    }

    private static double paid(Ledger ledger, String payer, String payee, int from, int to) {
        return ledger.transfers().stream()
                .filter(t -> t.payer().equals(payer) && t.payee().equals(payee) && t.year() >= from && t.year() <= to)
                .mapToDouble(Transfer::amount).sum();
    }

    @Test
    void thePublishedSpilloverStandardAddsUpToItsPublishedTotal() throws Exception {
        // 余红红 et al. (2023), DOMAIN.md §6: Longyan 80,448.89万 + Zhangzhou 5,857.33万 + Sanming 13,038.28万
        // = 99,344.50万, the total the source gives.
        Scenario s = ScenarioFiles.read(TING_HAN).scenario();
        assertEquals(1, s.standards().size());
        assertEquals(99344.50e4, s.standards().getFirst().yearly(), 0.005);
    }
}
