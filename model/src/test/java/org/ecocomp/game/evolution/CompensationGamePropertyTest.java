package org.ecocomp.game.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The closed forms documented on {@link CompensationGame} hold for arbitrary amounts (in 亿元 per
 * year): the corner eigenvalues, the ESS conditions, and "interior equilibrium ⇒ centre with four
 * saddle corners". Near-ties, where the sign of an eigenvalue is decided by rounding, are skipped.
 */
class CompensationGamePropertyTest {

    @Property(tries = 2000)
    void cornersFollowTheClosedForms(@ForAll @DoubleRange(min = 0, max = 20) double cu,
                                     @ForAll @DoubleRange(min = 0, max = 20) double eu,
                                     @ForAll @DoubleRange(min = 0, max = 20) double t,
                                     @ForAll @DoubleRange(min = 0, max = 20) double kPlusT,
                                     @ForAll @DoubleRange(min = 0, max = 10) double r,
                                     @ForAll @DoubleRange(min = 0, max = 10) double fu,
                                     @ForAll @DoubleRange(min = 0, max = 20) double fd) {
        double k = kPlusT - t;
        Assume.that(k >= -t);
        CompensationGame game = new CompensationGame(cu, eu, 7, 3, t, k, r, fu, fd);
        double g = eu + r + fu - cu;
        double s = t + k;
        double[][] lambda = {{g, fd + k}, {g + s, -(fd + k)}, {-g, fd - t}, {-(g + s), t - fd}};
        for (double[] l : lambda) {
            Assume.that(Math.abs(l[0]) > 1e-9 && Math.abs(l[1]) > 1e-9);
        }
        List<Equilibrium> eq = new ReplicatorDynamics(game.payoffs()).equilibria();
        for (int c = 0; c < 4; c++) {
            double[] l = lambda[c];
            Stability expected = l[0] * l[1] < 0 ? Stability.SADDLE
                    : l[0] < 0 ? Stability.EVOLUTIONARILY_STABLE : Stability.UNSTABLE_NODE;
            assertEquals(expected, eq.get(c).stability(), "corner " + c);
            assertEquals(l[0] * l[1], eq.get(c).determinant(), 1e-9 * (1 + Math.abs(l[0] * l[1])));
        }
        boolean cooperativeEss = t + k > cu - eu - r - fu && fd > t;
        assertEquals(cooperativeEss, eq.get(3).isEvolutionarilyStable());

        boolean interior = 0 < fd + k && fd + k < s && 0 < -g && -g < s;
        Assume.that(Math.abs(fd + k) > 1e-9 && Math.abs(fd - t) > 1e-9 && Math.abs(g) > 1e-9 && Math.abs(g + s) > 1e-9);
        assertEquals(interior ? 5 : 4, eq.size());
        if (interior) {
            for (int c = 0; c < 4; c++) {
                assertEquals(Stability.SADDLE, eq.get(c).stability());
            }
            Equilibrium centre = eq.get(4);
            double x = (fd + k) / s;
            double y = -g / s;
            assertEquals(x, centre.x(), 1e-12);
            assertEquals(y, centre.y(), 1e-12);
            assertEquals(x * (1 - x) * y * (1 - y) * s * s, centre.determinant(), 1e-9);
            assertEquals(Stability.CENTRE, centre.stability());
            assertTrue(centre.eigenvalues().get(0).imaginary() > 0);
        }
    }
}
