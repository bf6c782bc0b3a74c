package org.ecocomp.game.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trajectories of the replicator dynamics: closed forms on the edges, convergence to a unique ESS,
 * closed orbits around a centre, and the sampling contract.
 */
class ReplicatorDynamicsTest {

    /**
     * On an edge one population is fixed at a pure strategy, so the other follows the logistic
     * equation dz/dt = a·z(1 − z), z(t) = z0·e^{at}/(1 − z0 + z0·e^{at}), with a the payoff advantage
     * at that edge. {@link Examples#COOPERATIVE}: A(1) = G + S = 1, A(0) = G = −4, B(0) = F_d + K = 6,
     * B(1) = F_d − T = 1; {@link Examples#CYCLING}: B(1) = 2 − 8 = −6, A(1) = 4.
     */
    @Test
    void onAnEdgeTheOtherShareIsLogistic() {
        ReplicatorDynamics cooperative = Examples.dynamics(Examples.COOPERATIVE);
        ReplicatorDynamics cycling = Examples.dynamics(Examples.CYCLING);
        assertUpstreamLogistic(cooperative, 0.2, 1, 1);
        assertUpstreamLogistic(cooperative, 0.7, 0, -4);
        assertUpstreamLogistic(cycling, 0.01, 1, 4);
        assertDownstreamLogistic(cooperative, 0.05, 0, 6);
        assertDownstreamLogistic(cooperative, 0.5, 1, 1);
        assertDownstreamLogistic(cycling, 0.9, 1, -6);
    }

