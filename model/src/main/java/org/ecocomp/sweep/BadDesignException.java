package org.ecocomp.sweep;

import java.util.Objects;

/**
 * A sweep input out of its domain (a distribution, a design size, a level count, a set of
 * outputs), naming the offending field so that the command line can point at it in a scenario
 * file.
 */
public final class BadDesignException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The offending field, e.g. {@code baseSamples} or {@code parameters[2].sd}. */
    private final String field;

    /**
     * @param field the offending field, named as the record component or argument is named
     * @param message what is wrong and what was expected
     */
    public BadDesignException(String field, String message) {
        super(field + ": " + message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The offending field, named as the record component or argument is named. */
    public String field() {
        return field;
    }

    /** What is wrong and what was expected, without the field name. */
    public String detail() {
        return getMessage().substring(field.length() + 2);
    }
}
