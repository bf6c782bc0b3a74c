package org.ecocomp.optimize;

import io.jenetics.DoubleGene;
import io.jenetics.Mutator;
import java.util.random.RandomGenerator;

/**
 * Gaussian creep mutation: a mutated gene moves from its value by N(0, (σ·width)²), reflected at the
 * gene's bounds, with σ drawn log-uniformly between scale/100 and scale for each mutation, so that
 * some steps explore and others refine without a step-size schedule. Jenetics 8's {@code GaussianMutator} draws the new value around the middle of
 * the range instead of around the current value, which explores but cannot refine; this one refines.
 * Which genes mutate follows {@link Mutator}: each gene with the alter probability.
 */
final class CreepMutator<C extends Comparable<? super C>> extends Mutator<DoubleGene, C> {

    /** The decades of step sizes below the scale. */
    static final double DECADES = 2;

    private final double scale;

    CreepMutator(double probability, double scale) {
        super(probability);
        this.scale = scale;
    }

    @Override
    protected DoubleGene mutate(DoubleGene gene, RandomGenerator random) {
        double min = gene.min();
        double max = gene.max();
        double width = max - min;
        // σ log-uniform in [scale/100, scale]: large steps explore, small ones refine
        double sigma = scale * Math.pow(10, -DECADES * random.nextDouble());
        double t = (gene.doubleValue() - min) / width + random.nextGaussian() * sigma;
        t = t - 2 * Math.floor(t / 2); // period 2
        if (t > 1) {
            t = 2 - t; // reflect
        }
        double v = min + t * width;
        if (v >= max) {
            v = Math.nextDown(max);
        }
        if (v < min) {
            v = min;
        }
        return gene.newInstance(v);
    }

    @Override
    public String toString() {
        return "CreepMutator[p=" + _probability + ", scale=" + scale + "]";
    }
}
