package org.ecocomp.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The full factorial grid: every combination of {@code k_i} levels of each parameter i, so
 * {@code k_1 k_2 … k_D} rows.
 *
 * <p>Level {@code l} of a parameter with {@code k} levels sits at the midpoint of the l-th of k
 * equal-probability strata, {@code u = (l + 1/2) / k}: every level is an interior quantile (a
 * normal parameter has no 0- or 1-quantile), and a {@link Distribution.Levels} parameter gridded
 * with as many levels as it has values visits each value once, in its order. A uniform parameter
 * on [a, b] with k levels thus takes the values {@code a + (l + 1/2)(b - a)/k}, not the end
 * points; to grid given values, give the parameter a {@code Levels} distribution.
 *
 * <p>Rows are in lexicographic order with the last parameter varying fastest.
 */
public final class GridDesign implements UnitDesign {

    private final List<Parameter> parameters;
    private final int[] levels;
    private final long size;

    /**
     * A grid with a level count per parameter.
     *
     * @param parameters the parameters, unique names
     * @param levels the number of levels of each parameter, in parameter order, each at least 1
     */
    public GridDesign(List<Parameter> parameters, List<Integer> levels) {
        this.parameters = Parameter.checkedList(parameters);
        if (levels.size() != this.parameters.size()) {
            throw new BadDesignException("levels", levels.size() + " level counts for "
                    + this.parameters.size() + " parameters; expected one per parameter");
        }
        this.levels = new int[levels.size()];
        long product = 1;
        for (int i = 0; i < this.levels.length; i++) {
            int k = levels.get(i);
            if (k < 1) {
                throw new BadDesignException("levels[" + i + "]", k
                        + " levels for parameter " + this.parameters.get(i).name() + "; expected at least 1");
            }
            this.levels[i] = k;
            try {
                product = Math.multiplyExact(product, k);
            } catch (ArithmeticException e) {
                throw new BadDesignException("levels", "the grid has more than 2^63 - 1 rows");
            }
        }
        this.size = product;
    }

    /**
     * A grid with the same number of levels for every continuous parameter; a
     * {@link Distribution.Levels} parameter gets one level per value.
     *
     * @param parameters the parameters, unique names
     * @param levels the number of levels of each continuous parameter, at least 1
     * @return the grid
     */
    public static GridDesign of(List<Parameter> parameters, int levels) {
        List<Integer> counts = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            counts.add(p.distribution() instanceof Distribution.Levels l ? l.values().size() : levels);
        }
        return new GridDesign(parameters, counts);
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return size;
    }

    /**
     * The number of levels of each parameter.
     *
     * @return the level counts, in parameter order
     */
    public List<Integer> levels() {
        List<Integer> list = new ArrayList<>(levels.length);
        for (int k : levels) {
            list.add(k);
        }
        return List.copyOf(list);
    }

    @Override
    public void unitPoint(long row, double[] u) {
        Rows.check(this, row, u);
        long rest = row;
        for (int i = levels.length - 1; i >= 0; i--) {
            int k = levels[i];
            long level = rest % k;
            rest /= k;
            u[i] = (level + 0.5) / k;
        }
    }
}
