/**
 * Scenario files &lt;-&gt; scenario records: the JSON Schema of scenario files and its located problems
 * ({@link org.ecocomp.io.scenario.ScenarioSchema}), then the semantic reader that builds the
 * {@link org.ecocomp.scenario.Scenario} record tree ({@link org.ecocomp.io.scenario.ScenarioFiles}).
 */
package org.ecocomp.io.scenario;
