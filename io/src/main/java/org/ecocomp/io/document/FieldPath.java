package org.ecocomp.io.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Where a value sits in a document, as users read it ({@code rounds[0].clauses[1].stake}) and as a
 * JSON pointer ({@code /rounds/0/clauses/1/stake}).
 *
 * @param display the dotted path shown in problems; empty for the document root
 * @param pointer the JSON pointer
 */
public record FieldPath(String display, JsonPointer pointer) {

    /** The document root. */
    public static final FieldPath ROOT = new FieldPath("", JsonPointer.empty());

    /** The value under a key of this mapping. */
    public FieldPath key(String name) {
        return new FieldPath(display.isEmpty() ? name : display + "." + name, pointer.appendProperty(name));
    }

    /** The element at an index of this list. */
    public FieldPath index(int i) {
        return new FieldPath(display + "[" + i + "]", pointer.appendIndex(i));
    }

    /** The path of a JSON pointer, e.g. {@code /rounds/0/name} → {@code rounds[0].name}. */
    public static FieldPath of(JsonPointer pointer) {
        FieldPath path = ROOT;
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            path = p.mayMatchElement() && p.getMatchingProperty().matches("\\d+")
                    ? path.index(p.getMatchingIndex()) : path.key(p.getMatchingProperty());
        }
        return path;
    }

    /**
     * The path of the value a parser is at. Unlike a JSON pointer, a parsing context knows whether a
     * step is a key or an index, so a key made of digits stays a key.
     */
    public static FieldPath of(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return ROOT;
        }
        FieldPath parent = of(context.getParent());
        if (context.inObject() && context.hasCurrentName()) {
            return parent.key(context.getCurrentName());
        }
        if (context.inArray() && context.hasCurrentIndex()) {
            return parent.index(context.getCurrentIndex());
        }
        return parent;
    }
}
