package org.ecocomp.game;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A polluted river in the sense of Ni &amp; Wang (2007, "Sharing a polluted river", Games Econ. Behav.
 * 60: 176–186): a single chain of segments, each the territory of one agent, indexed from upstream (0)
 * to downstream (n − 1), and the cost cⱼ ≥ 0 of cleaning segment j. The rules divide Σc among the
 * agents; with 1-based indices in the formulas:
 * <ul>
 *   <li>Local responsibility sharing (LRS, Ni &amp; Wang; Absolute Territorial Sovereignty): each agent
 *       pays for its own segment, xᵢ = cᵢ.</li>
 *   <li>Upstream equal sharing (UES, Ni &amp; Wang; Unlimited Territorial Integrity): the cost of segment
 *       j is shared equally by agent j and all agents upstream of it, j agents in all, so
 *       xᵢ = Σ_{j=i}^{n} cⱼ / j.</li>
 *   <li>Upstream responsibility (UR, Alcalde-Unzu, Gómez-Rúa &amp; Molis 2015, "Sharing the costs of
 *       cleaning a river: the Upstream Responsibility rule", Games Econ. Behav. 90: 134–150), defined
 *       for a river that is one segment divided into regions, as here. Waste moves downstream at an
 *       unknown rate, so the cost vector itself bounds who can be responsible: the waste of regions
 *       1..k−1 that reaches segment j passes through every segment k−1, …, j, so it can account for at
 *       most m_{k−1,j} = min(c_{k−1}, …, cⱼ) of cⱼ. Cut cⱼ into the layers m_{k,j} − m_{k−1,j}
 *       (k = 1..j, m_{0,j} = 0, m_{j,j} = cⱼ); layer k can only come from regions k..j and is shared
 *       equally among those j − k + 1 regions:
 *       xᵢ = Σ_{j=i}^{n} Σ_{k=1}^{i} (m_{k,j} − m_{k−1,j}) / (j − k + 1).
 *       When costs do not increase downstream only the first layer is non-zero and UR equals UES; when
 *       they increase, upstream regions pay less than under UES. The paper defines the rule on a chain
 *       only; river networks (several sources) are not covered here.</li>
 * </ul>
 * Ni &amp; Wang show that LRS and UES are the Shapley values of the cost games their doctrines induce,
 * {@link #localResponsibilityGame(List)} and {@link #upstreamEqualSharingGame(List)}.
 *
 * <p>The UR formula above is this package's reading of the published rule (cost layers bounded by
 * downstream minima, each shared equally among the regions that may have caused it); the property that
 * UR coincides with "median responsibility" under an unknown transfer rate (Alcalde-Unzu, Gómez-Rúa &amp;
 * Molis 2021, Int. J. Game Theory 50) is consistent with it for two regions.
 *
 * @param costs the cleaning cost of each segment, upstream first; finite and non-negative
 */
public record PollutedRiver(double[] costs) {

    /** Checks the costs; copies them. */
    public PollutedRiver {
        Objects.requireNonNull(costs, "costs");
        if (costs.length == 0) {
            throw new IllegalArgumentException("a river has at least one segment");
        }
        costs = costs.clone();
        for (double c : costs) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("segment costs must be finite and non-negative, got " + c);
            }
        }
    }

    /** {@return a copy of the segment costs} */
    @Override
    public double[] costs() {
        return costs.clone();
    }

    /** {@return the number of agents (segments)} */
    public int size() {
        return costs.length;
    }

    /** {@return Σc, what every rule divides} */
    public double totalCost() {
        double sum = 0;
        for (double c : costs) {
            sum += c;
        }
        return sum;
    }

    /**
     * Local responsibility sharing (Ni &amp; Wang 2007): xᵢ = cᵢ.
     *
     * @return each agent's own segment cost
     */
    public double[] localResponsibilitySharing() {
        return costs.clone();
    }

    /**
     * Upstream equal sharing (Ni &amp; Wang 2007): the cost of each segment is shared equally by its agent
     * and all agents upstream, xᵢ = Σ_{j=i}^{n} cⱼ / j (1-based).
     *
     * @return each agent's payment; the payments sum to Σc
     */
    public double[] upstreamEqualSharing() {
        int n = costs.length;
        double[] x = new double[n];
        double tail = 0;
        for (int j = n - 1; j >= 0; j--) {
            tail += costs[j] / (j + 1);
            x[j] = tail;
        }
        return x;
    }

    /**
     * Upstream responsibility (Alcalde-Unzu, Gómez-Rúa &amp; Molis 2015), 1-based:
     * xᵢ = Σ_{j=i}^{n} Σ_{k=1}^{i} (m_{k,j} − m_{k−1,j}) / (j − k + 1), with m_{k,j} = min(c_k, …, cⱼ) and
     * m_{0,j} = 0.
     *
     * @return each agent's payment; the payments sum to Σc
     */
    public double[] upstreamResponsibility() {
        int n = costs.length;
        double[] x = new double[n];
        double[] min = new double[n];
        for (int j = 0; j < n; j++) {
            // min[k] = min(c_k..c_j) for k = j down to 0 (0-based)
            min[j] = costs[j];
            for (int k = j - 1; k >= 0; k--) {
                min[k] = Math.min(costs[k], min[k + 1]);
            }
            for (int k = 0; k <= j; k++) {
                double layer = min[k] - (k == 0 ? 0 : min[k - 1]);
                if (layer > 0) {
                    double share = layer / (j - k + 1);
                    for (int i = k; i <= j; i++) {
                        x[i] += share;
                    }
                }
            }
        }
        return x;
    }

    /**
     * The cost game of Absolute Territorial Sovereignty: a coalition pays for its own segments,
     * c(S) = Σ_{i∈S} cᵢ. Its Shapley value is LRS.
     *
     * @param players one name per agent, upstream first
     * @return the cost game
     */
    public CharacteristicFunction localResponsibilityGame(List<String> players) {
        checkPlayers(players);
        return CharacteristicFunction.of(players, s -> {
            double sum = 0;
            for (int i = 0; i < costs.length; i++) {
                if ((s & (1 << i)) != 0) {
                    sum += costs[i];
                }
            }
            return sum;
        });
    }

    /**
     * The cost game of Unlimited Territorial Integrity: every agent downstream may claim clean water, so
     * a coalition answers for every segment at or below its most upstream member,
     * c(S) = Σ_{j ≥ min S} cⱼ. It is the sum over segments j of cⱼ times the game "S meets {1..j}",
     * whose Shapley value splits cⱼ equally over agents 1..j — hence its Shapley value is UES.
     *
     * @param players one name per agent, upstream first
     * @return the cost game
     */
    public CharacteristicFunction upstreamEqualSharingGame(List<String> players) {
        checkPlayers(players);
        return CharacteristicFunction.of(players, s -> {
            if (s == 0) {
                return 0;
            }
            double sum = 0;
            for (int j = Integer.numberOfTrailingZeros(s); j < costs.length; j++) {
                sum += costs[j];
            }
            return sum;
        });
    }

    private void checkPlayers(List<String> players) {
        if (players.size() != costs.length) {
            throw new IllegalArgumentException("one player per segment: " + costs.length + " segments, "
                    + players.size() + " players");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PollutedRiver r && Arrays.equals(costs, r.costs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(costs);
    }

    @Override
    public String toString() {
        return "PollutedRiver" + Arrays.toString(costs);
    }
}
