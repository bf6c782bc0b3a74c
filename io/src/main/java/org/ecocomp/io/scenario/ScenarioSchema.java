package org.ecocomp.io.scenario;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecocomp.io.document.Document;
import org.ecocomp.io.document.FieldPath;
import org.ecocomp.io.problem.Problem;

/**
 * The structure of scenario files: the JSON Schema {@code scenario.schema.json} (draft 2020-12, a
 * resource beside this class) and the problems a document has against it, each located in the file
 * and worded as {@code what is wrong; expected ...}. A misspelled key is reported at the key with the
 * keys expected there and the closest of them. Meaning — parties and sections that exist, shares that
 * sum to 1, rounds that do not overlap — is {@link ScenarioFiles}'s to check.
 */
public final class ScenarioSchema {

    private static final String RESOURCE = "scenario.schema.json";
    /** The schema as a tree, read for the titles and key lists that messages quote. */
    private static final JsonNode TREE = load();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TREE);
    /** A key or value this many edits from a known one is suggested as a misspelling of it. */
    private static final int MAX_EDITS = 2;
    private static final Comparator<Problem> FILE_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::field).thenComparing(Problem::message);

    private ScenarioSchema() {
    }

    /**
     * Checks a document against the scenario schema.
     *
     * @param doc a parsed scenario file
     * @return its structural problems, without repeats, in file order; empty when it is well-formed
     */
    public static List<Problem> validate(Document doc) {
        List<com.networknt.schema.Error> errors = SCHEMA.validate(doc.root());
        // a misspelled required key is one problem, reported at the misspelling, not also as a missing key
        Set<String> misspelled = new HashSet<>();
        errors.stream().filter(e -> e.getKeyword().equals("additionalProperties")).forEach(e -> closest(e.getProperty(), knownKeys(e))
                .ifPresent(key -> misspelled.add(e.getInstanceLocation() + "/" + key)));
        return errors.stream().filter(e -> !(e.getKeyword().equals("required")
                        && misspelled.contains(e.getInstanceLocation() + "/" + e.getProperty())))
                .map(e -> problem(doc, e)).distinct().sorted(FILE_ORDER).toList();
    }

    private static JsonNode load() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Problem problem(Document doc, com.networknt.schema.Error error) {
        FieldPath at = fieldPath(error.getInstanceLocation());
        JsonPointer keyword = pointer(error.getSchemaLocation());
        return switch (error.getKeyword()) {
            case "additionalProperties" -> doc.keyProblem(at.key(error.getProperty()), unknown("key", error.getProperty(), knownKeys(error)));
            case "propertyNames" -> doc.keyProblem(at.key(error.getProperty()), "invalid key '" + error.getProperty() + "'; expected "
                    + title(resolve(keyword)).orElse("a different key"));
            // the location of a false schema is .../properties/<key>/false: the object's schema is three levels up
            case "false" -> doc.problem(at, "key '" + lastKey(error.getInstanceLocation()).orElse("") + "' is not allowed here; expected "
                    + title(keyword.head().head().head()).orElse("it left out"));
            default -> doc.problem(at, message(error, keyword.head(), error.getInstanceNode()));
        };
    }

    /** The message of a keyword that failed on a value; {@code owner} is the schema holding the keyword. */
    private static String message(com.networknt.schema.Error error, JsonPointer owner, JsonNode value) {
        JsonNode schema = TREE.at(owner);
        Optional<String> title = title(owner);
        String limit = schema.path(error.getKeyword()).asText();
        return switch (error.getKeyword()) {
            case "type" -> "found " + describe(value) + "; expected " + title.orElseGet(() -> types(schema.get("type")));
            case "const" -> "found " + describe(value) + "; expected " + schema.get("const");
            case "enum" -> unknown(lastKey(error.getInstanceLocation()).orElse("value"),
                    value.isTextual() ? value.asText() : value.toString(), names(schema.get("enum")));
            case "pattern" -> "invalid value '" + value.asText() + "'; expected " + title.orElse("text matching " + limit);
            case "minimum" -> "found " + value + ", below the minimum " + limit + "; expected " + title.orElse("at least " + limit);
            case "exclusiveMinimum" -> "found " + value + ", not above " + limit + "; expected " + title.orElse("more than " + limit);
            case "maximum" -> "found " + value + ", above the maximum " + limit + "; expected " + title.orElse("at most " + limit);
            case "minItems" -> "found " + count(value.size(), "item", "items") + "; expected at least " + limit + parenthesised(title);
            case "maxItems" -> "found " + count(value.size(), "item", "items") + "; expected at most " + limit + parenthesised(title);
            case "minProperties" -> "found " + count(value.size(), "entry", "entries") + "; expected at least " + limit
                    + parenthesised(title);
            case "minLength" -> "found " + describe(value) + ", shorter than " + count(schema.get("minLength").asInt(), "character",
                    "characters") + "; expected " + title.orElse("some text");
            case "uniqueItems" -> "lists an item more than once; expected each item once" + parenthesised(title);
            case "required" -> {
                List<String> required = names(schema.get("required"));
                yield "missing required key '" + error.getProperty() + "'; expected "
                        + (required.size() > 1 ? "all of: " + String.join(", ", required) : title.orElse("key " + error.getProperty()));
            }
            default -> error.getMessage();
        };
    }

    /** The keys an additionalProperties error's object may have. */
    private static List<String> knownKeys(com.networknt.schema.Error additional) {
        return names(TREE.at(pointer(additional.getSchemaLocation()).head()).path("properties"));
    }

    private static String unknown(String what, String name, List<String> known) {
        String suggestion = closest(name, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
        return "unknown " + what + " '" + name + "'" + suggestion + "; expected one of: " + String.join(", ", known);
    }

    /**
     * The known name a misspelled name stands for: the one nearest to it, when no other is as near
     * and it is within {@value #MAX_EDITS} edits (and fewer edits than the name has characters).
     */
    private static Optional<String> closest(String name, List<String> known) {
        int best = known.stream().mapToInt(k -> edits(name, k)).min().orElse(Integer.MAX_VALUE);
        List<String> nearest = known.stream().filter(k -> edits(name, k) == best).toList();
        return nearest.size() == 1 && best <= MAX_EDITS && best < name.length() ? Optional.of(nearest.getFirst()) : Optional.empty();
    }

    /** The Levenshtein distance between two strings. */
    private static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The title of a schema, or of the schema that applies it to the same value when it is a branch
     * ({@code then}, {@code else}, an item of {@code allOf}).
     */
    private static Optional<String> title(JsonPointer schema) {
        for (JsonPointer p = schema; p != null; p = enclosing(p)) {
            JsonNode node = TREE.at(p);
            if (node.hasNonNull("title")) {
                return Optional.of(node.get("title").asText());
            }
        }
        return Optional.empty();
    }

    private static JsonPointer enclosing(JsonPointer branch) {
        if (branch.matches()) {
            return null;
        }
        String last = branch.last().getMatchingProperty();
        JsonPointer parent = branch.head();
        if (last.equals("then") || last.equals("else")) {
            return parent;
        }
        boolean item = last.chars().allMatch(Character::isDigit) && !parent.matches()
                && parent.last().getMatchingProperty().equals("allOf");
        return item ? parent.head() : null;
    }

    /** The schema a local {@code $ref} names, or the schema itself. */
    private static JsonPointer resolve(JsonPointer schema) {
        String ref = TREE.at(schema).path("$ref").asText();
        return ref.startsWith("#") ? JsonPointer.compile(ref.substring(1)) : schema;
    }

    private static JsonPointer pointer(SchemaLocation location) {
        NodePath fragment = location.getFragment();
        JsonPointer p = JsonPointer.empty();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            p = fragment.getElement(i) instanceof Integer index ? p.appendIndex(index) : p.appendProperty(fragment.getName(i));
        }
        return p;
    }

    private static FieldPath fieldPath(NodePath instance) {
        FieldPath path = FieldPath.ROOT;
        for (int i = 0; i < instance.getNameCount(); i++) {
            path = instance.getElement(i) instanceof Integer index ? path.index(index) : path.key(instance.getName(i));
        }
        return path;
    }

    private static Optional<String> lastKey(NodePath instance) {
        int n = instance.getNameCount();
        return n > 0 && instance.getElement(n - 1) instanceof String key ? Optional.of(key) : Optional.empty();
    }

    /** The field names of an object or the texts of an array, in schema order. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        } else {
            node.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "text '" + value.asText() + "'";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> value.asText();
            case OBJECT -> "a mapping";
            case ARRAY -> "a list";
            case NULL, MISSING -> "nothing";
            case BINARY, POJO -> value.toString();
        };
    }

    /** The JSON types of a {@code type} keyword in words: "a mapping or a list". */
    private static String types(JsonNode type) {
        List<String> words = new ArrayList<>();
        (type.isArray() ? type : List.of(type)).forEach(t -> words.add(switch (t.asText()) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "boolean" -> "true or false";
            default -> t.asText();
        }));
        return String.join(" or ", words);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String parenthesised(Optional<String> title) {
        return title.map(t -> " (" + t + ")").orElse("");
    }
}
