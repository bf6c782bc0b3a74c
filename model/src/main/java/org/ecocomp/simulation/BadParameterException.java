package org.ecocomp.simulation;

import java.util.Objects;

/**
 * A model parameter out of its domain, naming the parameter so that a reader of a parameter file
 * can point at the offending field.
 */
public final class BadParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the offending parameter (a record component such as {@code sd}). */
    private final String parameter;

    /**
     * @param parameter the name of the offending parameter, as the record component is named
     * @param message what is wrong and what was expected
     */
    public BadParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    /** The name of the offending parameter, as the record component is named. */
    public String parameter() {
        return parameter;
    }

    /** What is wrong and what was expected, without the parameter name. */
    public String detail() {
        return getMessage().substring(parameter.length() + 2);
    }
}
