package org.ecocomp.io.scenario;

import org.ecocomp.io.monitoring.MonitoringData;
import org.ecocomp.scenario.Scenario;

/**
 * A scenario read and checked, with the monitoring data it names.
 *
 * @param scenario the scenario
 * @param data the monitoring data of its data files
 */
public record LoadedScenario(Scenario scenario, MonitoringData data) {
}
