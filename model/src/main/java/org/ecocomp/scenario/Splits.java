package org.ecocomp.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ecocomp.game.BargainingProblem;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.game.ClaimsProblem;
import org.ecocomp.game.ClaimsRule;
import org.ecocomp.game.Core;
import org.ecocomp.game.DownstreamIncremental;
import org.ecocomp.game.LeastCore;
import org.ecocomp.game.Nucleolus;
import org.ecocomp.game.PollutedRiver;
import org.ecocomp.game.ShapleyEstimate;
import org.ecocomp.game.ShapleyValue;

/**
 * Every principled way ecocomp knows to split a cooperative gain or a cleaning cost among the players,
 * side by side.
 *
 * <p>Welfare rules divide v(N): Shapley, nucleolus (when v(N) ≥ Σ v({i}), so that imputations exist), a least-core point, Nash bargaining (disagreement
 * v({i}), equal weights unless given), Ambec–Sprumont downstream incremental distribution (players upstream first),
 * and the four claims rules dividing the surplus v(N) − Σ v({i}) on top of each v({i}), with claim
 * cᵢ = v(N) − v(N∖{i}) − v({i}) (what i adds beyond standing alone; the rules apply when the surplus
 * does not exceed the claims). Cost rules divide a cleaning-cost vector along the river (cost of each
 * player's segment, upstream first): Ni–Wang local responsibility and upstream equal sharing,
 * Alcalde-Unzu–Gómez-Rúa–Molis upstream responsibility.
 */
public final class Splits {

    private Splits() {
    }

    /**
     * One rule's split.
     *
     * @param rule the rule's name, e.g. {@code shapley}
     * @param kind {@code welfare} (a division of v(N)) or {@code cost} (a division of the cleaning cost)
     * @param amounts yuan per player, in the game's player order
     * @param inCore for welfare rules, whether the split is in the core
     * @param note what a reader should know (sampling error, why a rule does not apply)
     */
    public record Split(String rule, String kind, double[] amounts, Optional<Boolean> inCore, String note) {
    }

    /** Shapley sampling beyond this many players. */
    static final int EXACT_SHAPLEY_PLAYERS = CharacteristicFunction.MAX_EXACT_PLAYERS;

    /**
     * All splits of a game.
     *
     * @param game the game, players ordered upstream first
     * @param cleaningCosts the cost of each player's river segment (yuan), upstream first, if known
     * @param bargainingWeights the players' weights in the Nash bargaining solution (positive, in the
     *     game's player order); empty for equal weights
     * @param random randomness for Shapley sampling of large games
     * @return the splits, welfare rules first
     */
    public static List<Split> of(CharacteristicFunction game, Optional<double[]> cleaningCosts,
                                 Optional<double[]> bargainingWeights, RandomGenerator random) {
        List<Split> out = new ArrayList<>();
        int n = game.size();
        if (n <= EXACT_SHAPLEY_PLAYERS) {
            welfare(out, game, "shapley", ShapleyValue.exact(game), "");
        } else {
            ShapleyEstimate e = ShapleyValue.sample(game, random, 10_000);
            welfare(out, game, "shapley", e.value(), "permutation sampling, 10,000 permutations; standard errors "
                    + java.util.Arrays.toString(e.standardError()));
        }
        double[] singles = new double[n];
        double surplus = game.grandValue();
        for (int i = 0; i < n; i++) {
            singles[i] = game.value(1 << i);
            surplus -= singles[i];
        }
        if (n <= Nucleolus.MAX_PLAYERS) {
            if (surplus >= 0) { // else no imputation exists, and no nucleolus
                welfare(out, game, "nucleolus", new Nucleolus().solve(game), "");
            }
            LeastCore lc = Core.leastCore(game);
            welfare(out, game, "least-core", lc.allocation(), String.format(java.util.Locale.ROOT, "least-core epsilon %.6g (%s)",
                    lc.epsilon(), Core.isEmpty(game) ? "the core is empty" : "the core is not empty"));
        }
        double[] weights = bargainingWeights.orElseGet(() -> {
            double[] equal = new double[n];
            java.util.Arrays.fill(equal, 1.0);
            return equal;
        });
        if (surplus >= 0) {
            welfare(out, game, "nash-bargaining", new BargainingProblem(game.grandValue(), singles, weights).nashSolution(),
                    "disagreement point v({i}), " + (bargainingWeights.isEmpty() ? "equal weights"
                            : "weights " + java.util.Arrays.toString(weights)));
        }
        welfare(out, game, "downstream-incremental", DownstreamIncremental.allocate(game), "Ambec & Sprumont (2002), players upstream first");
        double[] claims = new double[n];
        double totalClaims = 0;
        for (int i = 0; i < n; i++) {
            claims[i] = Math.max(0, game.grandValue() - game.value(game.grandCoalition() & ~(1 << i)) - singles[i]);
            totalClaims += claims[i];
        }
        for (ClaimsRule rule : ClaimsRule.values()) {
            String name = "claims-" + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (surplus >= 0 && surplus <= totalClaims) {
                double[] x = rule.divide(new ClaimsProblem(surplus, claims));
                for (int i = 0; i < n; i++) {
                    x[i] += singles[i];
                }
                welfare(out, game, name, x, "surplus divided by claims v(N) − v(N∖{i}) − v({i})");
            }
        }
        if (cleaningCosts.isEmpty()) {
            return out;
        }
        PollutedRiver river = new PollutedRiver(cleaningCosts.get());
        out.add(new Split("local-responsibility", "cost", river.localResponsibilitySharing(), Optional.empty(),
                "Ni & Wang (2007): each pays its own segment's cleaning cost"));
        out.add(new Split("upstream-equal-sharing", "cost", river.upstreamEqualSharing(), Optional.empty(),
                "Ni & Wang (2007)"));
        out.add(new Split("upstream-responsibility", "cost", river.upstreamResponsibility(), Optional.empty(),
                "Alcalde-Unzu, Gómez-Rúa & Molis (2015)"));
        return out;
    }

    private static void welfare(List<Split> out, CharacteristicFunction game, String rule, double[] x, String note) {
        out.add(new Split(rule, "welfare", x, Optional.of(Core.contains(game, x, Core.DEFAULT_TOLERANCE * Math.max(1,
                Math.abs(game.grandValue())))), note));
    }
}
