package org.ecocomp.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.Sample;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.Test;

/** Determinism, stream independence, dates and rounding of {@link SeriesGenerator}. */
class SeriesGeneratorTest {

    private static IndicatorProcess process(Indicator indicator, double median) {
        return new IndicatorProcess(indicator, new MedianPath.Constant(median), 0.4, 0.5, new Seasonality(0.2, 7));
    }

    private static SectionProcess section(String name, double tp) {
        return new SectionProcess(name, List.of(process(Indicator.TP, tp), process(Indicator.CODMN, 2.5),
                process(Indicator.FLOW, 80)), Correlation.NONE);
    }

    private static final SyntheticSeries SERIES = new SyntheticSeries(new YearRange(2010, 2025),
            List.of(section("A", 0.05), section("B", 0.08)));

    @Test
    void theSameSeedGivesTheSameSamples() {
        assertEquals(new SeriesGenerator(SERIES).generate(7), new SeriesGenerator(SERIES).generate(7));
    }

    @Test
    void anotherSeedGivesOtherSamples() {
        List<Sample> a = new SeriesGenerator(SERIES).generate(7);
        List<Sample> b = new SeriesGenerator(SERIES).generate(8);
        assertEquals(a.size(), b.size());
        long same = 0;
        for (int k = 0; k < a.size(); k++) {
            same += a.get(k).values().equals(b.get(k).values()) ? 1 : 0;
        }
        assertEquals(0, same);
    }

    @Test
    void samplesComeSectionBySectionOneOnTheFifteenthOfEveryMonth() {
        List<Sample> samples = new SeriesGenerator(SERIES).generate(1);
        assertEquals(2 * 16 * 12, samples.size());
        assertEquals(new Sample("A", LocalDateTime.of(2010, 1, 15, 0, 0), samples.getFirst().values()), samples.getFirst());
        assertEquals(LocalDateTime.of(2025, 12, 15, 0, 0), samples.get(191).time());
        assertEquals("B", samples.get(192).section());
        assertEquals(LocalDateTime.of(2010, 1, 15, 0, 0), samples.get(192).time());
        assertTrue(samples.stream().allMatch(s -> s.values().keySet().equals(
                EnumSet.of(Indicator.CODMN, Indicator.TP, Indicator.FLOW))));
    }

    @Test
    void aSectionsSeriesDependsOnlyOnItsOwnParametersAndIndex() {
        List<Sample> both = new SeriesGenerator(SERIES).generate(11);
        // changing section B leaves section A unchanged
        SyntheticSeries otherB = new SyntheticSeries(SERIES.years(), List.of(section("A", 0.05), section("B", 0.3)));
        List<Sample> changed = new SeriesGenerator(otherB).generate(11);
        assertEquals(both.subList(0, 192), changed.subList(0, 192));
        assertNotEquals(both.subList(192, 384), changed.subList(192, 384));
        // section B alone from its own stream equals its part of the whole run, whatever ran before
        assertEquals(both.subList(192, 384), new SeriesGenerator(SERIES).generate(1, Seeds.generator(11, 1)));
    }

    @Test
    void theOrderProcessesAreGivenInDoesNotMatter() {
        SectionProcess reordered = new SectionProcess("A", List.of(process(Indicator.FLOW, 80),
                process(Indicator.CODMN, 2.5), process(Indicator.TP, 0.05)), Correlation.NONE);
        assertEquals(section("A", 0.05), reordered);
    }

    @Test
    void valuesAreRoundedToTheDisplayedDecimals() {
        for (Sample s : new SeriesGenerator(SERIES).generate(3)) {
            s.values().forEach((indicator, value) -> assertTrue(
                    BigDecimal.valueOf(value).stripTrailingZeros().scale() <= SeriesGenerator.decimals(indicator),
                    indicator + " " + value));
        }
        assertEquals(0.123, SeriesGenerator.round(Indicator.TP, 0.1225));
        assertEquals(7.46, SeriesGenerator.round(Indicator.PH, 7.4550001));
        assertEquals(120.4, SeriesGenerator.round(Indicator.FLOW, 120.44));
    }
}
