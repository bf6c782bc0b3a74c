package org.ecocomp.io.game;

import java.util.ArrayList;
import java.util.List;
import org.ecocomp.io.table.CsvTable;
import org.ecocomp.optimize.DecisionVariable;
import org.ecocomp.optimize.Evaluation;
import org.ecocomp.optimize.GenerationStatistics;
import org.ecocomp.optimize.Objective;
import org.ecocomp.optimize.ParetoPoint;

/** {@code evolution.csv} and {@code pareto.csv} of a genetic mechanism design. */
public final class OptimizeTables {

    private OptimizeTables() {
    }

    /** One row per generation: best objective, its constraint violation, mean, feasible share, evaluations. */
    public static CsvTable evolution(List<GenerationStatistics> history) {
        CsvTable t = new CsvTable(List.of("generation", "best", "best_violation", "mean", "feasible_share", "evaluations"));
        for (GenerationStatistics g : history) {
            t.add(Long.toString(g.generation()), CsvTable.number(g.best()), CsvTable.number(g.bestViolation()),
                    CsvTable.number(g.mean()), CsvTable.number(g.feasibleShare(), 6), Long.toString(g.evaluations()));
        }
        return t;
    }

    /**
     * The Pareto front and, first, the current agreement: decision variables, objectives, total
     * constraint violation.
     *
     * @param variables the decision variables
     * @param objectives the objectives
     * @param front the front
     * @param current the current agreement's evaluation (its variables are the scenario's values)
     * @return point, the variables, the objectives, violation
     */
    public static CsvTable pareto(List<DecisionVariable> variables, List<Objective> objectives, List<ParetoPoint> front,
                                  Evaluation current) {
        List<String> header = new ArrayList<>(List.of("point"));
        variables.forEach(v -> header.add(v.name()));
        objectives.forEach(o -> header.add(o.name()));
        header.add("violation");
        CsvTable t = new CsvTable(header);
        List<String> row = new ArrayList<>(List.of("current"));
        variables.forEach(v -> row.add(""));
        for (double o : current.objectives()) {
            row.add(CsvTable.number(o));
        }
        row.add(CsvTable.number(violation(current)));
        t.add(row);
        for (int k = 0; k < front.size(); k++) {
            List<String> r = new ArrayList<>(List.of(Integer.toString(k)));
            for (double x : front.get(k).x()) {
                r.add(CsvTable.number(x));
            }
            for (double o : front.get(k).evaluation().objectives()) {
                r.add(CsvTable.number(o));
            }
            r.add(CsvTable.number(violation(front.get(k).evaluation())));
            t.add(r);
        }
        return t;
    }

    private static double violation(Evaluation e) {
        double v = 0;
        for (double c : e.constraintViolations()) {
            v += Math.max(0, c);
        }
        return v;
    }
}
