package org.ecocomp.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenetics.DoubleGene;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;
import org.junit.jupiter.api.Test;

class CreepMutatorTest {

    @Test
    void mutatedGenesStayInTheirRangeAndMostlyNearTheirValue() {
        CreepMutator<Double> mutator = new CreepMutator<>(1, 0.2);
        RandomGenerator random = Seeds.generator(1);
        int near = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double value = i % 3 == 0 ? 0 : i % 3 == 1 ? Math.nextDown(1.0) : random.nextDouble();
            DoubleGene gene = DoubleGene.of(value, 0, 1);
            DoubleGene mutated = mutator.mutate(gene, random);
            assertTrue(mutated.isValid(), () -> "out of [0, 1): " + mutated);
            if (Math.abs(mutated.doubleValue() - value) <= 0.4) {
                near++;
            }
        }
        assertTrue(near > 0.99 * n, "within two largest standard deviations: " + near);
    }
}
