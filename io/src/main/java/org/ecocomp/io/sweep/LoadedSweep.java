package org.ecocomp.io.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecocomp.io.scenario.ScenarioTemplate;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.SweepSpec;

/**
 * A sweep file read and checked.
 *
 * @param file the sweep file
 * @param spec the sweep
 * @param design the design of its points ({@link SweepSpec#buildDesign()}), checked to fit the
 *     parameters and to have at most {@link SweepFiles#MAX_POINTS} points
 * @param template the scenario it sweeps, read once, if it sweeps one
 */
public record LoadedSweep(Path file, SweepSpec spec, Design design, Optional<ScenarioTemplate> template) {

    /**
     * Every file the sweep reads: the sweep file, then its scenario's files
     * ({@link ScenarioTemplate#files()}).
     *
     * @return the files
     */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(List.of(file));
        template.ifPresent(t -> all.addAll(t.files()));
        return List.copyOf(all);
    }
}
