package org.ecocomp.game.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jacobian test of every equilibrium against hand derivations. Amounts in 亿元 per year (the
 * dynamics' unit). Notation of {@link CompensationGame}: G = E_u + R + F_u − C_u, S = T + K,
 * A(y) = G + S·y, B(x) = (F_d + K) − S·x; at a corner (x0, y0) J is diagonal with
 * λx = (1 − 2x0)·A(y0) and λy = (1 − 2y0)·B(x0).
 */
class EquilibriumClassificationTest {

    private static final double EPS = 1e-12;

    /**
     * {@link Examples#COOPERATIVE}: C_u = 10, E_u = 3, R = 2, F_u = 1, T = 5, K = 0, F_d = 6.
     * <pre>
     *   G = 3 + 2 + 1 − 10 = −4,  S = 5,  F_d + K = 6,  F_d − T = 1
     *   (0,0): λ = ( G, F_d + K)    = (−4,  6)  det −24, tr  2  saddle
     *   (0,1): λ = ( G + S, −6)     = ( 1, −6)  det  −6, tr −5  saddle
     *   (1,0): λ = (−G, F_d − T)    = ( 4,  1)  det   4, tr  5  unstable node
     *   (1,1): λ = (−(G + S), T − F_d) = (−1, −1)  det 1, tr −2  ESS
     *          (T + K = 5 &gt; C_u − E_u − R − F_u = 4 and F_d = 6 &gt; T = 5)
     *   interior: x* = (F_d + K)/S = 1.2 ∉ (0,1): none
     * </pre>
     */
    @Test
    void cooperativeExampleHasProtectCompensateAsUniqueEss() {
        List<Equilibrium> eq = Examples.dynamics(Examples.COOPERATIVE).equilibria();
        assertEquals(4, eq.size());
        assertCorner(eq.get(0), 0, 0, -4, 6, Stability.SADDLE);
        assertCorner(eq.get(1), 0, 1, 1, -6, Stability.SADDLE);
        assertCorner(eq.get(2), 1, 0, 4, 1, Stability.UNSTABLE_NODE);
        assertCorner(eq.get(3), 1, 1, -1, -1, Stability.EVOLUTIONARILY_STABLE);
        assertEquals(List.of(eq.get(3)), Examples.dynamics(Examples.COOPERATIVE).evolutionarilyStable());
    }

    /**
     * {@link Examples#CYCLING}: as above with T = 8, F_d = 2.
     * <pre>
     *   G = −4,  S = 8,  F_d + K = 2,  F_d − T = −6
     *   (0,0): (−4,  2) det  −8  saddle      (0,1): ( 4, −2) det  −8  saddle
     *   (1,0): ( 4, −6) det −24  saddle      (1,1): (−4,  6) det −24  saddle
     *   interior: x* = 2/8 = 0.25, y* = 4/8 = 0.5,
     *   J = [[0, x*(1 − x*)·S], [y*(1 − y*)·(−S), 0]] = [[0, 1.5], [−2, 0]]
     *   det = 3, tr = 0, λ = ±i√3: a centre
     * </pre>
     */
    @Test
    void cyclingExampleHasSaddleCornersAndACentre() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.CYCLING);
        List<Equilibrium> eq = dynamics.equilibria();
        assertEquals(5, eq.size());
        assertCorner(eq.get(0), 0, 0, -4, 2, Stability.SADDLE);
        assertCorner(eq.get(1), 0, 1, 4, -2, Stability.SADDLE);
        assertCorner(eq.get(2), 1, 0, 4, -6, Stability.SADDLE);
        assertCorner(eq.get(3), 1, 1, -4, 6, Stability.SADDLE);
        Equilibrium centre = eq.get(4);
        assertFalse(centre.isCorner());
        assertEquals(0.25, centre.x(), EPS);
        assertEquals(0.5, centre.y(), EPS);
        assertEquals(3, centre.determinant(), EPS);
        assertEquals(0, centre.trace());
        assertEquals(Stability.CENTRE, centre.stability());
        assertEquals(0, centre.eigenvalues().get(0).real(), 1e-12);
        assertEquals(Math.sqrt(3), centre.eigenvalues().get(0).imaginary(), 1e-12);
        assertEquals(-Math.sqrt(3), centre.eigenvalues().get(1).imaginary(), 1e-12);
        assertTrue(dynamics.evolutionarilyStable().isEmpty());
        double[][] j = dynamics.jacobian(0.25, 0.5);
        assertEquals(1.5, j[0][1], EPS);
        assertEquals(-2, j[1][0], EPS);
        assertEquals(0, j[0][0], EPS);
        assertEquals(0, j[1][1], EPS);
    }

    /**
     * {@link Examples#DILEMMA}, no central government, T paid unconditionally (K = −T):
     * <pre>
     *   G = 3 − 10 = −7,  S = 0,  F_d + K = −5,  F_d − T = −5
     *   (0,0): (−7, −5) det 35, tr −12  ESS
     *   (0,1): (−7,  5) saddle           (1,0): ( 7, −5) saddle
     *   (1,1): ( 7,  5) det 35, tr 12  unstable node
     *   S = 0: no interior equilibrium
     * </pre>
     */
    @Test
    void textbookDilemmaHasNeitherCooperatingAsUniqueEss() {
        List<Equilibrium> eq = Examples.dynamics(Examples.DILEMMA).equilibria();
        assertEquals(4, eq.size());
        assertCorner(eq.get(0), 0, 0, -7, -5, Stability.EVOLUTIONARILY_STABLE);
        assertCorner(eq.get(1), 0, 1, -7, 5, Stability.SADDLE);
        assertCorner(eq.get(2), 1, 0, 7, -5, Stability.SADDLE);
        assertCorner(eq.get(3), 1, 1, 7, 5, Stability.UNSTABLE_NODE);
    }

    /**
     * A one-way agreement (K = 0) without a fine on the downstream (F_d = 0): at (0,0) and (0,1)
     * λy = ±(F_d + K) = 0, so the Jacobian does not decide.
     */
    @Test
    void tieMakesACornerNonHyperbolic() {
        CompensationGame g = Examples.game(10, 3, 12, 6, 5, 0, 0, 0, 0);
        List<Equilibrium> eq = Examples.dynamics(g).equilibria();
        assertEquals(Stability.NON_HYPERBOLIC, eq.get(0).stability());
        assertEquals(0, eq.get(0).determinant());
        assertEquals(Stability.NON_HYPERBOLIC, eq.get(1).stability());
        // (1,0): (−G, F_d − T) = (7, −5) saddle; (1,1): (−(G + S), T − F_d) = (2, 5) unstable
        assertEquals(Stability.SADDLE, eq.get(2).stability());
        assertEquals(Stability.UNSTABLE_NODE, eq.get(3).stability());
    }

    /**
     * A tie up to rounding: E_u + R + F_u = 0.1 + 0.2 + 0 and C_u = 0.3 differ by one ulp, which
     * counts as G = 0.
     */
    @Test
    void roundingTieCountsAsATie() {
        CompensationGame g = new CompensationGame(0.3, 0.1, 1, 1, 1, 0, 0.2, 0, 2);
        assertTrue(g.payoffs().upstreamAdvantage(0) != 0);
        Equilibrium origin = new ReplicatorDynamics(g.payoffs()).equilibria().get(0);
        assertEquals(Stability.NON_HYPERBOLIC, origin.stability());
    }

    /**
     * A general 2×2 coordination game entered cell by cell: upstream (3, 0 / 0, 1), downstream
     * (2, 0 / 0, 1). a0 = 0 − 1 = −1, a1 = (3 − 0) − (−1) = 4; b0 = 0 − 1 = −1, b1 = (2 − 0) − (−1) = 3.
     * <pre>
     *   (0,0): λ = (A(0), B(0)) = (−1, −1)  ESS
     *   (0,1): λ = (A(1), −B(0)) = (3, 1)   unstable node
     *   (1,0): λ = (−A(0), B(1)) = (1, 2)   unstable node
     *   (1,1): λ = (−A(1), −B(1)) = (−3, −2) ESS
     *   interior: x* = 1/3, y* = 1/4, a1·b1 = 12 &gt; 0:
     *   det = −(1/3)(2/3)(1/4)(3/4)·12 = −1/2: saddle, λ = ±√(1/2)
     * </pre>
     */
    @Test
    void coordinationGameHasAnInteriorSaddleBetweenTwoEss() {
        ReplicatorDynamics dynamics = new ReplicatorDynamics(new PayoffMatrix(3, 0, 0, 1, 2, 0, 0, 1));
        List<Equilibrium> eq = dynamics.equilibria();
        assertEquals(5, eq.size());
        assertCorner(eq.get(0), 0, 0, -1, -1, Stability.EVOLUTIONARILY_STABLE);
        assertCorner(eq.get(1), 0, 1, 3, 1, Stability.UNSTABLE_NODE);
        assertCorner(eq.get(2), 1, 0, 1, 2, Stability.UNSTABLE_NODE);
        assertCorner(eq.get(3), 1, 1, -3, -2, Stability.EVOLUTIONARILY_STABLE);
        Equilibrium saddle = eq.get(4);
        assertEquals(1.0 / 3, saddle.x(), EPS);
        assertEquals(0.25, saddle.y(), EPS);
        assertEquals(-0.5, saddle.determinant(), EPS);
        assertEquals(Stability.SADDLE, saddle.stability());
        assertEquals(Math.sqrt(0.5), saddle.eigenvalues().get(0).real(), EPS);
        assertEquals(-Math.sqrt(0.5), saddle.eigenvalues().get(1).real(), EPS);
        assertEquals(0, saddle.eigenvalues().get(0).imaginary(), EPS);
        assertEquals(2, dynamics.evolutionarilyStable().size());
    }

    /** Scaling the money unit scales eigenvalues, not the classification. */
    @Test
    void classificationDoesNotDependOnTheMoneyUnit() {
        List<Equilibrium> inYuan = new ReplicatorDynamics(Examples.CYCLING.payoffs()).equilibria();
        List<Equilibrium> inYi = Examples.dynamics(Examples.CYCLING).equilibria();
        for (int i = 0; i < inYi.size(); i++) {
            assertEquals(inYi.get(i).stability(), inYuan.get(i).stability());
            assertEquals(inYi.get(i).x(), inYuan.get(i).x(), EPS);
            assertEquals(inYi.get(i).trace() * Examples.UNIT, inYuan.get(i).trace(), 1e-3);
        }
    }

    /** A corner's eigenvalues are λx and λy, ordered by decreasing value; det and trace follow. */
    private static void assertCorner(Equilibrium e, double x, double y, double lambdaX, double lambdaY, Stability s) {
        assertEquals(x, e.x());
        assertEquals(y, e.y());
        assertTrue(e.isCorner());
        assertEquals(lambdaX * lambdaY, e.determinant(), EPS);
        assertEquals(lambdaX + lambdaY, e.trace(), EPS);
        assertEquals(Math.max(lambdaX, lambdaY), e.eigenvalues().get(0).real(), EPS);
        assertEquals(Math.min(lambdaX, lambdaY), e.eigenvalues().get(1).real(), EPS);
        assertEquals(0, e.eigenvalues().get(0).imaginary());
        assertEquals(0, e.eigenvalues().get(1).imaginary());
        assertEquals(s, e.stability(), () -> "stability at (" + x + ", " + y + ")");
    }
}
