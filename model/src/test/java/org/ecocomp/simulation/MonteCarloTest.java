package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.ecocomp.agreement.Agreement;
import org.ecocomp.agreement.AmountSchedule;
import org.ecocomp.agreement.Clause;
import org.ecocomp.agreement.Round;
import org.ecocomp.basin.Party;
import org.ecocomp.basin.Section;
import org.ecocomp.economy.Abatement;
import org.ecocomp.economy.Benefit;
import org.ecocomp.economy.Effort;
import org.ecocomp.economy.PartyEconomy;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.Sample;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.Test;

/** Statistical, reproducibility and behavioural tests of the Monte Carlo projection. */
class MonteCarloTest {

    private static final String SECTION = "甲";
    private static final YearRange YEARS = new YearRange(2030, 2034);

    /** A section whose CODMn and NH3-N are stationary log-normal AR(1), no seasons, no trend. */
    private static SyntheticSeries quality(YearRange years) {
        return new SyntheticSeries(years, List.of(new SectionProcess(SECTION, List.of(
                new IndicatorProcess(Indicator.CODMN, new MedianPath.Constant(5.0), 0.3, 0.5, Seasonality.NONE),
                new IndicatorProcess(Indicator.NH3N, new MedianPath.Constant(0.9), 0.4, 0.5, Seasonality.NONE)),
                Correlation.NONE)));
    }

    /** Upstream UP and downstream DN bet on P = CODMn/5 + NH3-N/0.9 halves ≤ 1 each year. */
    private static Agreement indexBet(double stake) {
        Map<Indicator, Clause.IndexTerm> terms = new EnumMap<>(Indicator.class);
        terms.put(Indicator.CODMN, new Clause.IndexTerm(0.5, OptionalDouble.of(5.0)));
        terms.put(Indicator.NH3N, new Clause.IndexTerm(0.5, OptionalDouble.of(0.9)));
        Clause bet = new Clause.IndexBet("bet", SECTION, "UP", "DN", terms, 0, 0, 1.0, 1.0, new AmountSchedule.Fixed(stake),
                List.of(), Clause.BetDirection.BIDIRECTIONAL);
        return new Agreement("test", Map.of("UP", new Party("UP", "up"), "DN", new Party("DN", "down")),
                Map.of(SECTION, new Section(SECTION, "UP", WaterBodyType.RIVER)),
                List.of(new Round("r", YEARS.from(), YEARS.to(), List.of(bet))));
    }

    private static Projection projection(double stake) {
        SingleFactorEvaluation eval = new SingleFactorEvaluation(Set.of(Indicator.CODMN, Indicator.NH3N));
        Map<String, PartyEconomy> economy = Map.of(
                "UP", new PartyEconomy("UP", new Effort.BestResponse(2e8, 11),
                        Optional.of(new Abatement(List.of(SECTION), Set.of(Indicator.CODMN, Indicator.NH3N), 0.5, 5e7, 0)), 0.2, 0,
                        // the upstream party values its own water a little, so it abates somewhat even without an agreement
                        Optional.of(new Benefit(List.of(SECTION), eval, WaterClass.III, 0.2, 1e9, 0, 0))),
                "DN", new PartyEconomy("DN", new Effort.Fixed(0), Optional.empty(), 0, 0,
                        Optional.of(new Benefit(List.of(SECTION), eval, WaterClass.III, 0.2, 2e9, 0, 0))));
        return new Projection(indexBet(stake), quality(YEARS), List.of(), economy, AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS,
                MissingMonthPolicy.COUNT_AS_FAILED);
    }

