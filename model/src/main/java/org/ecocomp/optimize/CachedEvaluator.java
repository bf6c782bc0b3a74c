package org.ecocomp.optimize;

import io.jenetics.DoubleGene;
import io.jenetics.Phenotype;
import io.jenetics.engine.Evaluator;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Jenetics' fitness evaluation done through an {@link EvaluationCache}: the population's
 * unevaluated phenotypes are decoded in population order, evaluated on the executor, and given
 * their fitness back in the same order, so the result does not depend on the executor.
 */
final class CachedEvaluator<C extends Comparable<? super C>> implements Evaluator<DoubleGene, C> {

    private final UnitEncoding encoding;
    private final EvaluationCache cache;
    private final Executor executor;
    private final Function<Evaluation, C> fitness;

    CachedEvaluator(UnitEncoding encoding, EvaluationCache cache, Executor executor, Function<Evaluation, C> fitness) {
        this.encoding = encoding;
        this.cache = cache;
        this.executor = executor;
        this.fitness = fitness;
    }

    @Override
    public ISeq<Phenotype<DoubleGene, C>> eval(Seq<Phenotype<DoubleGene, C>> population) {
        List<Integer> indices = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            Phenotype<DoubleGene, C> p = population.get(i);
            if (p.nonEvaluated()) {
                indices.add(i);
                xs.add(encoding.decode(p.genotype()));
            }
        }
        List<Evaluation> evaluations = cache.evaluateAll(xs, executor);
        MSeq<Phenotype<DoubleGene, C>> result = MSeq.of(population);
        for (int k = 0; k < indices.size(); k++) {
            int i = indices.get(k);
            result.set(i, result.get(i).withFitness(fitness.apply(evaluations.get(k))));
        }
        return result.toISeq();
    }
}
