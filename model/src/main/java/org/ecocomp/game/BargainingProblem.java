package org.ecocomp.game;

import java.util.Arrays;
import java.util.Objects;

/**
 * A bargaining problem over a fixed total: the parties divide {@code total} and fall back to the
 * disagreement point d if they do not agree.
 *
 * <p>The asymmetric Nash bargaining solution (Nash 1950; Kalai 1977 for the weights) maximises
 * Π (xᵢ − dᵢ)^{wᵢ} over Σ xᵢ = total, x ≥ d. With a transferable total the maximiser has the closed
 * form xᵢ = dᵢ + wᵢ/Σw · (total − Σd): each party gets its disagreement payoff plus a weight share
 * of the surplus (first-order conditions wᵢ/(xᵢ − dᵢ) equal across parties).
 *
 * @param total the amount to divide, e.g. v(N); finite
 * @param disagreement the disagreement payoffs dᵢ, finite, with Σd ≤ total
 * @param weights the bargaining weights wᵢ, finite and positive, one per party
 */
public record BargainingProblem(double total, double[] disagreement, double[] weights) {

    /** Checks the parts; refuses a total below the sum of disagreement payoffs. Copies the arrays. */
    public BargainingProblem {
        Objects.requireNonNull(disagreement, "disagreement");
        Objects.requireNonNull(weights, "weights");
        if (disagreement.length == 0 || disagreement.length != weights.length) {
            throw new IllegalArgumentException("one disagreement payoff and one weight per party");
        }
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("the total must be finite");
        }
        disagreement = disagreement.clone();
        weights = weights.clone();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(disagreement[i])) {
                throw new IllegalArgumentException("disagreement payoffs must be finite");
            }
            if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights must be finite and positive, got " + weights[i]);
            }
            sum += disagreement[i];
        }
        if (total < sum) {
            throw new IllegalArgumentException("nothing to bargain over: the total " + total
                    + " is below the sum of disagreement payoffs " + sum);
        }
    }

    /**
     * The problem a game poses: divide v(N), falling back to the stand-alone worths v({i}).
     *
     * @param game the game
     * @param weights one positive weight per player
     * @return the problem with total v(N) and dᵢ = v({i})
     */
    public static BargainingProblem of(CharacteristicFunction game, double[] weights) {
        double[] d = new double[game.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = game.value(1 << i);
        }
        return new BargainingProblem(game.grandValue(), d, weights);
    }

    /**
     * The asymmetric Nash bargaining solution xᵢ = dᵢ + wᵢ/Σw · (total − Σd).
     *
     * @return one amount per party, summing to the total up to rounding, each at least dᵢ
     */
    public double[] nashSolution() {
        double sumD = 0;
        double sumW = 0;
        for (int i = 0; i < weights.length; i++) {
            sumD += disagreement[i];
            sumW += weights[i];
        }
        double surplus = total - sumD;
        double[] x = new double[weights.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = disagreement[i] + weights[i] / sumW * surplus;
        }
        return x;
    }

    /** {@return a copy of the disagreement payoffs} */
    @Override
    public double[] disagreement() {
        return disagreement.clone();
    }

    /** {@return a copy of the weights} */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BargainingProblem p && Double.compare(total, p.total) == 0
                && Arrays.equals(disagreement, p.disagreement) && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, Arrays.hashCode(disagreement), Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "BargainingProblem[total=" + total + ", disagreement=" + Arrays.toString(disagreement)
                + ", weights=" + Arrays.toString(weights) + "]";
    }
}
