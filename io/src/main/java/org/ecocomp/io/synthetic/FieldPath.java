package org.ecocomp.io.synthetic;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Where a value sits in a parameter file, both as users read it ({@code sections[0].indicators.TP.sd})
 * and as a JSON pointer for the location index ({@code /sections/0/indicators/TP/sd}).
 *
 * @param display the dotted path shown in problems; empty for the document root
 * @param pointer the JSON pointer
 */
record FieldPath(String display, JsonPointer pointer) {

    /** The document root. */
    static final FieldPath ROOT = new FieldPath("", JsonPointer.empty());

    /** The value under a key of this mapping. */
    FieldPath key(String name) {
        return new FieldPath(display.isEmpty() ? name : display + "." + name, pointer.appendProperty(name));
    }

    /** The element at an index of this list. */
    FieldPath index(int i) {
        return new FieldPath(display + "[" + i + "]", pointer.appendIndex(i));
    }
}
