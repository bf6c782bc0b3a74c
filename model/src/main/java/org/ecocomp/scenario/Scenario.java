package org.ecocomp.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.ecocomp.agreement.Agreement;
import org.ecocomp.economy.PartyEconomy;
import org.ecocomp.economy.Standard;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.MissingMonthPolicy;

/**
 * A scenario: an agreement, the monitoring data it settles on, and how that data is assessed.
 *
 * @param name identifier
 * @param title a title for reports
 * @param kind pilot, design or example
 * @param sources citations
 * @param assumptions labelled assumptions ([U] facts made parameters)
 * @param dataFiles monitoring data files (resolved against the scenario's folder)
 * @param dataYear the year for CNEMC times without one, if given
 * @param annualMean how annual means are formed
 * @param missingMonths how months without data count
 * @param agreement the agreement
 * @param simulation replay or Monte Carlo, with its settings
 * @param economy each party's economics in a projection, by party code
 * @param optimize what {@code ecocomp optimize} may change, if the scenario says
 * @param standards compensation standards by valuation method, to set beside what the agreement pays
 */
public record Scenario(String name, String title, Kind kind, List<String> sources, List<Assumption> assumptions,
                       List<Path> dataFiles, OptionalInt dataYear, AnnualMeanMethod annualMean,
                       MissingMonthPolicy missingMonths, Agreement agreement, SimulationSpec simulation,
                       Map<String, PartyEconomy> economy, java.util.Optional<OptimizeSpec> optimize,
                       List<Standard> standards) {

    /** Copies the lists and checks for nulls. */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(annualMean, "annualMean");
        Objects.requireNonNull(missingMonths, "missingMonths");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(optimize, "optimize");
        economy = Collections.unmodifiableMap(new LinkedHashMap<>(economy));
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
        dataFiles = List.copyOf(dataFiles);
        standards = List.copyOf(standards);
    }

    /** What a scenario stands for. */
    public enum Kind {
        /** A published agreement, replayed. */
        PILOT,
        /** A design: no agreement is published, every number is a design parameter. */
        DESIGN,
        /** An example for learning or testing. */
        EXAMPLE
    }

    /**
     * An assumption: a fact not found in a source, made a parameter and labelled.
     *
     * @param path the scenario field it concerns
     * @param note what is assumed and why
     */
    public record Assumption(String path, String note) {
    }
}
