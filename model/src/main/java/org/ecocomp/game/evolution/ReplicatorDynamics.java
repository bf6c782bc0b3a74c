package org.ecocomp.game.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;

/**
 * The two-population replicator dynamics of a {@link PayoffMatrix}, with x the share of the
 * upstream population that protects and y the share of the downstream population that compensates:
 * <pre>
 *   dx/dt = F(x, y) = x(1 − x)·A(y),   A(y) = a0 + a1·y   (upstream advantage of protecting)
 *   dy/dt = G(x, y) = y(1 − y)·B(x),   B(x) = b0 + b1·x   (downstream advantage of compensating)
 * </pre>
 * with a0, a1, b0, b1 as in {@link PayoffMatrix}. The unit square and each of its edges are
 * invariant. Time is in 1/(payoff unit): {@link PayoffMatrix#scaled(double)} changes the clock, not
 * the paths.
 *
 * <p>Jacobian:
 * <pre>
 *   J = | (1 − 2x)·A(y)     x(1 − x)·a1   |
 *       |  y(1 − y)·b1     (1 − 2y)·B(x)  |
 * </pre>
 * At a corner (x0, y0) the off-diagonal terms vanish: the eigenvalues are (1 − 2x0)·A(y0) and
 * (1 − 2y0)·B(x0), det J their product and tr J their sum. The interior equilibrium
 * (x*, y*) = (−b0/b1, −a0/a1), listed when a1 ≠ 0, b1 ≠ 0 and it lies in the open unit square, has
 * A = B = 0, so tr J = 0 and det J = −x*(1 − x*)·y*(1 − y*)·a1·b1: a saddle when a1·b1 &gt; 0, a centre
 * when a1·b1 &lt; 0 (see {@link #firstIntegral(double, double)}). Payoff advantages within 1e-12 of the
 * largest payoff in absolute value count as ties (exact 0), which makes the equilibrium
 * {@link Stability#NON_HYPERBOLIC}.
 *
 * <p>Trajectories are integrated with Commons Math's {@link DormandPrince853Integrator} (adaptive
 * Dormand–Prince 8(5,3), no minimum step, maximum step the whole span) with absolute and relative
 * tolerances {@value #DEFAULT_TOLERANCE} unless given, and read at the sample times from its 7th-order
 * dense output. The result is deterministic. Samples are clamped to [0, 1], which moves them by at
 * most the integration error since the exact flow never leaves the square.
 *
 * <p>Instances are immutable and may be shared between threads; each integration uses its own
 * integrator.
 */
public final class ReplicatorDynamics {

    /** Default absolute and relative tolerance of the ODE integrator, on shares. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    /** Relative size below which a payoff advantage is a tie. */
    private static final double TIE = 1e-12;

    /** Function evaluations allowed for one trajectory before giving up. */
    private static final int MAX_EVALUATIONS = 100_000_000;

    private final PayoffMatrix payoffs;
    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final double a0;
    private final double a1;
    private final double b0;
    private final double b1;
    private final double tie;

    /**
     * The dynamics of a game, integrated with the default tolerances.
     *
     * @param payoffs the payoff matrix
     */
    public ReplicatorDynamics(PayoffMatrix payoffs) {
        this(payoffs, DEFAULT_TOLERANCE, DEFAULT_TOLERANCE);
    }

