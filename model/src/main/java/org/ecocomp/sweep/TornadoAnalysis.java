package org.ecocomp.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time sensitivity around a base point (a tornado chart): the outputs of a
 * {@link TornadoDesign} arranged as one bar per parameter, widest first.
 *
 * <p><b>Warnings.</b> The result lists, as sentences: a parameter whose base value is 0 (a
 * relative move leaves it at 0, so its bar is empty), and a moved value outside its parameter's
 * distribution (below 0 for a log-normal, outside [low, high] for a uniform, not a level of a
 * {@code Levels} parameter), where the model may not be meant to run.
 */
public final class TornadoAnalysis {

    private TornadoAnalysis() {
    }

    /**
     * A tornado of a model, evaluating it on the calling thread.
     *
     * @param parameters the model's inputs, in the order of the array the model takes
     * @param base the base value of each parameter
     * @param percent the relative move in percent (10 for ±10%)
     * @param model the model, a function of the parameter vector
     * @return the bars
     */
    public static Tornado run(List<Parameter> parameters, List<Double> base, double percent,
                              ToDoubleFunction<double[]> model) {
        TornadoDesign design = new TornadoDesign(parameters, base, percent);
        return analyze(design, design.evaluate(model));
    }

    /**
     * A tornado from outputs already computed.
     *
     * @param design the design the outputs come from
     * @param outputs one finite output per row, in row order
     * @return the bars
     * @throws BadDesignException if there is not one finite output per row
     */
    public static Tornado analyze(TornadoDesign design, double[] outputs) {
        Rows.checkOutputs(design, outputs);
        List<String> warnings = new ArrayList<>();
        List<Tornado.Bar> bars = new ArrayList<>();
        List<Double> base = design.base();
        for (int i = 0; i < design.dimension(); i++) {
            Parameter p = design.parameters().get(i);
            double low = design.low(i);
            double high = design.high(i);
            if (base.get(i) == 0) {
                warnings.add(p.name() + " has base value 0: a relative move leaves it at 0, so its bar is empty");
            }
            for (double v : new double[] {low, high}) {
                if (!p.distribution().inSupport(v)) {
                    warnings.add(p.name() + " moved to " + SobolAnalysis.format(v) + " is outside its distribution "
                            + p.distribution() + "; the model may not be meant to run there");
                }
            }
            bars.add(new Tornado.Bar(p.name(), base.get(i), low, high, outputs[1 + 2 * i], outputs[2 + 2 * i]));
        }
        return new Tornado(outputs[0], design.percent(), bars, warnings);
    }
}
