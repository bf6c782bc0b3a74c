package org.ecocomp.io.scenario;

import java.util.Optional;
import org.ecocomp.io.monitoring.MonitoringData;
import org.ecocomp.scenario.Scenario;
import org.ecocomp.simulation.SyntheticSeries;

/**
 * A scenario read and checked, with the files it names.
 *
 * @param scenario the scenario
 * @param data the monitoring data of its data files
 * @param quality its stochastic water-quality model ({@code simulation.quality}), with the parameter
 *     file's own years, if it names one
 */
public record LoadedScenario(Scenario scenario, MonitoringData data, Optional<SyntheticSeries> quality) {
}
