package org.ecocomp.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocomp.agreement.Agreement;
import org.ecocomp.basin.ChainLink;
import org.ecocomp.economy.PartyEconomy;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.MissingMonthPolicy;

/**
 * What a Monte Carlo projection needs: the agreement, the stochastic water-quality model of every
 * section over the projection years, the river chain, and each party's economics.
 *
 * @param agreement the agreement to settle each draw
 * @param quality the water-quality processes of the sections, over the projection years
 * @param chain reaches along which upstream concentrations carry to downstream sections, upstream first
 * @param economy each party's economics, by party code (parties not listed have none)
 * @param annualMean how annual means are formed
 * @param missingMonths how months without data count
 */
public record Projection(Agreement agreement, SyntheticSeries quality, List<ChainLink> chain,
                         Map<String, PartyEconomy> economy, AnnualMeanMethod annualMean, MissingMonthPolicy missingMonths) {

    /** Checks that every agreement section has a process and every chain link names known sections. */
    public Projection {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(annualMean, "annualMean");
        Objects.requireNonNull(missingMonths, "missingMonths");
        chain = List.copyOf(chain);
        economy = Collections.unmodifiableMap(new LinkedHashMap<>(economy));
        List<String> modelled = quality.sections().stream().map(SectionProcess::name).toList();
        for (String s : agreement.sections().keySet()) {
            if (!modelled.contains(s)) {
                throw new IllegalArgumentException("section " + s + " has no water-quality process");
            }
        }
        for (ChainLink link : chain) {
            if (!modelled.contains(link.from()) || !modelled.contains(link.to())) {
                throw new IllegalArgumentException("chain link " + link + " names a section without a process");
            }
        }
    }

    /** The parties of the agreement, in declaration order. */
    public List<String> parties() {
        return List.copyOf(agreement.parties().keySet());
    }

    /** The economics of a party, or none. */
    public PartyEconomy economyOf(String party) {
        return economy.getOrDefault(party, PartyEconomy.none(party));
    }

    /** The projection with another economy (e.g. efforts fixed at a best response). */
    public Projection withEconomy(Map<String, PartyEconomy> other) {
        return new Projection(agreement, quality, chain, other, annualMean, missingMonths);
    }

    /** The projection with another agreement (e.g. none at all, or a candidate design). */
    public Projection withAgreement(Agreement other) {
        return new Projection(other, quality, chain, economy, annualMean, missingMonths);
    }
}
