package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * External check against the class CNEMC itself published (国家地表水水质自动监测实时数据发布系统).
 *
 * <p>Rows transcribed from the shared data folder, data/raw: snapshots 2026-08-26 and 2026-09-23 from
 * Jesse-dry/AquaDetective (cnemc_pearl_extract_*.csv) and 2026-02-04 from davidTeng2025/water_info_crawler
 * (water_info_south_20260204_derived.csv). Values are as displayed (mg/L); rows whose displayed value sits
 * on a class boundary were left out because the unrounded value decides them. The water body is the one
 * CNEMC grades the section as (lake TP limits for lakes and reservoirs), given explicitly so that this
 * test checks grading, not name recognition. An empty cell was "--" (not measured).
 */
class CnemcReferenceTest {

    @ParameterizedTest(name = "{0} {1}: CNEMC class {8}")
    @CsvSource(textBlock = """
            兴宁电站,        2026-08-26, RIVER, 8.73, 9.88,  2.15,  0.026, 0.024, 2
            庙咀里,          2026-08-26, RIVER, 7.15, 8.30,  4.46,  0.062, 0.128, 3
            长汀美西桥,       2026-08-26, RIVER, 6.88, 6.99,  4.69,  1.118, 0.268, 4
            鸦岗,            2026-08-26, RIVER, 6.92, 2.99,  1.85,  0.375, 0.118, 5
            海门湾桥闸,       2026-08-26, RIVER, 7.06, 2.05,  3.99,  2.107, 0.158, 6
            东溪水闸,         2026-08-26, RIVER, 6.49, 1.75,  5.86,  1.003, 0.117, 6
            惠州汝湖,         2026-08-26, RIVER, 6.73, 5.78,  1.94,  0.006, 0.053, 3
            岩滩水库,         2026-08-26, LAKE,  8.61, 10.40, 1.34,  0.006, 0.012, 2
            万峰湖,          2026-08-26, LAKE,  8.67, 9.08,  1.55,  0.017, 0.020, 2
            良德水库,         2026-08-26, LAKE,  8.12, 7.80,  1.86,  ,      0.002, 1
            石骨水库,         2026-08-26, LAKE,      , 8.91,  2.99,  0.017, 0.019, 2
            洪奇沥,          2026-09-23, RIVER, 7.72, 5.96,  8.25,  0.005, 0.071, 4
            蕉门,            2026-09-23, RIVER, 7.89, 6.48,  2.80,  0.062, 0.036, 2
            官坦,            2026-09-23, RIVER, 7.70, 5.58,  2.52,  0.002, 0.056, 3
            岩滩水库,         2026-09-23, LAKE,  8.29, 12.11, 1.78,  0.002, 0.016, 2
            诏安澳子头,       2026-02-04, RIVER, 7.33, 8.67,  10.76, 0.050, 0.106, 5
            羊柱头渡口,       2026-02-04, RIVER, 7.85, 8.11,  3.22,  0.542, 0.308, 5
            东大河滇池入湖口,  2026-02-04, RIVER, 9.34, 7.05,  2.97,  0.061, 0.048, 6
            杞麓湖心,         2026-02-04, LAKE,  9.51, 9.21,  8.06,  ,      0.040, 6
            大观河入湖口,      2026-02-04, RIVER, 8.07, 7.49,  1.17,  0.050, 0.042, 2
            湖口,            2026-02-04, RIVER, 8.06, 10.42, 1.26,  0.04,  0.044, 2
            永安安砂水库下游,  2026-02-04, RIVER, 7.18, 8.95,  1.15,  0.034, 0.014, 1
            石骨水库,         2026-02-04, LAKE,  7.73, 8.22,  0.98,  0.004, 0.011, 2
            龙岩滩水库,       2026-02-04, LAKE,  7.96, 7.98,  0.65,  0.004, 0.013, 2
            """)
    void singleFactorClassOverTheCnemcSetReproducesTheCnemcClass(String section, String date, WaterBodyType body,
                                                                 Double ph, Double dissolvedOxygen, Double codMn,
                                                                 Double ammonia, Double phosphorus, int cnemcClass) {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        put(values, Indicator.PH, ph);
        put(values, Indicator.DO, dissolvedOxygen);
        put(values, Indicator.CODMN, codMn);
        put(values, Indicator.NH3N, ammonia);
        put(values, Indicator.TP, phosphorus);
        assertEquals(WaterClass.ofNumber(cnemcClass),
                SingleFactorEvaluation.CNEMC.grade(values, body).orElseThrow().waterClass());
    }

    private static void put(Map<Indicator, Double> values, Indicator indicator, Double value) {
        if (value != null) {
            values.put(indicator, value);
        }
    }
}
