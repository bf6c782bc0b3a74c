package org.ecocomp.sweep;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;

/**
 * Simple random sampling: rows independent and uniform in the unit hypercube.
 *
 * <p>The constructor takes one {@code long} from the given generator as the design's seed; row
 * {@code j} is drawn from its own generator {@link Seeds#generator(long, long...)
 * Seeds.generator(seed, j)}, so any row can be computed alone, in any order, on any thread.
 */
public final class RandomDesign implements UnitDesign {

    private final List<Parameter> parameters;
    private final long size;
    private final long seed;

    /**
     * @param parameters the parameters, unique names
     * @param size the number of rows, at least 1
     * @param rng the generator the design's seed is drawn from (one {@code nextLong})
     */
    public RandomDesign(List<Parameter> parameters, long size, RandomGenerator rng) {
        this.parameters = Parameter.checkedList(parameters);
        if (size < 1) {
            throw new BadDesignException("size", size + " rows; expected at least 1");
        }
        this.size = size;
        this.seed = rng.nextLong();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void unitPoint(long row, double[] u) {
        Rows.check(this, row, u);
        RandomGenerator g = Seeds.generator(seed, row);
        for (int i = 0; i < u.length; i++) {
            u[i] = Rows.openUnit(g);
        }
    }
}
