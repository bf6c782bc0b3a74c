package org.ecocomp.io.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.scenario.LoadedScenario;
import org.ecocomp.io.scenario.ScenarioTemplate;
import org.ecocomp.random.Seeds;
import org.ecocomp.scenario.ScenarioOutput;
import org.ecocomp.scenario.ScenarioRun;
import org.ecocomp.simulation.ProgressListener;
import org.ecocomp.sweep.PointFailedException;
import org.ecocomp.sweep.SweepExecutor;
import org.ecocomp.sweep.SweepSpec;

/**
 * What evaluating one point of a sweep means, for every executor (local threads or a cluster): a
 * reference function applied to the values, or the scenario with the values put at their paths,
 * replayed or projected (point j's Monte Carlo seed derived from (seed, {@link #POINT_STREAM}, j)).
 */
public final class SweepTasks {

    /** Stream index that separates the points' Monte Carlo seeds. */
    public static final long POINT_STREAM = 3;

    private SweepTasks() {
    }

    /**
     * The task of a sweep.
     *
     * @param loaded the sweep, with its scenario when it sweeps one
     * @return the task (thread-safe)
     */
    public static SweepExecutor.PointTask of(LoadedSweep loaded) {
        SweepSpec sweep = loaded.spec();
        return switch (sweep.target()) {
            case SweepSpec.Target.FunctionTarget f -> (point, values) -> new double[] {f.function().applyAsDouble(values)};
            case SweepSpec.Target.ScenarioTarget s -> {
                ScenarioTemplate template = loaded.template().orElseThrow();
                List<String> parties = List.copyOf(template.base().scenario().agreement().parties().keySet());
                List<ScenarioOutput> outputs = sweep.outputs().stream()
                        .map(o -> ScenarioOutput.parse(o, parties, sweep.monteCarlo())).toList();
                yield (point, values) -> evaluate(template, sweep, outputs, point, values);
            }
        };
    }

    private static double[] evaluate(ScenarioTemplate template, SweepSpec sweep, List<ScenarioOutput> outputs, long point,
                                     double[] values) throws PointFailedException {
        Map<String, Double> changes = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            changes.put(sweep.parameters().get(i).path().orElseThrow(), values[i]);
        }
        try {
            LoadedScenario variant = template.with(changes);
            double[] out = new double[outputs.size()];
            if (sweep.monteCarlo()) {
                var projected = ScenarioRun.monteCarlo(ScenarioRun.projection(variant.scenario(), variant.quality().orElseThrow()),
                        sweep.draws(), Seeds.derive(sweep.seed(), POINT_STREAM, point),
                        variant.scenario().simulation().bestResponseDraws(), 1, ProgressListener.NONE);
                for (int o = 0; o < out.length; o++) {
                    out[o] = outputs.get(o).of(projected);
                }
            } else {
                Ledger ledger = ScenarioRun.replay(variant.scenario(), variant.data().samples());
                for (int o = 0; o < out.length; o++) {
                    out[o] = outputs.get(o).of(ledger);
                }
            }
            return out;
        } catch (InputException e) {
            throw new PointFailedException(point, "the scenario with " + changes + " is not valid: " + e.getMessage());
        } catch (SettlementException e) {
            throw new PointFailedException(point, e.getMessage());
        }
    }
}
