package org.ecocomp.economy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecocomp.quality.Indicator;

/**
 * How a party's abatement effort lowers concentrations at the sections it answers for, with
 * diminishing returns: a concentration C becomes C·(1 − s·(1 − 2^(−e/e½))), where e is the effort
 * spent {@code lagYears} earlier (yuan per year), s the controllable share and e½ the effort that
 * removes half of the controllable part.
 *
 * @param sections the sections whose water the effort improves
 * @param indicators the indicators it lowers (concentrations; DO and pH are not changed)
 * @param controllableShare s, the share of the concentration from controllable sources, in [0, 1]
 * @param halfEffort e½ in yuan per year, positive
 * @param lagYears years between spending and effect, 0 or more
 */
public record Abatement(List<String> sections, Set<Indicator> indicators, double controllableShare, double halfEffort,
                        int lagYears) {

    /** Checks the parameters. */
    public Abatement {
        sections = List.copyOf(sections);
        indicators = Collections.unmodifiableSet(indicators.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(indicators));
        if (sections.isEmpty() || indicators.isEmpty()) {
            throw new IllegalArgumentException("abatement needs at least one section and one indicator");
        }
        for (Indicator i : indicators) {
            if (!i.isPollutant()) {
                throw new IllegalArgumentException(i.code() + " is not a pollutant concentration that abatement lowers");
            }
        }
        if (!(controllableShare >= 0 && controllableShare <= 1)) {
            throw new IllegalArgumentException("the controllable share lies in [0, 1], was " + controllableShare);
        }
        if (!(halfEffort > 0) || lagYears < 0) {
            throw new IllegalArgumentException("halfEffort must be positive and lagYears 0 or more");
        }
    }

    /**
     * The factor a concentration is multiplied by for an effort.
     *
     * @param effort yuan per year, 0 or more
     * @return 1 − s·(1 − 2^(−effort/e½)), in [1 − s, 1]
     */
    public double factor(double effort) {
        return 1 - controllableShare * (1 - Math.pow(2, -effort / halfEffort));
    }
}
