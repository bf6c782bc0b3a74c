package org.ecocomp.quality;

import static org.ecocomp.quality.Indicator.BOD5;
import static org.ecocomp.quality.Indicator.COD;
import static org.ecocomp.quality.Indicator.CODMN;
import static org.ecocomp.quality.Indicator.DO;
import static org.ecocomp.quality.Indicator.FLOW;
import static org.ecocomp.quality.Indicator.NH3N;
import static org.ecocomp.quality.Indicator.PH;
import static org.ecocomp.quality.Indicator.TN;
import static org.ecocomp.quality.Indicator.TP;
import static org.ecocomp.quality.WaterBodyType.LAKE;
import static org.ecocomp.quality.WaterBodyType.RIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Single-factor evaluation (单因子评价法); expected classes worked out by hand from GB 3838-2002 Table 1. */
class SingleFactorEvaluationTest {

    private static final SingleFactorEvaluation CNEMC = SingleFactorEvaluation.CNEMC;

    @Test
    void cnemcEvaluatesPhDoCodMnAmmoniaAndPhosphorus() {
        assertEquals(EnumSet.of(PH, DO, CODMN, NH3N, TP), CNEMC.indicators());
    }

    @Test
    void theWorstClassWinsAndItsIndicatorIsLimiting() {
        // pH 7.2 ok (I), DO 8 (I), CODMn 3 (II), NH3-N 0.8 (III), TP 0.05 river (II)
        Map<Indicator, Double> v = Map.of(PH, 7.2, DO, 8.0, CODMN, 3.0, NH3N, 0.8, TP, 0.05);
        assertEquals(Optional.of(new Grade(WaterClass.III, Set.of(NH3N))), CNEMC.grade(v, RIVER));
    }

    @Test
    void everyIndicatorAtTheWorstClassIsLimiting() {
        // DO 6.5 (II), CODMn 5 (III), NH3-N 0.8 (III), TP 0.15 river (III)
        Map<Indicator, Double> v = Map.of(DO, 6.5, CODMN, 5.0, NH3N, 0.8, TP, 0.15);
        Grade g = CNEMC.grade(v, RIVER).orElseThrow();
        assertEquals(WaterClass.III, g.waterClass());
        assertEquals(EnumSet.of(CODMN, NH3N, TP), g.limiting());
    }

    @Test
    void allClassIValuesGiveClassIWithEveryIndicatorLimiting() {
        Map<Indicator, Double> v = Map.of(PH, 7.0, DO, 9.0, CODMN, 1.0, NH3N, 0.05, TP, 0.01);
        assertEquals(Optional.of(new Grade(WaterClass.I, EnumSet.of(PH, DO, CODMN, NH3N, TP))), CNEMC.grade(v, RIVER));
    }

    @Test
    void phOutsideSixToNineMakesTheSectionWorseThanV() {
        Map<Indicator, Double> v = Map.of(PH, 9.34, DO, 7.05, CODMN, 2.97, NH3N, 0.061, TP, 0.048);
        assertEquals(Optional.of(new Grade(WaterClass.WORSE_THAN_V, Set.of(PH))), CNEMC.grade(v, RIVER));
    }

    @Test
    void missingIndicatorsAreSkipped() {
        assertEquals(Optional.of(new Grade(WaterClass.IV, Set.of(DO))), CNEMC.grade(Map.of(DO, 4.0), RIVER));
        // CODMn 1.92 (I) and TP 0.057 (river II); pH, DO and NH3-N not measured
        assertEquals(Optional.of(new Grade(WaterClass.II, Set.of(TP))),
                CNEMC.grade(Map.of(CODMN, 1.92, TP, 0.057), RIVER));
    }

    @Test
    void nothingMeasuredGivesNoGrade() {
        assertEquals(Optional.empty(), CNEMC.grade(Map.of(), RIVER));
        assertEquals(Optional.empty(), CNEMC.grade(Map.of(FLOW, 85.0), RIVER));
        // only indicators outside the CNEMC set
        assertEquals(Optional.empty(), CNEMC.grade(Map.of(COD, 35.0, BOD5, 8.0, TN, 1.8, FLOW, 85.0), LAKE));
    }

