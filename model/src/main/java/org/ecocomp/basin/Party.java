package org.ecocomp.basin;

import java.util.Objects;

/**
 * A party to an agreement: a province (code such as JX, GD) or the central government.
 *
 * @param code the code used in scenario files and tables
 * @param name the party's name, e.g. 江西省
 */
public record Party(String code, String name) {

    /** The code of the central government, whose money enters from outside the basin. */
    public static final String CENTRAL = "CENTRAL";

    /** Checks the code. */
    public Party {
        Objects.requireNonNull(name, "name");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a party code is upper-case letters, digits and _, was " + code);
        }
    }

    /** True for the central government. */
    public boolean isCentral() {
        return CENTRAL.equals(code);
    }
}
