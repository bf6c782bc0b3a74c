package org.ecocomp.io.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * A parsed YAML or JSON file with the line and column of every key and value. A mapping or list is
 * located at its key, a scalar at its value. Duplicate keys and a second document are refused.
 */
public final class Document {

    private final Path file;
    private final JsonNode root;
    private final Map<JsonPointer, JsonLocation> locations;
    private final Map<JsonPointer, JsonLocation> keys;

    private Document(Path file, JsonNode root, Index index) {
        this(file, root, index.locations(), index.keys());
    }

    private Document(Path file, JsonNode root, Map<JsonPointer, JsonLocation> locations, Map<JsonPointer, JsonLocation> keys) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.keys = keys;
    }

    /**
     * The same document with some values changed (e.g. a sweep point): problems are still located
     * where the changed values stand in the file.
     *
     * @param changed the changed root, of the same shape
     * @return the document
     */
    public Document withRoot(JsonNode changed) {
        return new Document(file, changed, locations, keys);
    }

    /**
     * How a reader words the problems of a file it cannot take apart.
     *
     * @param empty the problem of a file that holds no value (nothing, only comments, or null)
     * @param notUtf8 the problem of a file that is not UTF-8 text
     * @param syntaxAtField how a syntax problem is reported: when true, with the path of the field the
     *     parser was in, a repeated YAML key located at the key itself, and every line of the parser's
     *     message but its excerpts of the source; when false, for the document as a whole (no field),
     *     where the parser stopped, with the first line of its message
     */
    public record Options(String empty, String notUtf8, boolean syntaxAtField) {

        /** The plain wording: "empty document", "not UTF-8 text", syntax problems for the whole document. */
        public static final Options DEFAULT = new Options("empty document", "not UTF-8 text", false);

        /** Checks for nulls. */
        public Options {
            Objects.requireNonNull(empty, "empty");
            Objects.requireNonNull(notUtf8, "notUtf8");
        }
    }

    /**
     * Reads a document, worded as {@link Options#DEFAULT}: JSON when the name ends in .json, otherwise YAML.
     *
     * @param file the file
     * @return the document
     * @throws InputException when the file is missing (66), not UTF-8, empty, or not well-formed (65)
     */
    public static Document read(Path file) throws InputException {
        return read(file, Options.DEFAULT);
    }

    /**
     * Reads a document: JSON when the name ends in .json, otherwise YAML.
     *
     * @param file the file
     * @param options how problems of the file as a whole and of its syntax are worded
     * @return the document
     * @throws InputException when the file is missing (66), not UTF-8, empty, or not well-formed (65)
     */
    public static Document read(Path file, Options options) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(file, "no such file")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.ofFile(file, options.notUtf8()));
        } catch (IOException e) {
            throw new InputException(ExitCode.IO, List.of(Problem.ofFile(file, "cannot read: " + e.getMessage())));
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = json ? JsonMapper.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : YAMLMapper.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        JsonFactory factory = json ? mapper.getFactory() : new YAMLFactory();
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InputException(Problem.ofFile(file, options.empty()));
            }
            return new Document(file, root, index(factory, text));
        } catch (JsonProcessingException e) {
            throw new InputException(syntaxProblem(file, e, json, options.syntaxAtField()));
        }
    }

    private static Problem syntaxProblem(Path file, JsonProcessingException e, boolean json, boolean atField) {
        JsonLocation at = e.getLocation();
        String field = "";
        String message;
        if (atField) {
            if (e.getProcessor() instanceof JsonParser p) {
                field = FieldPath.of(p.getParsingContext()).display();
                if (!json && !(e instanceof JacksonYAMLParseException)) {
                    // a repeated key: point at the key, not after it (YAML errors carry SnakeYAML's own mark)
                    at = p.currentTokenLocation();
                }
            }
            // without the source excerpts SnakeYAML adds (indented lines with the text and a caret)
            message = e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                    .collect(Collectors.joining(": "));
        } else if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            // where SnakeYAML found the problem (a tab, an unclosed bracket), not where the enclosing
            // construct began, and what it found, after what it was reading
            message = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
            return new Problem(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1, field,
                    "not valid YAML: " + message);
        } else {
            message = e.getOriginalMessage().lines().findFirst().orElse("not well-formed");
        }
        return new Problem(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                field, (json ? "not valid JSON: " : "not valid YAML: ") + message);
    }

    /** Where every value starts ({@code locations}) and where the key of every keyed value is. */
    private record Index(Map<JsonPointer, JsonLocation> locations, Map<JsonPointer, JsonLocation> keys) {
    }

    private static Index index(JsonFactory factory, String text) throws JsonProcessingException {
        Map<JsonPointer, JsonLocation> locations = new HashMap<>();
        Map<JsonPointer, JsonLocation> keys = new HashMap<>();
        int documents = 0;
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                boolean startsDocument = token.isStructStart() ? context.getParent().inRoot() : token.isScalarValue() && context.inRoot();
                if (startsDocument && ++documents > 1) {
                    throw new JsonParseException(parser, "a second document starts here; expected one document per file");
                }
                JsonPointer pointer = context.pathAsPointer();
                if (token == JsonToken.FIELD_NAME) {
                    keys.putIfAbsent(pointer, parser.currentTokenLocation());
                    locations.putIfAbsent(pointer, parser.currentTokenLocation());
                } else if (token.isStructStart()) {
                    locations.putIfAbsent(pointer, parser.currentTokenLocation());
                } else if (token.isScalarValue()) {
                    locations.put(pointer, parser.currentTokenLocation());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading from a string cannot fail", e);
        }
        return new Index(locations, keys);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The document's root value. */
    public JsonNode root() {
        return root;
    }

    /**
     * A problem located at a value, or at its nearest located ancestor.
     *
     * @param path the value's path
     * @param message what is wrong and what was expected
     * @return the problem
     */
    public Problem problem(FieldPath path, String message) {
        for (JsonPointer p = path.pointer(); p != null; p = p.head()) {
            JsonLocation at = locations.get(p);
            if (at != null) {
                return new Problem(file, at.getLineNr(), at.getColumnNr(), path.display(), message);
            }
        }
        return new Problem(file, 0, 0, path.display(), message);
    }

    /**
     * A problem with a key itself (unknown or misspelled), located at the key even when its value is a
     * scalar; for a value without a key (a list item) the same as {@link #problem(FieldPath, String)}.
     *
     * @param path the path of the key's value
     * @param message what is wrong and what was expected
     * @return the problem
     */
    public Problem keyProblem(FieldPath path, String message) {
        JsonLocation at = keys.get(path.pointer());
        return at == null ? problem(path, message) : new Problem(file, at.getLineNr(), at.getColumnNr(), path.display(), message);
    }
}
