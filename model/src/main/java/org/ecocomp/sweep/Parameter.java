package org.ecocomp.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An uncertain input of a sweep: a name and the distribution its values are drawn from.
 *
 * @param name the parameter's name, not blank; unique within a design
 * @param distribution how a point of the unit interval maps to a value
 */
public record Parameter(String name, Distribution distribution) {

    /** Checks for a non-blank name and a distribution. */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
        if (name.isBlank()) {
            throw new BadDesignException("name", "a parameter name is blank");
        }
    }

    /**
     * The parameter's value at probability {@code u}.
     *
     * @param u a probability in [0, 1]
     * @return {@code distribution().quantile(u)}
     */
    public double value(double u) {
        return distribution.quantile(u);
    }

    /**
     * An immutable copy of a parameter list, checked for at least one parameter and unique names.
     *
     * @param parameters the list to check
     * @return an immutable copy
     */
    static List<Parameter> checkedList(List<Parameter> parameters) {
        List<Parameter> copy = List.copyOf(parameters);
        if (copy.isEmpty()) {
            throw new BadDesignException("parameters", "there is no parameter; expected at least one");
        }
        Set<String> names = new HashSet<>();
        for (Parameter p : copy) {
            if (!names.add(p.name())) {
                throw new BadDesignException("parameters", "two parameters are named " + p.name()
                        + "; expected unique names");
            }
        }
        return copy;
    }
}
