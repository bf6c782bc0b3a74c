package org.ecocomp.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaterBodyTypeTest {

    /** Lake and reservoir sections of the CNEMC real-time network (see data/raw under the shared folder). */
    @ParameterizedTest
    @ValueSource(strings = {"岩滩水库", "万峰湖(万峰湖湖心)", "龙岩滩水库", "石骨水库", "良德水库", "抚仙湖心", "杞麓湖心"})
    void lakesAndReservoirsAreRecognisedByName(String section) {
        assertEquals(WaterBodyType.LAKE, WaterBodyType.recognise(section, false));
    }

    /** River sections, among them the Dongjiang pilot's border sections. */
    @ParameterizedTest
    @ValueSource(strings = {"兴宁电站", "庙咀里", "长汀美西桥", "石角", "封开城上", "蔗香南"})
    void otherSectionsAreRivers(String section) {
        assertEquals(WaterBodyType.RIVER, WaterBodyType.recognise(section, false));
    }

    /**
     * River sections whose names mention a lake or reservoir: the inflow mouth of a river into a lake
     * (入湖口), a reach below a dam (水库下游), or a place named after a lake (湖口 county, 汝湖 town on the
     * Dongjiang). CNEMC grades them with river limits: in its real-time release (snapshot 2026-02-04,
     * davidTeng2025/water_info_crawler) 大观河入湖口 has TP 0.042 and Class Ⅱ, 宝丰村入湖口 TP 0.057 and
     * Class Ⅱ, 湖口 TP 0.044 and Class Ⅱ, 永安安砂水库下游 TP 0.014 and Class Ⅰ; and (2026-08-26,
     * Jesse-dry/AquaDetective) 惠州汝湖 TP 0.053 and Class Ⅲ with DO 5.78. With lake TP limits these would be
     * Ⅲ, Ⅳ, Ⅲ, Ⅱ and Ⅳ.
     */
    @ParameterizedTest
    @ValueSource(strings = {"大观河入湖口", "宝丰村入湖口", "新河村入湖口（金属筛片厂小桥）", "永安安砂水库下游", "湖口", "惠州汝湖"})
    void riverSectionsNamedAfterALakeAreRivers(String section) {
        assertEquals(WaterBodyType.RIVER, WaterBodyType.recognise(section, false));
    }

    /**
     * Algal density is measured only at lake and reservoir stations, so a section reporting it is a lake
     * whatever its name: Dianchi's 白鱼口 and 断桥 (snapshot 2026-02-04, davidTeng2025/water_info_crawler: algal
     * density 29,864,250 and 3,269,045 cells/L, TP 0.034 and 0.042, CNEMC Class Ⅲ, which only lake TP limits give).
     */
    @ParameterizedTest
    @ValueSource(strings = {"白鱼口", "断桥", "万峰湖"})
    void algalDataMarksALake(String section) {
        assertEquals(WaterBodyType.LAKE, WaterBodyType.recognise(section, true));
    }
}
