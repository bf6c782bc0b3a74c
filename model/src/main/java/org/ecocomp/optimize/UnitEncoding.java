package org.ecocomp.optimize;

import io.jenetics.Chromosome;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.List;

/**
 * Candidates as one chromosome of unit genes: gene i, uᵢ ∈ [0, 1), stands for
 * xᵢ = lowᵢ + uᵢ·(highᵢ − lowᵢ). One chromosome (rather than one per variable) lets crossover and
 * mutation act on every variable at once, and unit genes let one mutation scale fit all variables.
 */
final class UnitEncoding {

    private final double[] low;
    private final double[] high;

    UnitEncoding(List<DecisionVariable> variables) {
        low = variables.stream().mapToDouble(DecisionVariable::low).toArray();
        high = variables.stream().mapToDouble(DecisionVariable::high).toArray();
    }

    /** A random-genotype factory (its draws come from Jenetics' RandomRegistry). */
    Genotype<DoubleGene> factory() {
        return Genotype.of(DoubleChromosome.of(0.0, 1.0, low.length));
    }

    /** The candidate a genotype stands for, each value within its closed bounds. */
    double[] decode(Genotype<DoubleGene> genotype) {
        Chromosome<DoubleGene> c = genotype.chromosome();
        double[] x = new double[low.length];
        for (int i = 0; i < x.length; i++) {
            double u = c.get(i).doubleValue();
            x[i] = Math.min(high[i], Math.max(low[i], low[i] + u * (high[i] - low[i])));
        }
        return x;
    }
}
