package org.ecocomp.economy;

import java.util.Objects;
import java.util.Optional;

/**
 * A party's economics in a projection.
 *
 * @param party the party code
 * @param effort its yearly abatement spending
 * @param abatement what the effort does to water quality, if the party abates
 * @param opportunityCostPerEffort development opportunity cost per yuan of effort (e.g. 0.3)
 * @param opportunityCostFixed development opportunity cost per year that does not depend on effort
 * @param benefit what better water is worth to the party, if anything
 */
public record PartyEconomy(String party, Effort effort, Optional<Abatement> abatement, double opportunityCostPerEffort,
                           double opportunityCostFixed, Optional<Benefit> benefit) {

    /** Checks the costs. */
    public PartyEconomy {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(effort, "effort");
        if (!(opportunityCostPerEffort >= 0) || !(opportunityCostFixed >= 0)) {
            throw new IllegalArgumentException("opportunity costs are 0 or more");
        }
    }

    /** A party with no economics of its own (its welfare is only what it receives minus what it pays). */
    public static PartyEconomy none(String party) {
        return new PartyEconomy(party, new Effort.Fixed(0), Optional.empty(), 0, 0, Optional.empty());
    }

    /** The yearly cost of an effort: the effort itself plus the opportunity costs. */
    public double cost(double effort) {
        return effort * (1 + opportunityCostPerEffort) + opportunityCostFixed;
    }
}
