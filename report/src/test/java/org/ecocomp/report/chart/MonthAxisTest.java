package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MonthAxisTest {

    private final Function<Double, String> ticks = MonthAxis.ticks(new Labels(Language.EN));

    @Test
    void monthsAreTwelfthsOfAYear() {
        assertEquals(2009.5, MonthAxis.x(YearMonth.of(2009, 7)));
        assertEquals(2009.5 + 0.5 / 31 / 12, MonthAxis.x(LocalDateTime.of(2009, 7, 1, 12, 0)), 1e-12);
    }

    @Test
    void onlyMonthStartsAreLabelled() {
        assertEquals("2009", ticks.apply(2009.0));
        assertEquals("Jul 2009", ticks.apply(2009.5));
        assertEquals("Apr 2009", ticks.apply(2009.25));
        assertEquals(" ", ticks.apply(2009.2));
        assertEquals(" ", ticks.apply(2009.1));
        assertEquals("2010", ticks.apply(2010.0 - 1e-6));
    }
}