    @Test
    void indicatorsOutsideTheSetAreIgnored() {
        // COD 35 would be Class V, but CNEMC does not evaluate COD
        assertEquals(Optional.of(new Grade(WaterClass.I, Set.of(DO))), CNEMC.grade(Map.of(DO, 8.0, COD, 35.0), RIVER));
    }

    @Test
    void totalNitrogenListedExplicitlyIsGradedOnTableOnesSingleRowAtRiversToo() {
        // GB 3838 Table 1 TN (湖、库): Ⅰ 0.2, Ⅱ 0.5, Ⅲ 1.0, Ⅳ 1.5, Ⅴ 2.0. 豫鲁 round 2 adds TN at a river
        // section (DOMAIN.md §3.4), so an evaluation that lists TN grades it there with the same row.
        SingleFactorEvaluation withTn = new SingleFactorEvaluation(EnumSet.of(TP, TN));
        Map<Indicator, Double> v = Map.of(TP, 0.02, TN, 1.8);
        // river: TP 0.02 is Class I, TN 1.8 is Class V
        assertEquals(Optional.of(new Grade(WaterClass.V, Set.of(TN))), withTn.grade(v, RIVER));
        // lake: TP 0.02 is Class II, TN 1.8 is Class V
        assertEquals(Optional.of(new Grade(WaterClass.V, Set.of(TN))), withTn.grade(v, LAKE));
        assertEquals(Optional.of(new Grade(WaterClass.III, Set.of(TN))), withTn.grade(Map.of(TN, 1.0), RIVER));
        assertEquals(Optional.of(1.0), withTn.limit(TN, RIVER, WaterClass.III));
        assertEquals(Set.of(TN), withTn.unmeasured(Map.of(TP, 0.02), RIVER));
    }

    @Test
    void theMinistrysRiverSetLeavesNitrogenOut() {
        // CNEMC's set has no TN: a river reading TN 5 mg/L keeps the class of the rest.
        assertEquals(Optional.of(new Grade(WaterClass.I, Set.of(PH, DO, CODMN, NH3N, TP))),
                CNEMC.grade(Map.of(PH, 7.0, DO, 9.0, CODMN, 1.0, NH3N, 0.05, TP, 0.01, TN, 5.0), RIVER));
        assertEquals(Set.of(), CNEMC.unmeasured(Map.of(PH, 7.0, DO, 9.0, CODMN, 1.0, NH3N, 0.05, TP, 0.01), RIVER));
    }

    @Test
    void jiuzhouIndicatorSetIncludesBod5() {
        // Jiuzhou round 1 indicators: pH, CODMn, NH3-N, TP, BOD5 (DOMAIN.md section 2)
        SingleFactorEvaluation jiuzhou = new SingleFactorEvaluation(EnumSet.of(PH, CODMN, NH3N, TP, BOD5));
        Map<Indicator, Double> v = Map.of(PH, 7.5, CODMN, 3.5, NH3N, 0.4, TP, 0.08, BOD5, 4.5);
        // CODMn II, NH3-N II, TP II, BOD5 4.5 is above the Class III limit 4: Class IV
        assertEquals(Optional.of(new Grade(WaterClass.IV, Set.of(BOD5))), jiuzhou.grade(v, RIVER));
    }

    @Test
    void rejectsAnEmptySetOrFlow() {
        assertThrows(IllegalArgumentException.class, () -> new SingleFactorEvaluation(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new SingleFactorEvaluation(Set.of(FLOW)));
        assertThrows(IllegalArgumentException.class, () -> new SingleFactorEvaluation(Set.of(TP, FLOW)));
    }

    @Test
    void theIndicatorSetIsCopiedAndUnmodifiable() {
        Set<Indicator> set = EnumSet.of(TP);
        SingleFactorEvaluation e = new SingleFactorEvaluation(set);
        set.add(NH3N);
        assertEquals(Set.of(TP), e.indicators());
        assertThrows(UnsupportedOperationException.class, () -> e.indicators().add(DO));
    }

    @Test
    void aGradeNeedsALimitingIndicator() {
        assertThrows(IllegalArgumentException.class, () -> new Grade(WaterClass.II, Set.of()));
        Grade g = new Grade(WaterClass.II, Set.of(TP));
        assertThrows(UnsupportedOperationException.class, () -> g.limiting().add(DO));
    }
}
