package org.ecocomp.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A round of an agreement: a period of years and the clauses in force.
 *
 * @param name the round's name, e.g. "round 2"
 * @param firstYear the first year (inclusive)
 * @param lastYear the last year (inclusive)
 * @param clauses the clauses, in the order they settle
 */
public record Round(String name, int firstYear, int lastYear, List<Clause> clauses) {

    /** Checks the period and that clause ids are unique. */
    public Round {
        Objects.requireNonNull(name, "name");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("round " + name + " ends before it starts");
        }
        clauses = List.copyOf(clauses);
        Set<String> ids = new HashSet<>();
        for (Clause c : clauses) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("clause id " + c.id() + " appears twice");
            }
        }
    }

    /** True when the round is in force in the year. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