    /**
     * The annual mean of 12 monthly values of a stationary log-normal AR(1) (log sd σ, lag-1 φ, median m)
     * has mean m·exp(σ²/2) and variance (1/144) Σᵢ Σⱼ m²·exp(σ²)·(exp(σ²·φ^|i−j|) − 1) (log-normal
     * moments: Cov(e^X, e^Y) = e^{μx+μy+(σx²+σy²)/2}(e^{Cov(X,Y)} − 1)). The draws of the Monte Carlo
     * engine (stream (seed, draw, section)) must reproduce both.
     */
    @Test
    void annualMeansMatchTheLogNormalMoments() {
        double m = 5.0;
        double s = 0.3;
        double phi = 0.5;
        double mean = m * Math.exp(s * s / 2);
        double var = 0;
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                var += m * m * Math.exp(s * s) * (Math.exp(s * s * Math.pow(phi, Math.abs(i - j))) - 1);
            }
        }
        var /= 144;
        SeriesGenerator generator = new SeriesGenerator(quality(new YearRange(2030, 2030)));
        int n = 20_000;
        double[] annual = new double[n];
        for (int d = 0; d < n; d++) {
            double sum = 0;
            for (Sample x : generator.generate(0, Seeds.generator(7, d, 0))) {
                sum += x.values().get(Indicator.CODMN);
            }
            annual[d] = sum / 12;
        }
        Summary got = Summary.of(annual);
        // Tolerance: 4 standard errors of the mean; values are rounded to 0.01 mg/L, a bias far below that.
        assertEquals(mean, got.mean(), 4 * Math.sqrt(var / n), "mean of annual means");
        // The sample variance's relative standard error is about sqrt((kurtosis − 1)/n) ≈ 1.5% here; allow 8%.
        assertEquals(var, got.sd() * got.sd(), 0.08 * var, "variance of annual means");
    }

    @Test
    void standardErrorShrinksAsOneOverRootN() throws Exception {
        MonteCarlo mc = new MonteCarlo(projection(1e8));
        Map<String, Double> efforts = Map.of("UP", 5e7);
        double se400 = Summary.of(mc.run(400, 11, 2, efforts, ProgressListener.NONE).welfare(0)).standardError();
        double se1600 = Summary.of(mc.run(1600, 11, 2, efforts, ProgressListener.NONE).welfare(0)).standardError();
        // Four times the draws halve the standard error; the sd estimates themselves vary by a few percent.
        assertEquals(2.0, se400 / se1600, 0.3);
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() throws Exception {
        MonteCarlo mc = new MonteCarlo(projection(1e8));
        Map<String, Double> efforts = Map.of("UP", 5e7);
        MonteCarloResult one = mc.run(3 * MonteCarlo.BLOCK + 17, 99, 1, efforts, ProgressListener.NONE);
        MonteCarloResult two = mc.run(3 * MonteCarlo.BLOCK + 17, 99, 2, efforts, ProgressListener.NONE);
        for (int p = 0; p < 2; p++) {
            assertArrayEquals(one.netTransfer(p), two.netTransfer(p));
            assertArrayEquals(one.welfare(p), two.welfare(p));
            for (int y = 0; y < YEARS.to() - YEARS.from() + 1; y++) {
                assertArrayEquals(one.netTransfer(p, y), two.netTransfer(p, y));
            }
        }
        assertEquals(one.flows(), two.flows());
    }

    @Test
    void drawsAreReproducibleAndMoneyIsConserved() throws Exception {
        MonteCarlo mc = new MonteCarlo(projection(1e8));
        DrawOutcome a = mc.draw(5, 3, Map.of("UP", 1e7));
        DrawOutcome b = mc.draw(5, 3, Map.of("UP", 1e7));
        assertArrayEquals(a.welfare(), b.welfare());
        for (int y = 0; y < a.net()[0].length; y++) {
            // a two-party bet: what one side pays the other receives
            assertEquals(0, a.net()[0][y] + a.net()[1][y], 1e-6);
            assertEquals(1e8, Math.abs(a.net()[0][y]), 1e-6, "the whole stake moves each year");
        }
    }

    @Test
    void raisingTheStakeNeverLowersTheUpstreamBestResponse() throws Exception {
        BestResponse search = new BestResponse(60, 3, 2);
        double previous = -1;
        for (double stake : new double[] {0, 2e7, 5e7, 1e8, 2e8}) {
            double effort = search.efforts(projection(stake)).get("UP");
            assertTrue(effort >= previous, "stake " + stake + ": effort " + effort + " < " + previous);
            previous = effort;
        }
        assertTrue(previous > 0, "a large stake buys some effort");
    }

    @Test
    void withZeroStakeTheBestResponseIsTheNoAgreementEffort() throws Exception {
        BestResponse search = new BestResponse(60, 3, 2);
        Projection zero = projection(0);
        Agreement none = new Agreement("none", zero.agreement().parties(), zero.agreement().sections(),
                List.of(new Round("r", YEARS.from(), YEARS.to(), List.of())));
        double withoutAgreement = search.efforts(zero.withAgreement(none)).get("UP");
        assertEquals(withoutAgreement, search.efforts(zero).get("UP"));
        assertTrue(withoutAgreement > 0, "the upstream party's own benefit buys some effort even without an agreement");
    }
}
