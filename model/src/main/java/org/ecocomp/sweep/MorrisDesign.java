package org.ecocomp.sweep;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.ecocomp.random.Seeds;

/**
 * Morris's elementary-effects design (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33:161–174): r random one-at-a-time trajectories of
 * D + 1 rows each, so r(D + 1) rows.
 *
 * <p>Each parameter takes p levels (p even). A trajectory starts at a random base point and moves
 * one parameter at a time, in a random order, by Δ = p / (2(p − 1)) on the Morris grid
 * {0, 1/(p − 1), …, 1}, that is by p/2 levels. Following Morris's construction
 * B* = (J x* + (Δ/2)[(2B − J) D* + J]) P*, each trajectory draws: the base level of each
 * parameter uniformly from the lower half {0, …, p/2 − 1} (x*), a direction per parameter, up from
 * the base level or down from the level p/2 above it (the diagonal D* of ±1), and the order in
 * which the parameters move (the permutation P*). Every level is then equally likely.
 *
 * <p><b>Grid placement.</b> Level ℓ is placed at the midpoint of the ℓ-th of p equal-probability
 * strata, {@code u = (ℓ + 1/2) / p}, as in {@link GridDesign}, so that every level is finite for
 * any distribution; a move of Δ on the Morris grid is then a move of exactly 1/2 in u. Elementary
 * effects ({@link MorrisAnalysis}) are output changes per unit of u, so for a uniform parameter
 * they are per its whole range, as in SALib.
 *
 * <p><b>Randomness.</b> The constructor takes one {@code long} from the given generator as the
 * design's seed; trajectory t is drawn from {@link Seeds#generator(long, long...)
 * Seeds.generator(seed, t)}, so any row can be computed alone, on any thread.
 */
public final class MorrisDesign implements UnitDesign {

    private final List<Parameter> parameters;
    private final int trajectories;
    private final int levels;
    private final long seed;

    /**
     * @param parameters the parameters, unique names
     * @param trajectories r, the number of trajectories, at least 1
     * @param levels p, the number of levels per parameter, even and at least 2 (4 is usual)
     * @param rng the generator the design's seed is drawn from (one {@code nextLong})
     */
    public MorrisDesign(List<Parameter> parameters, int trajectories, int levels, RandomGenerator rng) {
        this.parameters = Parameter.checkedList(parameters);
        if (trajectories < 1) {
            throw new BadDesignException("trajectories", "r = " + trajectories + "; expected at least 1");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new BadDesignException("levels", "p = " + levels + "; expected an even number of levels,"
                    + " at least 2 (Morris's Δ = p/(2(p - 1)) samples every level equally only for even p)");
        }
        long size = (long) trajectories * (this.parameters.size() + 1);
        if (size > Integer.MAX_VALUE - 8) {
            throw new BadDesignException("trajectories", "r(D + 1) = " + size
                    + " rows, more outputs than an analysis can hold (2^31 - 9)");
        }
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = rng.nextLong();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return (long) trajectories * (dimension() + 1);
    }

    /**
     * r, the number of trajectories.
     *
     * @return r
     */
    public int trajectories() {
        return trajectories;
    }

    /**
     * p, the number of levels per parameter.
     *
     * @return p
     */
    public int levels() {
        return levels;
    }

    /**
     * Δ on the Morris grid {0, 1/(p − 1), …, 1}: p / (2(p − 1)).
     *
     * @return Δ
     */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * The step in u that each move makes: p/2 levels of width 1/p, that is 1/2.
     *
     * @return 1/2
     */
    public double unitStep() {
        return 0.5;
    }

    /**
     * The row of step s of trajectory t (step 0 is the base point).
     *
     * @param t the trajectory, in [0, r)
     * @param s the step, in [0, D]
     * @return its row index
     */
    public long row(int t, int s) {
        Objects.checkIndex(t, trajectories);
        Objects.checkIndex(s, dimension() + 1);
        return (long) t * (dimension() + 1) + s;
    }

    /**
     * The parameter that moves at step s (1 to D) of trajectory t, and whether it moves up.
     *
     * @param t the trajectory, in [0, r)
     * @param s the step, in [1, D]
     * @return the move
     */
    public Move move(int t, int s) {
        Objects.checkIndex(t, trajectories);
        if (s < 1 || s > dimension()) {
            throw new IndexOutOfBoundsException("step " + s + "; expected 1 to " + dimension());
        }
        Trajectory tr = trajectory(t);
        int parameter = tr.order[s - 1];
        return new Move(parameter, tr.up[parameter]);
    }

    /**
     * One move of a trajectory.
     *
     * @param parameter the index of the parameter that moves
     * @param up whether it moves up (by +1/2 in u) or down (by −1/2)
     */
    public record Move(int parameter, boolean up) {
    }

    @Override
    public void unitPoint(long row, double[] u) {
        Rows.check(this, row, u);
        int d = u.length;
        int t = (int) (row / (d + 1));
        int s = (int) (row % (d + 1));
        Trajectory tr = trajectory(t);
        int half = levels / 2;
        for (int i = 0; i < d; i++) {
            boolean moved = tr.position[i] < s;
            int level = tr.base[i] + (moved == tr.up[i] ? half : 0);
            u[i] = (level + 0.5) / levels;
        }
    }

    private Trajectory trajectory(int t) {
        RandomGenerator g = Seeds.generator(seed, t);
        int d = dimension();
        int[] base = new int[d];
        boolean[] up = new boolean[d];
        for (int i = 0; i < d; i++) {
            base[i] = g.nextInt(levels / 2);
            up[i] = g.nextBoolean();
        }
        int[] order = new int[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        for (int i = d - 1; i > 0; i--) { // Fisher–Yates
            int j = g.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[] position = new int[d];
        for (int k = 0; k < d; k++) {
            position[order[k]] = k;
        }
        return new Trajectory(base, up, order, position);
    }

    /**
     * One trajectory: base levels (lower half), directions, the order of moves and each
     * parameter's position in it.
     */
    private record Trajectory(int[] base, boolean[] up, int[] order, int[] position) {
    }
}
