package org.ecocomp.io.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.scenario.Scenario;

/**
 * What a report says about one input of a run: whether the file is still the one the run read (its
 * SHA-256 as the manifest records it) and, when it is, what it declares about itself: title,
 * sources, the comment lines it opens with, its labelled assumptions, the clauses of an agreement,
 * the parameters of a sweep and its other settings.
 *
 * <p>Nothing is read from a file that is missing or changed since the run, so the same result
 * folder and the same input files always give the same notes.
 *
 * @param recorded the input as the manifest records it
 * @param status whether the file was found as recorded
 * @param title the file's {@code title}, or empty
 * @param name the file's {@code name}, or empty
 * @param kind the file's {@code kind} ({@code pilot}, ...), or empty
 * @param description the file's {@code description}, or empty
 * @param synthetic true when the file says its data are synthetic ({@code synthetic: true}, or a
 *     leading comment line starting with SYNTHETIC, as ecocomp's generated series have)
 * @param sources the file's {@code sources}
 * @param comments the comment lines the file opens with, without their {@code # } (at most
 *     {@value #MAX_COMMENT_LINES})
 * @param assumptions the file's {@code assumptions}, labelled [S], [I] or [U] in their notes
 * @param clauses one row per clause of the agreement: round, years, clause id, type, terms
 * @param parameters one row per sweep parameter: name, path, distribution
 * @param settings the file's other top-level entries, each written compactly on one line
 */
public record InputNotes(RunRecord.RecordedInput recorded, Status status, String title, String name, String kind,
                         String description, boolean synthetic, List<String> sources, List<String> comments,
                         List<Scenario.Assumption> assumptions, List<List<String>> clauses, List<List<String>> parameters,
                         Map<String, String> settings) {

    /** Most comment lines kept from the top of a file. */
    public static final int MAX_COMMENT_LINES = 40;
    /** Longest setting kept, in characters; longer ones end with an ellipsis. */
    public static final int MAX_SETTING_CHARS = 400;

    private static final Set<String> SEPARATE = Set.of("ecocomp", "ecocomp-sweep", "name", "title", "kind", "description",
            "synthetic", "sources", "assumptions", "rounds", "parameters");

    /** Whether an input was found as the manifest records it. */
    public enum Status {
        /** Found, with the recorded SHA-256: its notes are read. */
        VERIFIED,
        /** Found, with another SHA-256: changed since the run, not read. */
        CHANGED,
        /** Not found at the recorded path. */
        MISSING
    }

    /** Copies the collections and checks for nulls. */
    public InputNotes {
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
        comments = List.copyOf(comments);
        assumptions = List.copyOf(assumptions);
        clauses = clauses.stream().map(List::copyOf).toList();
        parameters = parameters.stream().map(List::copyOf).toList();
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * Checks an input and reads its notes when it is unchanged.
     *
     * @param recorded the input as the manifest records it
     * @param base the directory a relative recorded path is taken from (the directory the command
     *     ran in)
     * @return the notes; only the status when the file is missing or changed
     */
    public static InputNotes read(RunRecord.RecordedInput recorded, Path base) {
        Path file = base.resolve(recorded.path());
        if (!Files.isRegularFile(file)) {
            return bare(recorded, Status.MISSING);
        }
        try {
            if (!Manifest.sha256(file).equalsIgnoreCase(recorded.sha256())) {
                return bare(recorded, Status.CHANGED);
            }
        } catch (IOException e) {
            return bare(recorded, Status.MISSING);
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean structured = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
        List<String> comments = structured || lower.endsWith(".csv") || lower.endsWith(".txt") ? leadingComments(file) : List.of();
        boolean syntheticComment = comments.stream().anyMatch(c -> c.startsWith("SYNTHETIC"));
        JsonNode root = structured ? tree(file, lower.endsWith(".json")) : null;
        if (root == null || !root.isObject()) {
            return new InputNotes(recorded, Status.VERIFIED, "", "", "", "", syntheticComment, List.of(), comments, List.of(),
                    List.of(), List.of(), Map.of());
        }
        List<String> sources = new ArrayList<>();
        root.path("sources").forEach(s -> sources.add(s.asText()));
        List<Scenario.Assumption> assumptions = new ArrayList<>();
        for (JsonNode a : root.path("assumptions")) {
            assumptions.add(new Scenario.Assumption(a.path("path").asText(""), a.path("note").asText("")));
        }
        List<List<String>> clauses = new ArrayList<>();
        for (JsonNode round : root.path("rounds")) {
            String years = round.has("years") ? round.path("years").path("from").asText("") + "–"
                    + round.path("years").path("to").asText("") : "";
            for (JsonNode clause : round.path("clauses")) {
                Map<String, JsonNode> terms = new LinkedHashMap<>();
                clause.properties().forEach(e -> terms.put(e.getKey(), e.getValue()));
                terms.remove("id");
                terms.remove("type");
                clauses.add(List.of(round.path("name").asText(""), years, clause.path("id").asText(""),
                        clause.path("type").asText(""), fields(terms)));
            }
        }
        List<List<String>> parameters = new ArrayList<>();
        for (JsonNode p : root.path("parameters")) {
            Map<String, JsonNode> rest = new LinkedHashMap<>();
            p.properties().forEach(e -> rest.put(e.getKey(), e.getValue()));
            rest.remove("name");
            rest.remove("path");
            parameters.add(List.of(p.path("name").asText(""), p.path("path").asText(""), fields(rest)));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            if (!SEPARATE.contains(e.getKey())) {
                settings.put(e.getKey(), cap(compact(e.getValue())));
            }
        });
        return new InputNotes(recorded, Status.VERIFIED, text(root, "title"), text(root, "name"), text(root, "kind"),
                text(root, "description"), root.path("synthetic").asBoolean(false) || syntheticComment, sources, comments,
                assumptions, clauses, parameters, settings);
    }

    private static InputNotes bare(RunRecord.RecordedInput recorded, Status status) {
        return new InputNotes(recorded, status, "", "", "", "", false, List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of());
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.path(field);
        return n.isValueNode() ? n.asText().strip() : "";
    }

    private static JsonNode tree(Path file, boolean json) {
        try {
            ObjectMapper mapper = json ? new ObjectMapper() : new YAMLMapper();
            return mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;        // the run read it; notes are a courtesy, never a reason to fail the report
        }
    }

    /** The comment lines a file opens with (blank lines among them skipped), without {@code #}. */
    static List<String> leadingComments(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null && lines.size() < MAX_COMMENT_LINES; ) {
                String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (s.isBlank()) {
                    continue;
                }
                if (!s.startsWith("#")) {
                    break;
                }
                String c = s.substring(1).startsWith(" ") ? s.substring(2) : s.substring(1);
                if (!c.strip().startsWith("yaml-language-server:")) {
                    lines.add(c.stripTrailing());
                }
            }
        } catch (IOException e) {
            return List.of();   // not UTF-8 text: no notes
        }
        return lines;
    }

    private static String fields(Map<String, JsonNode> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + ": " + compact(v)));
        return String.join("; ", parts);
    }

    /** A YAML value on one line, in flow style: {@code [a, b]}, {@code {k: v}}. */
    static String compact(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(compact(n)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            node.properties().forEach(e -> items.add(e.getKey() + ": " + compact(e.getValue())));
            return "{" + String.join(", ", items) + "}";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.asText();
    }

    private static String cap(String s) {
        return s.length() <= MAX_SETTING_CHARS ? s : s.substring(0, MAX_SETTING_CHARS - 1) + "…";
    }
}
