package org.ecocomp.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;

/**
 * Morris's elementary-effects screening from the outputs of a {@link MorrisDesign}.
 *
 * <p>Step s of trajectory t moves one parameter i by ±1/2 in u; its elementary effect is
 * EE_i = (y_{t,s} − y_{t,s−1}) / (±1/2). Over the r trajectories, each parameter gets
 * mu (the mean EE; Morris 1991), mu* (the mean |EE|; Campolongo, Cariboni &amp; Saltelli 2007, "An
 * effective screening design for sensitivity analysis of large models", Environ. Model. Softw.
 * 22:1509–1518) and sigma (the standard deviation of EE, divisor r − 1). mu* ranks the
 * parameters; a sigma comparable to mu* marks nonlinearity or interactions.
 *
 * <p>The interval of mu* is a percentile bootstrap ({@link Bootstrap}) over trajectories: a
 * resample draws r trajectories with replacement and recomputes every parameter's mu*.
 *
 * <p><b>Warnings.</b> The result lists, as sentences: r below {@value #RECOMMENDED_TRAJECTORIES},
 * the rule used here (Campolongo et al. 2007 work with r of 10 and more), and r = 1 (no sigma, no
 * interval).
 */
public final class MorrisAnalysis {

    /** The r below which a warning is given. */
    public static final int RECOMMENDED_TRAJECTORIES = 10;

    private MorrisAnalysis() {
    }

    /**
     * Morris measures of a model with 1000-resample 95% bootstrap intervals of mu*, evaluating the
     * model on the calling thread.
     *
     * @param parameters the model's inputs, in the order of the array the model takes
     * @param trajectories r
     * @param levels p, even
     * @param model the model, a function of the parameter vector
     * @param rng the generator: one {@code nextLong} seeds the design, the next seeds the bootstrap
     * @return the measures
     */
    public static MorrisEffects run(List<Parameter> parameters, int trajectories, int levels,
                                    ToDoubleFunction<double[]> model, RandomGenerator rng) {
        MorrisDesign design = new MorrisDesign(parameters, trajectories, levels, rng);
        return analyze(design, design.evaluate(model), Bootstrap.DEFAULT, rng);
    }

    /**
     * Morris measures from outputs already computed.
     *
     * @param design the design the outputs come from
     * @param outputs one finite output per row, in row order
     * @param bootstrap how to compute the intervals of mu*
     * @param rng the generator of the bootstrap (one {@code nextLong} is taken, even for no resamples)
     * @return the measures
     * @throws BadDesignException if there is not one finite output per row
     */
    public static MorrisEffects analyze(MorrisDesign design, double[] outputs, Bootstrap bootstrap,
                                        RandomGenerator rng) {
        Rows.checkOutputs(design, outputs);
        long bootstrapSeed = rng.nextLong();
        int r = design.trajectories();
        int d = design.dimension();
        double[][] ee = new double[d][r];
        for (int t = 0; t < r; t++) {
            for (int s = 1; s <= d; s++) {
                MorrisDesign.Move move = design.move(t, s);
                double change = outputs[(int) design.row(t, s)] - outputs[(int) design.row(t, s - 1)];
                ee[move.parameter()][t] = change / (move.up() ? design.unitStep() : -design.unitStep());
            }
        }
        List<String> warnings = new ArrayList<>();
        if (r < RECOMMENDED_TRAJECTORIES) {
            warnings.add("r = " + r + " trajectories is below " + RECOMMENDED_TRAJECTORIES
                    + ", the rule used here: mu* and sigma rest on few elementary effects; increase r");
        }
        if (r == 1) {
            warnings.add("with one trajectory sigma and the intervals of mu* are undefined (NaN)");
        }
        boolean withIntervals = bootstrap.resamples() > 0 && r > 1;
        double[][] muStarBoot = new double[d][withIntervals ? bootstrap.resamples() : 0];
        if (withIntervals) {
            int[] sample = new int[r];
            for (int b = 0; b < bootstrap.resamples(); b++) {
                RandomGenerator g = Seeds.generator(bootstrapSeed, b);
                for (int t = 0; t < r; t++) {
                    sample[t] = g.nextInt(r);
                }
                for (int i = 0; i < d; i++) {
                    double sum = 0;
                    for (int t : sample) {
                        sum += Math.abs(ee[i][t]);
                    }
                    muStarBoot[i][b] = sum / r;
                }
            }
        }
        List<MorrisEffects.Effect> effects = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            double sum = 0;
            double sumAbs = 0;
            for (double e : ee[i]) {
                sum += e;
                sumAbs += Math.abs(e);
            }
            double mu = sum / r;
            double squares = 0;
            for (double e : ee[i]) {
                squares += (e - mu) * (e - mu);
            }
            double sigma = r > 1 ? Math.sqrt(squares / (r - 1)) : Double.NaN;
            double muStar = sumAbs / r;
            Estimate muStarEstimate = withIntervals ? bootstrap.interval(muStar, muStarBoot[i]) : Estimate.of(muStar);
            effects.add(new MorrisEffects.Effect(design.parameters().get(i).name(), mu, muStarEstimate, sigma));
        }
        return new MorrisEffects(effects, r, design.levels(), bootstrap, warnings);
    }
}
