package org.ecocomp.game.evolution;

/**
 * The upstream–downstream eco-compensation game of the Chinese literature (流域生态补偿演化博弈),
 * with an optional central government. Every parameter is an amount in yuan per year, 0 or more
 * (the reverse compensation K may be negative down to −T, see below).
 *
 * <p>Strategies: the upstream province protects (P: keeps the border-section water at the agreed
 * standard, bearing C_u) or does not (N); the downstream province compensates (C: honours a
 * compensation agreement settled on the border section) or does not (N). Payoffs are counted from
 * each party's position when nobody cooperates and there is no central government, which cancels in
 * the dynamics.
 *
 * <table class="striped">
 * <caption>Payoff matrix (upstream payoff, downstream payoff), yuan per year</caption>
 * <thead><tr><th></th><th>downstream compensates (y)</th><th>does not compensate (1 − y)</th></tr></thead>
 * <tbody>
 * <tr><th>upstream protects (x)</th>
 *     <td>(E_u − C_u + R + T,  E_d − T)</td><td>(E_u − C_u + R,  E_d − F_d)</td></tr>
 * <tr><th>does not protect (1 − x)</th>
 *     <td>(−F_u − K,  −L + K)</td><td>(−F_u,  −L − F_d)</td></tr>
 * </tbody>
 * </table>
 *
 * <ul>
 * <li>C_u {@code protectionCost}: the upstream's cost of protection, direct (treatment, restoration)
 *     plus development opportunity cost.</li>
 * <li>E_u {@code upstreamBenefit}: the upstream's own benefit of protecting (its share of the better
 *     environment).</li>
 * <li>E_d {@code downstreamBenefit}: the downstream's benefit of receiving protected water.</li>
 * <li>L {@code downstreamLoss}: the downstream's loss when the upstream does not protect.</li>
 * <li>T {@code compensation}: paid by a compensating downstream to the upstream when the water is
 *     protected.</li>
 * <li>K {@code reverseCompensation}: paid by the upstream to a compensating downstream when the water
 *     is not protected. K = 0: a one-way agreement that pays only for protected water; K &gt; 0: a
 *     two-way ("bet", 对赌) agreement such as Xin'an River's; K = −T: the downstream pays T whatever
 *     the upstream does (the unconditional transfer of the simplest textbook matrix).</li>
 * <li>R {@code centralReward}: the central government's reward to a protecting upstream
 *     (vertical transfer).</li>
 * <li>F_u {@code upstreamPenalty}: the central government's fine on a non-protecting upstream.</li>
 * <li>F_d {@code downstreamPenalty}: the central government's fine on a non-compensating downstream.</li>
 * </ul>
 * Without a central government R = F_u = F_d = 0.
 *
 * <p>Payoff advantages (see {@link PayoffMatrix}), with G = E_u + R + F_u − C_u the upstream's net
 * gain from protecting when nobody compensates and S = T + K:
 * <pre>
 *   A(y) = U_protect(y) − U_not(y)      = G + S·y
 *   B(x) = D_compensate(x) − D_not(x)   = (F_d + K) − S·x
 * </pre>
 * E_d and L cancel: they decide how much the downstream gains, not its incentive to compensate.
 *
 * <p>Equilibria of the replicator dynamics and the eigenvalues of the Jacobian (diagonal at the
 * corners):
 * <pre>
 *   (0,0): λ = ( G,        F_d + K )     ESS iff G &lt; 0 and F_d + K &lt; 0
 *   (0,1): λ = ( G + S,  −(F_d + K))     ESS iff G + S &lt; 0 and F_d + K &gt; 0
 *   (1,0): λ = (−G,        F_d − T )     ESS iff G &gt; 0 and F_d &lt; T
 *   (1,1): λ = (−(G + S),  T − F_d )     ESS iff T + K &gt; C_u − E_u − R − F_u and F_d &gt; T
 *   (x*, y*) = ((F_d + K)/S, −G/S), in the open unit square iff 0 &lt; F_d + K &lt; S and 0 &lt; −G &lt; S;
 *            then det J = x*(1 − x*)·y*(1 − y*)·S² &gt; 0, tr J = 0: a centre, and all four corners
 *            are saddles.
 * </pre>
 * So (protect, compensate) is stable exactly when compensation plus reverse compensation outweighs
 * the upstream's net cost of protecting and the central fine on the downstream exceeds the
 * compensation; without a central fine on the downstream (F_d = 0) it is never an ESS.
 *
 * @param protectionCost C_u, yuan per year, 0 or more
 * @param upstreamBenefit E_u, yuan per year, 0 or more
 * @param downstreamBenefit E_d, yuan per year, 0 or more
 * @param downstreamLoss L, yuan per year, 0 or more
 * @param compensation T, yuan per year, 0 or more
 * @param reverseCompensation K, yuan per year, −T or more
 * @param centralReward R, yuan per year, 0 or more
 * @param upstreamPenalty F_u, yuan per year, 0 or more
 * @param downstreamPenalty F_d, yuan per year, 0 or more
 */
