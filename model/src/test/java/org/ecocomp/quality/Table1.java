package org.ecocomp.quality;

import java.util.List;
import java.util.Optional;

/**
 * GB 3838-2002 Table 1 class limits, transcribed by hand from DOMAIN.md section 4 for use as a test
 * oracle. Deliberately independent of {@link Gb3838}: nothing here reads the main code's limits.
 */
final class Table1 {

    /** One row of GB 3838-2002 Table 1: the limits of Classes I to V in mg/L. */
    record Row(Indicator indicator, WaterBodyType body, double[] limits) {
    }

    /** DO is a lower bound (at least), all the others are upper bounds (at most). */
    static final List<Row> ROWS = List.of(
            row(Indicator.DO, WaterBodyType.RIVER, 7.5, 6, 5, 3, 2),
            row(Indicator.DO, WaterBodyType.LAKE, 7.5, 6, 5, 3, 2),
            row(Indicator.CODMN, WaterBodyType.RIVER, 2, 4, 6, 10, 15),
            row(Indicator.CODMN, WaterBodyType.LAKE, 2, 4, 6, 10, 15),
            row(Indicator.COD, WaterBodyType.RIVER, 15, 15, 20, 30, 40),
            row(Indicator.COD, WaterBodyType.LAKE, 15, 15, 20, 30, 40),
            row(Indicator.BOD5, WaterBodyType.RIVER, 3, 3, 4, 6, 10),
            row(Indicator.BOD5, WaterBodyType.LAKE, 3, 3, 4, 6, 10),
            row(Indicator.NH3N, WaterBodyType.RIVER, 0.15, 0.5, 1.0, 1.5, 2.0),
            row(Indicator.NH3N, WaterBodyType.LAKE, 0.15, 0.5, 1.0, 1.5, 2.0),
            row(Indicator.TP, WaterBodyType.RIVER, 0.02, 0.1, 0.2, 0.3, 0.4),
            row(Indicator.TP, WaterBodyType.LAKE, 0.01, 0.025, 0.05, 0.1, 0.2),
            row(Indicator.TN, WaterBodyType.LAKE, 0.2, 0.5, 1.0, 1.5, 2.0));

    private Table1() {
    }

    private static Row row(Indicator indicator, WaterBodyType body, double... limits) {
        return new Row(indicator, body, limits);
    }

    /** The row of an indicator in a water body, or empty when Table 1 does not grade it there. */
    static Optional<Row> row(Indicator indicator, WaterBodyType body) {
        return ROWS.stream().filter(r -> r.indicator() == indicator && r.body() == body).findFirst();
    }

    /**
     * Reference classifier: the best class whose limit the value meets, straight from the table.
     * pH is acceptable (Class I) in 6 to 9 inclusive and 劣Ⅴ outside.
     */
    static Optional<WaterClass> classOf(Indicator indicator, double value, WaterBodyType body) {
        if (indicator == Indicator.PH) {
            return Optional.of(value >= 6 && value <= 9 ? WaterClass.I : WaterClass.WORSE_THAN_V);
        }
        Optional<Row> row = row(indicator, body);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        double[] limits = row.get().limits();
        WaterClass[] classes = {WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV, WaterClass.V};
        for (int c = 0; c < 5; c++) {
            boolean meets = indicator == Indicator.DO ? value >= limits[c] : value <= limits[c];
            if (meets) {
                return Optional.of(classes[c]);
            }
        }
        return Optional.of(WaterClass.WORSE_THAN_V);
    }
}
