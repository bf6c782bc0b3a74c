package org.ecocomp.optimize;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mechanism-design problem: decision variables with their bounds, objectives with their goals,
 * named constraints, and the evaluation of a candidate.
 *
 * @param variables the decision variables, at least one, with unique names
 * @param objectives the objectives, at least one, with unique names
 * @param constraints the constraints' names, unique; empty for an unconstrained problem
 * @param function evaluates a candidate; pure and thread-safe (see {@link EvaluationFunction})
 */
public record MechanismProblem(
        List<DecisionVariable> variables, List<Objective> objectives, List<String> constraints,
        EvaluationFunction function) {

    /** Copies the lists and checks for non-empty variables and objectives and unique names. */
    public MechanismProblem {
        variables = List.copyOf(variables);
        objectives = List.copyOf(objectives);
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(function, "function");
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("a mechanism problem needs at least one decision variable");
        }
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a mechanism problem needs at least one objective");
        }
        unique("decision variable", variables.stream().map(DecisionVariable::name).toList());
        unique("objective", objectives.stream().map(Objective::name).toList());
        unique("constraint", constraints);
    }

    /**
     * An unconstrained problem with one objective.
     *
     * @param variables the decision variables
     * @param objective the objective
     * @param function evaluates a candidate
     * @return the problem
     */
    public static MechanismProblem of(List<DecisionVariable> variables, Objective objective, EvaluationFunction function) {
        return new MechanismProblem(variables, List.of(objective), List.of(), function);
    }

    /**
     * The number of decision variables.
     *
     * @return the dimension of a candidate {@code x}
     */
    public int dimension() {
        return variables.size();
    }

    /**
     * The objectives' goals, in objective order.
     *
     * @return the goals
     */
    public List<Goal> goals() {
        return objectives.stream().map(Objective::goal).toList();
    }

    /**
     * Evaluates a candidate and checks the evaluation's shape.
     *
     * @param x the decision variables' values, one per variable, each within its bounds
     * @return the evaluation
     * @throws IllegalArgumentException if {@code x} has the wrong length or a value out of bounds
     * @throws IllegalStateException if the evaluation has the wrong number of objectives or constraints
     */
    public Evaluation evaluate(double[] x) {
        if (x.length != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " decision values, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!variables.get(i).contains(x[i])) {
                throw new IllegalArgumentException(
                        "decision variable " + variables.get(i).name() + " = " + x[i] + " is out of bounds");
            }
        }
        Evaluation e = Objects.requireNonNull(function.evaluate(x.clone()), "the evaluation function returned null");
        if (e.objectiveCount() != objectives.size() || e.constraintCount() != constraints.size()) {
            throw new IllegalStateException("the evaluation function returned " + e.objectiveCount() + " objectives and "
                    + e.constraintCount() + " constraint violations; the problem has " + objectives.size()
                    + " and " + constraints.size());
        }
        return e;
    }

    private static void unique(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(Objects.requireNonNull(name, what + " name"))) {
                throw new IllegalArgumentException("duplicate " + what + " name: " + name);
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("a " + what + " name is blank");
            }
        }
    }
}