public record CompensationGame(double protectionCost, double upstreamBenefit, double downstreamBenefit,
                               double downstreamLoss, double compensation, double reverseCompensation,
                               double centralReward, double upstreamPenalty, double downstreamPenalty) {

    /** Checks that every amount is finite, non-negative, and K ≥ −T. */
    public CompensationGame {
        nonNegative("protectionCost", protectionCost);
        nonNegative("upstreamBenefit", upstreamBenefit);
        nonNegative("downstreamBenefit", downstreamBenefit);
        nonNegative("downstreamLoss", downstreamLoss);
        nonNegative("compensation", compensation);
        nonNegative("centralReward", centralReward);
        nonNegative("upstreamPenalty", upstreamPenalty);
        nonNegative("downstreamPenalty", downstreamPenalty);
        if (!Double.isFinite(reverseCompensation) || reverseCompensation < -compensation) {
            throw new IllegalArgumentException("reverseCompensation must be a finite number of at least −compensation ("
                    + -compensation + " yuan per year), got " + reverseCompensation);
        }
    }

    /**
     * The game without a central government (R = F_u = F_d = 0).
     *
     * @param protectionCost C_u, yuan per year
     * @param upstreamBenefit E_u, yuan per year
     * @param downstreamBenefit E_d, yuan per year
     * @param downstreamLoss L, yuan per year
     * @param compensation T, yuan per year
     * @param reverseCompensation K, yuan per year
     * @return the game
     */
    public static CompensationGame withoutCentralGovernment(double protectionCost, double upstreamBenefit,
                                                            double downstreamBenefit, double downstreamLoss,
                                                            double compensation, double reverseCompensation) {
        return new CompensationGame(protectionCost, upstreamBenefit, downstreamBenefit, downstreamLoss,
                compensation, reverseCompensation, 0, 0, 0);
    }

    /**
     * The payoff matrix of the table above.
     *
     * @return the payoffs, yuan per year
     */
    public PayoffMatrix payoffs() {
        double protect = upstreamBenefit - protectionCost + centralReward;
        return new PayoffMatrix(
                protect + compensation, protect, -upstreamPenalty - reverseCompensation, -upstreamPenalty,
                downstreamBenefit - compensation, downstreamBenefit - downstreamPenalty,
                -downstreamLoss + reverseCompensation, -downstreamLoss - downstreamPenalty);
    }

    /**
     * G = E_u + R + F_u − C_u, the upstream's net gain from protecting when no downstream compensates.
     *
     * @return G, yuan per year
     */
    public double upstreamNetGain() {
        return upstreamBenefit + centralReward + upstreamPenalty - protectionCost;
    }

    private static void nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite amount of 0 or more yuan per year, got " + value);
        }
    }
}
