package org.ecocomp.game.evolution;

import java.util.Arrays;

/**
 * A 2×2 bimatrix game between an upstream population (rows: protect P, not protect N) and a
 * downstream population (columns: compensate C, not compensate N), one payoff per player and cell,
 * in yuan per year (or in any one money unit, see {@link #scaled(double)}).
 *
 * <table class="striped">
 * <caption>Cells as (upstream payoff, downstream payoff)</caption>
 * <thead><tr><th></th><th>compensate (y)</th><th>not compensate (1 − y)</th></tr></thead>
 * <tbody>
 * <tr><th>protect (x)</th><td>(upstreamPC, downstreamPC)</td><td>(upstreamPN, downstreamPN)</td></tr>
 * <tr><th>not protect (1 − x)</th><td>(upstreamNC, downstreamNC)</td><td>(upstreamNN, downstreamNN)</td></tr>
 * </tbody>
 * </table>
 *
 * <p>What the replicator dynamics use are the two payoff advantages, linear in the other
 * population's share:
 * <pre>
 *   A(y) = U_protect(y) − U_not(y)   = a0 + a1·y,  a0 = upstreamPN − upstreamNN,
 *                                                   a1 = (upstreamPC − upstreamNC) − a0
 *   B(x) = D_compensate(x) − D_not(x) = b0 + b1·x,  b0 = downstreamNC − downstreamNN,
 *                                                   b1 = (downstreamPC − downstreamPN) − b0
 * </pre>
 * Adding a constant to one player's payoffs in one column (upstream) or one row (downstream)
 * changes nothing in the dynamics.
 *
 * @param upstreamPC upstream payoff when it protects and the downstream compensates
 * @param upstreamPN upstream payoff when it protects and the downstream does not compensate
 * @param upstreamNC upstream payoff when it does not protect and the downstream compensates
 * @param upstreamNN upstream payoff when neither cooperates
 * @param downstreamPC downstream payoff when the upstream protects and it compensates
 * @param downstreamPN downstream payoff when the upstream protects and it does not compensate
 * @param downstreamNC downstream payoff when the upstream does not protect and it compensates
 * @param downstreamNN downstream payoff when neither cooperates
 */
public record PayoffMatrix(double upstreamPC, double upstreamPN, double upstreamNC, double upstreamNN,
                           double downstreamPC, double downstreamPN, double downstreamNC, double downstreamNN) {

    /** Checks that every payoff is finite. */
    public PayoffMatrix {
        double[] all = {upstreamPC, upstreamPN, upstreamNC, upstreamNN, downstreamPC, downstreamPN, downstreamNC, downstreamNN};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("payoffs must be finite numbers, got " + v + " in " + Arrays.toString(all));
            }
        }
    }

    /**
     * The upstream's advantage of protecting when a share y of the downstream compensates.
     *
     * @param y share of the downstream population that compensates, in [0, 1]
     * @return A(y) = y·(upstreamPC − upstreamNC) + (1 − y)·(upstreamPN − upstreamNN), yuan per year
     */
    public double upstreamAdvantage(double y) {
        return y * (upstreamPC - upstreamNC) + (1 - y) * (upstreamPN - upstreamNN);
    }

    /**
     * The downstream's advantage of compensating when a share x of the upstream protects.
     *
     * @param x share of the upstream population that protects, in [0, 1]
     * @return B(x) = x·(downstreamPC − downstreamPN) + (1 − x)·(downstreamNC − downstreamNN), yuan per year
     */
    public double downstreamAdvantage(double x) {
        return x * (downstreamPC - downstreamPN) + (1 - x) * (downstreamNC - downstreamNN);
    }

    /**
     * The same game with every payoff divided by a unit. The equilibria and their stability do not
     * change; the time of the replicator dynamics is measured in 1/unit, so expressing payoffs in,
     * for example, 亿元 per year ({@code scaled(1e8)}) gives trajectories on a time scale of order 1.
     *
     * @param unit the money unit, positive
     * @return the payoffs in that unit
     */
    public PayoffMatrix scaled(double unit) {
        if (!(unit > 0) || !Double.isFinite(unit)) {
            throw new IllegalArgumentException("the unit must be a positive finite number, got " + unit);
        }
        return new PayoffMatrix(upstreamPC / unit, upstreamPN / unit, upstreamNC / unit, upstreamNN / unit,
                downstreamPC / unit, downstreamPN / unit, downstreamNC / unit, downstreamNN / unit);
    }

    /**
     * The largest payoff in absolute value, the scale against which ties are judged.
     *
     * @return max |payoff|, 0 or more
     */
    public double magnitude() {
        return Math.max(Math.max(Math.max(Math.abs(upstreamPC), Math.abs(upstreamPN)), Math.max(Math.abs(upstreamNC), Math.abs(upstreamNN))),
                Math.max(Math.max(Math.abs(downstreamPC), Math.abs(downstreamPN)), Math.max(Math.abs(downstreamNC), Math.abs(downstreamNN))));
    }
}
