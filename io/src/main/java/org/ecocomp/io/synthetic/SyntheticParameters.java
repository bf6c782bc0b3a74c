package org.ecocomp.io.synthetic;

import java.util.Objects;
import org.ecocomp.simulation.SyntheticSeries;

/**
 * The content of a synthetic-series parameter file.
 *
 * @param description what the parameters stand for (free text, may be empty)
 * @param seed the base seed the file names (a command may override it)
 * @param series the model parameters
 */
public record SyntheticParameters(String description, long seed, SyntheticSeries series) {

    /** Checks for nulls. */
    public SyntheticParameters {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(series, "series");
    }
}
