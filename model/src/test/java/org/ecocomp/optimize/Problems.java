package org.ecocomp.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test problems with known solutions, and the exhaustive 101 × 101 grid they are checked against. */
final class Problems {

    static final int GRID = 101;

    private Problems() {
    }

    /**
     * Maximise the Cobb–Douglas welfare x^0.6·y^0.4 on [0, 10]² subject to the budget 1.3x + 2y ≤ 10.
     * The optimum is x = 0.6·10/1.3, y = 0.4·10/2 = 2 (on the budget line), f ≈ 3.3035.
     */
    static MechanismProblem cobbDouglas(AtomicLong calls) {
        return new MechanismProblem(
                List.of(new DecisionVariable("x", 0, 10), new DecisionVariable("y", 0, 10)),
                List.of(new Objective("welfare", Goal.MAXIMISE)),
                List.of("budget"),
                x -> {
                    calls.incrementAndGet();
                    return new Evaluation(
                            new double[] {Math.pow(x[0], 0.6) * Math.pow(x[1], 0.4)},
                            new double[] {1.3 * x[0] + 2 * x[1] - 10});
                });
    }

    static double cobbDouglasOptimum() {
        return Math.pow(6 / 1.3, 0.6) * Math.pow(2, 0.4);
    }

    /**
     * ZDT1 (Zitzler, Deb &amp; Thiele 2000) in two variables: minimise f₁ = x₁ and
     * f₂ = g·(1 − √(x₁/g)), g = 1 + 9x₂, on [0, 1]². The Pareto front is x₂ = 0, f₂ = 1 − √f₁.
     */
    static MechanismProblem zdt1(AtomicLong calls) {
        return new MechanismProblem(
                List.of(new DecisionVariable("x1", 0, 1), new DecisionVariable("x2", 0, 1)),
                List.of(new Objective("f1", Goal.MINIMISE), new Objective("f2", Goal.MINIMISE)),
                List.of(),
                x -> {
                    calls.incrementAndGet();
                    double g = 1 + 9 * x[1];
                    return Evaluation.of(x[0], g * (1 - Math.sqrt(x[0] / g)));
                });
    }

    /** The candidates of the 101 × 101 grid over a two-variable problem's box. */
    static List<double[]> grid(MechanismProblem problem) {
        DecisionVariable a = problem.variables().get(0);
        DecisionVariable b = problem.variables().get(1);
        List<double[]> points = new ArrayList<>(GRID * GRID);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                points.add(new double[] {
                        a.low() + i * (a.high() - a.low()) / (GRID - 1),
                        b.low() + j * (b.high() - b.low()) / (GRID - 1)});
            }
        }
        return points;
    }

    /** The non-dominated objective vectors of the feasible grid points (all objectives minimised). */
    static List<double[]> gridFrontMinimised(MechanismProblem problem) {
        List<double[]> values = new ArrayList<>();
        for (double[] x : grid(problem)) {
            Evaluation e = problem.evaluate(x);
            if (e.feasible()) {
                values.add(e.objectives());
            }
        }
        List<double[]> front = new ArrayList<>();
        for (double[] p : values) {
            boolean dominated = false;
            for (double[] q : values) {
                boolean weakly = true;
                boolean strictly = false;
                for (int k = 0; k < p.length; k++) {
                    weakly &= q[k] <= p[k];
                    strictly |= q[k] < p[k];
                }
                if (weakly && strictly) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                front.add(p);
            }
        }
        return front;
    }
}
