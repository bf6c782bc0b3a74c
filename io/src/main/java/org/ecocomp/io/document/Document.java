package org.ecocomp.io.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * A parsed YAML or JSON file with the line and column of every key and value. A mapping or list is
 * located at its key, a scalar at its value. Duplicate keys are refused.
 */
public final class Document {

    private final Path file;
    private final JsonNode root;
    private final Map<JsonPointer, JsonLocation> locations;

    private Document(Path file, JsonNode root, Map<JsonPointer, JsonLocation> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Reads a document: JSON when the name ends in .json, otherwise YAML.
     *
     * @param file the file
     * @return the document
     * @throws InputException when the file is missing (66), not UTF-8, empty, or not well-formed (65)
     */
    public static Document read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(ExitCode.NO_INPUT, List.of(Problem.ofFile(file, "no such file")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.ofFile(file, "not UTF-8 text"));
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
                throw new InputException(Problem.ofFile(file, "empty document"));
            }
            return new Document(file, root, index(factory, text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("not well-formed");
            throw new InputException(new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    (json ? "not valid JSON: " : "not valid YAML: ") + message));
        }
    }

    private static Map<JsonPointer, JsonLocation> index(JsonFactory factory, String text) throws JsonProcessingException {
        Map<JsonPointer, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                if (token == JsonToken.FIELD_NAME || token.isStructStart()) {
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
        return locations;
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
}
