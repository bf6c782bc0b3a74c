package org.ecocomp.io.synthetic;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line and column of every key and value of a document, by JSON pointer, so problems found after
 * parsing can still be located. A mapping or list is located at its key; a scalar at its value.
 */
final class LocationIndex {

    private final Map<JsonPointer, JsonLocation> locations;
    private final Map<JsonPointer, JsonLocation> keys;

    private LocationIndex(Map<JsonPointer, JsonLocation> locations, Map<JsonPointer, JsonLocation> keys) {
        this.locations = locations;
        this.keys = keys;
    }

    /**
     * Indexes a document.
     *
     * @param factory the parser factory of the document's format
     * @param text the document
     * @return the index
     * @throws IOException when the text is not well-formed (the exception carries the location)
     */
    static LocationIndex of(JsonFactory factory, String text) throws IOException {
        Map<JsonPointer, JsonLocation> locations = new HashMap<>();
        Map<JsonPointer, JsonLocation> keys = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                if (token == JsonToken.FIELD_NAME) {
                    keys.putIfAbsent(pointer, parser.currentTokenLocation());
                    locations.putIfAbsent(pointer, parser.currentTokenLocation());
                } else if (token.isStructStart()) {
                    locations.putIfAbsent(pointer, parser.currentTokenLocation());
                } else if (token.isScalarValue()) {
                    locations.put(pointer, parser.currentTokenLocation());
                }
            }
        }
        return new LocationIndex(locations, keys);
    }

    /** True when the document holds no value at all (an empty or comment-only file). */
    boolean isEmpty() {
        return locations.isEmpty();
    }

    /**
     * The location of a value, or of its nearest located ancestor.
     *
     * @param pointer the value's pointer
     * @return the location; {@link JsonLocation#NA} when nothing on the way to the root is located
     */
    JsonLocation locate(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            JsonLocation location = locations.get(p);
            if (location != null) {
                return location;
            }
        }
        return JsonLocation.NA;
    }

    /**
     * The location of the key a value sits under, or {@link #locate(JsonPointer)} for a value that
     * has no key (a list element).
     *
     * @param pointer the value's pointer
     * @return the location
     */
    JsonLocation locateKey(JsonPointer pointer) {
        JsonLocation key = keys.get(pointer);
        return key != null ? key : locate(pointer);
    }
}