    /** From every point of a 9 × 9 grid the shares reach the unique ESS (1,1). */
    @Test
    void everyStartConvergesToTheUniqueEss() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.COOPERATIVE);
        List<Equilibrium> ess = dynamics.evolutionarilyStable();
        assertEquals(1, ess.size());
        PhasePortrait portrait = dynamics.phasePortrait(9, 60, 600);
        assertEquals(81, portrait.trajectories().size());
        for (Trajectory t : portrait.trajectories()) {
            int last = t.size() - 1;
            assertEquals(ess.get(0).x(), t.x(last), 1e-6, t::toString);
            assertEquals(ess.get(0).y(), t.y(last), 1e-6, t::toString);
        }
    }

    /** Without a central government and with T paid unconditionally everyone ends at (0,0). */
    @Test
    void textbookDilemmaEndsWithNobodyCooperating() {
        PhasePortrait portrait = Examples.dynamics(Examples.DILEMMA).phasePortrait(9, 20, 20);
        for (Trajectory t : portrait.trajectories()) {
            assertEquals(0, t.x(t.size() - 1), 1e-6, t::toString);
            assertEquals(0, t.y(t.size() - 1), 1e-6, t::toString);
        }
    }

    /**
     * {@link Examples#CYCLING}: the corners are saddles and (0.25, 0.5) a centre. Starting at
     * (0.4, 0.5) the first integral H stays at its initial value, and every time the orbit crosses
     * y = 0.5 downwards on the right of the centre it does so at x = 0.4, at equal intervals.
     */
    @Test
    void aroundTheCentreOrbitsAreClosed() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.CYCLING);
        double x0 = 0.4;
        double y0 = 0.5;
        Trajectory orbit = dynamics.trajectory(x0, y0, 12, 12_000);
        double h0 = dynamics.firstIntegral(x0, y0);
        for (int i = 0; i < orbit.size(); i++) {
            assertEquals(h0, dynamics.firstIntegral(orbit.x(i), orbit.y(i)), 1e-8, "H at t = " + orbit.t(i));
            assertTrue(orbit.x(i) > 0.05 && orbit.x(i) < 0.95 && orbit.y(i) > 0.05 && orbit.y(i) < 0.95);
        }
        List<double[]> crossings = new ArrayList<>();   // {t, x} where y falls through y0 right of x* = 0.25
        for (int i = 2; i < orbit.size(); i++) {
            if (orbit.y(i - 1) > y0 && orbit.y(i) <= y0 && orbit.x(i) > 0.25) {
                double f = (orbit.y(i - 1) - y0) / (orbit.y(i - 1) - orbit.y(i));
                crossings.add(new double[] {
                    orbit.t(i - 1) + f * (orbit.t(i) - orbit.t(i - 1)),
                    orbit.x(i - 1) + f * (orbit.x(i) - orbit.x(i - 1))});
            }
        }
        assertTrue(crossings.size() >= 2, "at least two periods in the span, got " + crossings.size());
        double period = crossings.get(0)[0];
        assertTrue(period > 1 && period < 10, "period " + period);
        for (int k = 0; k < crossings.size(); k++) {
            assertEquals(x0, crossings.get(k)[1], 1e-6, "return " + k);
            assertEquals((k + 1) * period, crossings.get(k)[0], 1e-5, "time of return " + k);
        }
    }

    /** Small orbits have the period 2π/√det of the linearisation: 2π/√3 for {@link Examples#CYCLING}. */
    @Test
    void smallOrbitsHaveTheLinearPeriod() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.CYCLING);
        Trajectory orbit = dynamics.trajectory(0.251, 0.5, 4, 40_000);
        double expected = 2 * Math.PI / Math.sqrt(3);
        int crossing = -1;
        for (int i = 2; i < orbit.size() && crossing < 0; i++) {
            if (orbit.y(i - 1) > 0.5 && orbit.y(i) <= 0.5) {
                crossing = i;
            }
        }
        assertTrue(crossing > 0);
        assertEquals(expected, orbit.t(crossing), 1e-3);
    }

    @Test
    void samplesAreAtFixedTimesAndStartAtTheStart() {
        Trajectory t = Examples.dynamics(Examples.COOPERATIVE).trajectory(0.3, 0.6, 0.7, 7);
        assertEquals(8, t.size());
        for (int k = 0; k < 7; k++) {
            assertEquals(0.7 * k / 7, t.t(k));
        }
        assertEquals(0.7, t.t(7));
        assertEquals(0.3, t.x(0));
        assertEquals(0.6, t.y(0));
    }

    @Test
    void edgesAndCornersAreInvariant() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.CYCLING);
        Trajectory edge = dynamics.trajectory(0, 0.3, 5, 50);
        for (int i = 0; i < edge.size(); i++) {
            assertEquals(0, edge.x(i));
        }
        Trajectory corner = dynamics.trajectory(1, 1, 5, 5);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, corner.x());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, corner.y());
    }

    @Test
    void integrationIsDeterministic() {
        Trajectory a = Examples.dynamics(Examples.CYCLING).trajectory(0.7, 0.2, 30, 300);
        Trajectory b = Examples.dynamics(Examples.CYCLING).trajectory(0.7, 0.2, 30, 300);
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void phasePortraitStartsOnTheGridInOrder() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.CYCLING);
        PhasePortrait portrait = dynamics.phasePortrait(3, 1, 2);
        assertEquals(9, portrait.trajectories().size());
        double[] grid = {0.25, 0.5, 0.75};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Trajectory t = portrait.trajectories().get(3 * i + j);
                assertEquals(grid[i], t.x(0));
                assertEquals(grid[j], t.y(0));
            }
        }
        assertEquals(dynamics.equilibria(), portrait.equilibria());
    }

    @Test
    void derivativesAreTheReplicatorEquations() {
        // CYCLING: A(y) = −4 + 8y, B(x) = 2 − 8x
        double[] v = Examples.dynamics(Examples.CYCLING).derivatives(0.5, 0.25);
        assertEquals(0.25 * (-4 + 2), v[0], 1e-12);
        assertEquals(0.25 * 0.75 * (2 - 4), v[1], 1e-12);
    }

    @Test
    void refusesBadArguments() {
        ReplicatorDynamics dynamics = Examples.dynamics(Examples.CYCLING);
        assertThrows(IllegalArgumentException.class, () -> dynamics.trajectory(1.1, 0.5, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> dynamics.trajectory(0.5, Double.NaN, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> dynamics.trajectory(0.5, 0.5, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> dynamics.trajectory(0.5, 0.5, Double.POSITIVE_INFINITY, 10));
        assertThrows(IllegalArgumentException.class, () -> dynamics.trajectory(0.5, 0.5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> dynamics.phasePortrait(0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> dynamics.firstIntegral(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> dynamics.derivatives(-0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ReplicatorDynamics(Examples.CYCLING.payoffs(), 0, 1e-10));
        assertThrows(IllegalArgumentException.class, () -> new ReplicatorDynamics(null));
    }

    @Test
    void trajectoryIsImmutableAndChecked() {
        double[] t = {0, 1};
        double[] x = {0.5, 0.6};
        double[] y = {0.5, 0.4};
        Trajectory tr = new Trajectory(t, x, y);
        t[1] = 5;
        tr.x()[0] = 0.9;
        assertEquals(1, tr.t(1));
        assertEquals(0.5, tr.x(0));
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(new double[] {0, 0}, x, y));
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(t, new double[] {0.5, 1.2}, y));
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(t, x, new double[] {0.5}));
    }

    private static void assertUpstreamLogistic(ReplicatorDynamics dynamics, double x0, double y, double a) {
        Trajectory t = dynamics.trajectory(x0, y, 20, 400);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(logistic(x0, a, t.t(i)), t.x(i), 1e-6, "x at t = " + t.t(i));
            assertEquals(y, t.y(i));
        }
    }

    private static void assertDownstreamLogistic(ReplicatorDynamics dynamics, double y0, double x, double b) {
        Trajectory t = dynamics.trajectory(x, y0, 20, 400);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(logistic(y0, b, t.t(i)), t.y(i), 1e-6, "y at t = " + t.t(i));
            assertEquals(x, t.x(i));
        }
    }

    /** z0·e^{at}/(1 − z0 + z0·e^{at}), written to avoid overflow. */
    private static double logistic(double z0, double a, double t) {
        return z0 / (z0 + (1 - z0) * Math.exp(-a * t));
    }
}