    /**
     * The dynamics of a game, integrated with the given tolerances.
     *
     * @param payoffs the payoff matrix
     * @param absoluteTolerance absolute error allowed per step on x and y, positive
     * @param relativeTolerance relative error allowed per step on x and y, positive
     */
    public ReplicatorDynamics(PayoffMatrix payoffs, double absoluteTolerance, double relativeTolerance) {
        if (payoffs == null) {
            throw new IllegalArgumentException("the payoff matrix is missing");
        }
        if (!(absoluteTolerance > 0 && absoluteTolerance < 1) || !(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("tolerances lie in (0, 1), got " + absoluteTolerance + " and " + relativeTolerance);
        }
        this.payoffs = payoffs;
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.a0 = payoffs.upstreamAdvantage(0);
        this.a1 = payoffs.upstreamAdvantage(1) - a0;
        this.b0 = payoffs.downstreamAdvantage(0);
        this.b1 = payoffs.downstreamAdvantage(1) - b0;
        this.tie = TIE * payoffs.magnitude();
    }

    /**
     * The payoff matrix.
     *
     * @return the payoffs
     */
    public PayoffMatrix payoffs() {
        return payoffs;
    }

    /**
     * The vector field at a point, for direction arrows.
     *
     * @param x upstream share protecting, in [0, 1]
     * @param y downstream share compensating, in [0, 1]
     * @return {dx/dt, dy/dt}
     */
    public double[] derivatives(double x, double y) {
        requireShares(x, y);
        return new double[] {x * (1 - x) * payoffs.upstreamAdvantage(y), y * (1 - y) * payoffs.downstreamAdvantage(x)};
    }

    /**
     * The Jacobian of the vector field at a point.
     *
     * @param x upstream share protecting, in [0, 1]
     * @param y downstream share compensating, in [0, 1]
     * @return J as rows {{∂F/∂x, ∂F/∂y}, {∂G/∂x, ∂G/∂y}}
     */
    public double[][] jacobian(double x, double y) {
        requireShares(x, y);
        return new double[][] {
            {(1 - 2 * x) * payoffs.upstreamAdvantage(y), x * (1 - x) * a1},
            {y * (1 - y) * b1, (1 - 2 * y) * payoffs.downstreamAdvantage(x)}};
    }

    /**
     * The quantity every trajectory inside the open unit square conserves (the dynamics are
     * Lotka–Volterra-like in the log-odds of x and y):
     * <pre>
     *   H(x, y) = b0·ln x − (b0 + b1)·ln(1 − x) − a0·ln y + (a0 + a1)·ln(1 − y)
     * </pre>
     * since dH/dt = B(x)/(x(1 − x))·dx/dt − A(y)/(y(1 − y))·dy/dt = B·A − A·B = 0. Its level sets
     * around a centre are the closed orbits.
     *
     * @param x upstream share protecting, in (0, 1)
     * @param y downstream share compensating, in (0, 1)
     * @return H(x, y), in payoff units
     */
    public double firstIntegral(double x, double y) {
        if (!(x > 0 && x < 1 && y > 0 && y < 1)) {
            throw new IllegalArgumentException("the first integral is defined in the open unit square, got (" + x + ", " + y + ")");
        }
        return b0 * Math.log(x) - (b0 + b1) * Math.log1p(-x) - a0 * Math.log(y) + (a0 + a1) * Math.log1p(-y);
    }

    /**
     * The equilibria: the four corners (0,0), (0,1), (1,0), (1,1) in this order, then the interior
     * equilibrium (x*, y*) = (−b0/b1, −a0/a1) when it is isolated and lies in the open unit square.
     * When a payoff advantage vanishes identically whole lines are at rest; they are not listed, and
     * the corners on them are {@link Stability#NON_HYPERBOLIC}.
     *
     * @return the equilibria with determinant, trace, eigenvalues and stability
     */
    public List<Equilibrium> equilibria() {
        List<Equilibrium> result = new ArrayList<>(5);
        for (int cx = 0; cx <= 1; cx++) {
            for (int cy = 0; cy <= 1; cy++) {
                double lambdaX = snap((1 - 2 * cx) * payoffs.upstreamAdvantage(cy));
                double lambdaY = snap((1 - 2 * cy) * payoffs.downstreamAdvantage(cx));
                double[][] j = {{lambdaX, 0}, {0, lambdaY}};
                result.add(equilibrium(cx, cy, j, lambdaX * lambdaY, lambdaX + lambdaY));
            }
        }
        if (Math.abs(a1) > tie && Math.abs(b1) > tie) {
            double x = -b0 / b1;
            double y = -a0 / a1;
            if (x > 0 && x < 1 && y > 0 && y < 1) {
                double[][] j = {{0, x * (1 - x) * a1}, {y * (1 - y) * b1, 0}};
                result.add(equilibrium(x, y, j, -j[0][1] * j[1][0], 0));
            }
        }
        return List.copyOf(result);
    }

    /**
     * The evolutionarily stable equilibria.
     *
     * @return the equilibria that are stable nodes, in the order of {@link #equilibria()}
     */
    public List<Equilibrium> evolutionarilyStable() {
        return equilibria().stream().filter(Equilibrium::isEvolutionarilyStable).toList();
    }

    /**
     * Integrates the dynamics from a starting point and samples the solution at
     * t_k = k·duration/steps, k = 0, …, steps.
     *
     * @param x0 starting upstream share protecting, in [0, 1]
     * @param y0 starting downstream share compensating, in [0, 1]
     * @param duration time span, positive, in 1/(payoff unit)
     * @param steps number of sampling intervals, 1 or more
     * @return the trajectory, steps + 1 samples
     */
    public Trajectory trajectory(double x0, double y0, double duration, int steps) {
        requireShares(x0, y0);
        if (!(duration > 0) || !Double.isFinite(duration)) {
            throw new IllegalArgumentException("the duration must be a positive finite time, got " + duration);
        }
        if (steps < 1 || steps == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the number of sampling steps must be 1 or more, got " + steps);
        }
        double[] t = new double[steps + 1];
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        xs[0] = x0;
        ys[0] = y0;
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, duration, absoluteTolerance, relativeTolerance);
        integrator.setMaxEvaluations(MAX_EVALUATIONS);
        integrator.addStepHandler(new StepHandler() {
            private int next = 1;

            @Override
            public void init(double t0, double[] start, double end) {
                next = 1;
            }

            @Override
            public void handleStep(StepInterpolator interpolator, boolean isLast) {
                double end = interpolator.getCurrentTime();
                while (next <= steps) {
                    double tk = sampleTime(duration, steps, next);
                    if (tk > end && !isLast) {
                        return;
                    }
                    interpolator.setInterpolatedTime(tk);
                    double[] state = interpolator.getInterpolatedState();
                    t[next] = tk;
                    xs[next] = clamp(state[0]);
                    ys[next] = clamp(state[1]);
                    next++;
                }
            }
        });
        double[] state = {x0, y0};
        try {
            integrator.integrate(new Equations(), 0, state, duration, state);
        } catch (MaxCountExceededException e) {
            throw new IllegalArgumentException("the duration " + duration + " needs more than " + MAX_EVALUATIONS
                    + " evaluations at these tolerances; scale the payoffs or shorten the span", e);
        }
        return new Trajectory(t, xs, ys);
    }

