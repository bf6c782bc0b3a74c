package org.ecocomp.sweep;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;

/**
 * Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): each axis of the unit hypercube is cut
 * into n equal strata and every stratum of every axis holds exactly one of the n rows.
 *
 * <p>Row j lies in stratum π_d(j) of axis d, at a uniform position inside it:
 * {@code u_d = (π_d(j) + v) / n} with v uniform in (0, 1). The permutations π_d are keyed
 * pseudo-random permutations evaluated index by index (a Feistel network with cycle walking), so no
 * permutation table is stored and any row can be computed alone. The constructor takes one
 * {@code long} from the given generator as the design's seed; the permutation keys and the
 * within-stratum positions of row j are derived from it with {@link Seeds}.
 */
public final class LatinHypercubeDesign implements UnitDesign {

    private final List<Parameter> parameters;
    private final long size;
    private final long seed;
    private final FeistelPermutation[] strata;

    /**
     * @param parameters the parameters, unique names
     * @param size the number of rows (and strata per axis), at least 1
     * @param rng the generator the design's seed is drawn from (one {@code nextLong})
     */
    public LatinHypercubeDesign(List<Parameter> parameters, long size, RandomGenerator rng) {
        this.parameters = Parameter.checkedList(parameters);
        if (size < 1) {
            throw new BadDesignException("size", size + " rows; expected at least 1");
        }
        this.size = size;
        this.seed = rng.nextLong();
        this.strata = new FeistelPermutation[this.parameters.size()];
        for (int d = 0; d < strata.length; d++) {
            strata[d] = new FeistelPermutation(size, Seeds.derive(seed, 0, d));
        }
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
     * The stratum (0 to size − 1) that a row occupies on an axis.
     *
     * @param row the row index
     * @param axis the parameter index
     * @return the stratum index; each stratum of an axis holds exactly one row
     */
    public long stratum(long row, int axis) {
        Objects.checkIndex(row, size);
        return strata[axis].apply(row);
    }

    @Override
    public void unitPoint(long row, double[] u) {
        Rows.check(this, row, u);
        RandomGenerator g = Seeds.generator(seed, 1, row);
        for (int d = 0; d < u.length; d++) {
            double x = (strata[d].apply(row) + Rows.openUnit(g)) / size;
            u[d] = Math.min(x, Rows.BELOW_ONE);
        }
    }
}
