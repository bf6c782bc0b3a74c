package org.ecocomp.economy;

import java.util.List;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterClass;

/**
 * What better water is worth to a party in a year: (avoided treatment cost per m³ × volume supplied
 * + willingness to pay per household × households) × the share of (section, month) pairs whose
 * monthly class meets the target.
 *
 * @param sections the sections whose water the party uses
 * @param evaluation the indicators of the class
 * @param target the class the water must meet to be worth its value
 * @param avoidedTreatmentCost yuan per m³ saved in treatment when the water meets the target
 * @param suppliedVolume m³ per year drawn from the river
 * @param willingnessToPay yuan per household per year for water meeting the target
 * @param households households that value it
 */
public record Benefit(List<String> sections, SingleFactorEvaluation evaluation, WaterClass target, double avoidedTreatmentCost,
                      double suppliedVolume, double willingnessToPay, double households) {

    /** Checks the parameters are not negative. */
    public Benefit {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a benefit needs at least one section");
        }
        for (double v : new double[] {avoidedTreatmentCost, suppliedVolume, willingnessToPay, households}) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("benefit parameters are 0 or more");
            }
        }
    }

    /** The yearly value of water that meets the target in every month, in yuan. */
    public double fullValue() {
        return avoidedTreatmentCost * suppliedVolume + willingnessToPay * households;
    }
}