    /**
     * Trajectories from a gridSize × gridSize grid of starting points ((i + 1)/(gridSize + 1),
     * (j + 1)/(gridSize + 1)), i, j = 0, …, gridSize − 1, in the open unit square (9 gives
     * 0.1, …, 0.9), with the equilibria, for a phase-portrait chart.
     *
     * @param gridSize starting points per axis, 1 to 1000
     * @param duration time span of each trajectory, positive
     * @param steps sampling intervals per trajectory, 1 or more
     * @return the trajectories ordered by starting x, then starting y, and the equilibria
     */
    public PhasePortrait phasePortrait(int gridSize, double duration, int steps) {
        if (gridSize < 1 || gridSize > 1000) {
            throw new IllegalArgumentException("the grid has 1 to 1000 points per axis, got " + gridSize);
        }
        List<Trajectory> trajectories = new ArrayList<>(gridSize * gridSize);
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j < gridSize; j++) {
                trajectories.add(trajectory((i + 1.0) / (gridSize + 1), (j + 1.0) / (gridSize + 1), duration, steps));
            }
        }
        return new PhasePortrait(trajectories, equilibria());
    }

    @Override
    public String toString() {
        return "ReplicatorDynamics[A(y) = " + a0 + " + " + a1 + "·y, B(x) = " + b0 + " + " + b1 + "·x]";
    }

    private Equilibrium equilibrium(double x, double y, double[][] jacobian, double determinant, double trace) {
        EigenDecomposition decomposition = new EigenDecomposition(new Array2DRowRealMatrix(jacobian, false));
        List<Eigenvalue> eigenvalues = new ArrayList<>(2);
        for (int i = 0; i < 2; i++) {
            eigenvalues.add(new Eigenvalue(decomposition.getRealEigenvalue(i), decomposition.getImagEigenvalue(i)));
        }
        eigenvalues.sort(Comparator.comparingDouble(Eigenvalue::real).thenComparingDouble(Eigenvalue::imaginary).reversed());
        double det = determinant + 0.0;   // no −0.0
        double tr = trace + 0.0;
        return new Equilibrium(x, y, det, tr, eigenvalues, Stability.of(det, tr));
    }

    private double snap(double advantage) {
        return Math.abs(advantage) <= tie ? 0 : advantage;
    }

    private static double sampleTime(double duration, int steps, int k) {
        return k == steps ? duration : duration * k / steps;
    }

    private static double clamp(double share) {
        return Math.min(1, Math.max(0, share));
    }

    private static void requireShares(double x, double y) {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("shares lie in [0, 1], got (" + x + ", " + y + ")");
        }
    }

    /** The replicator equations for Commons Math, state (x, y). */
    private final class Equations implements FirstOrderDifferentialEquations {

        @Override
        public int getDimension() {
            return 2;
        }

        @Override
        public void computeDerivatives(double t, double[] state, double[] rates) {
            double x = state[0];
            double y = state[1];
            rates[0] = x * (1 - x) * (a0 + a1 * y);
            rates[1] = y * (1 - y) * (b0 + b1 * x);
        }
    }
}
