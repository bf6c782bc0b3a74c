package org.ecocomp.optimize;

import java.util.Objects;

/**
 * An objective of a mechanism problem: what a number means and which way is better.
 *
 * @param name the objective's name, not blank (e.g. {@code total_welfare_cny})
 * @param goal whether it is maximised or minimised
 */
public record Objective(String name, Goal goal) {

    /** Checks for a non-blank name and a goal. */
    public Objective {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goal, "goal");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an objective's name is blank");
        }
    }
}
