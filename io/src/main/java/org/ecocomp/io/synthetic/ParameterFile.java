package org.ecocomp.io.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parameter file as written, before its values are checked. Mappings are records, so Jackson
 * reports unknown keys; scalars are kept as {@link JsonNode}s and every key is optional here, so that
 * missing keys and values of the wrong type are all reported together, with their location, by
 * {@link SyntheticParametersReader}.
 *
 * @param synthetic must be {@code true}: the file declares that what it generates is not measured
 * @param description free text
 * @param seed the base seed
 * @param years the year range
 * @param sections the sections
 */
record ParameterFile(JsonNode synthetic, JsonNode description, JsonNode seed, Years years, List<Section> sections) {

    /**
     * {@code years: {from: 2010, to: 2025}}.
     *
     * @param from first year
     * @param to last year
     */
    record Years(JsonNode from, JsonNode to) {
    }

    /**
     * One section.
     *
     * @param name the section's name
     * @param indicators processes by indicator code or Chinese name
     * @param flow the flow process, m³/s
     * @param correlation the innovation correlation
     */
    record Section(JsonNode name, Map<String, Process> indicators, Process flow, CorrelationBlock correlation) {
    }

    /**
     * One indicator's process.
     *
     * @param median a number, or a list of {@code {from: yyyy-MM, value: number}} breakpoints
     * @param sd the marginal standard deviation on the indicator's scale
     * @param phi the lag-1 autocorrelation
     * @param seasonal the cosine seasonal term
     */
    record Process(JsonNode median, JsonNode sd, JsonNode phi, Seasonal seasonal) {
    }

    /**
     * {@code seasonal: {amplitude: 0.2, peakMonth: 7}}.
     *
     * @param amplitude the amplitude on the indicator's scale
     * @param peakMonth the month of the peak, 1–12
     */
    record Seasonal(JsonNode amplitude, JsonNode peakMonth) {
    }

    /**
     * {@code correlation: {indicators: [...], matrix: [[...], ...]}}.
     *
     * @param indicators the row and column order
     * @param matrix the correlations
     */
    record CorrelationBlock(JsonNode indicators, JsonNode matrix) {
    }
}
