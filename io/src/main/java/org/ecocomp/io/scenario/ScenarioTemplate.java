package org.ecocomp.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocomp.io.document.Document;
import org.ecocomp.io.problem.InputException;

/**
 * A scenario file read once, from which variants with some numbers changed are built (the points of
 * a sweep, the candidates of an optimiser). Data files are read once and shared; every variant is
 * checked exactly as a file is, and its problems are located in the original file.
 *
 * <p>A number is named by its path in the file: keys separated by dots, list elements by
 * {@code [index]} or by {@code [id]}, which selects the element whose {@code id}, {@code name} or
 * {@code code} is that text — {@code rounds[0].clauses[gd-pays].stake},
 * {@code economy.parties.JX.abatement.controllableShare}, {@code rounds[round 2].clauses[0].k0}.
 */
public final class ScenarioTemplate {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]+)]");

    private final Document doc;
    private final ScenarioInputs inputs = new ScenarioInputs();
    private final LoadedScenario base;

    private ScenarioTemplate(Document doc) throws InputException {
        this.doc = doc;
        this.base = ScenarioFiles.read(doc, inputs);
    }

    /**
     * Reads and checks a scenario file.
     *
     * @param file the scenario file
     * @return the template
     * @throws InputException when the file itself is not a valid scenario
     */
    public static ScenarioTemplate load(Path file) throws InputException {
        return new ScenarioTemplate(Document.read(file));
    }

    /** The scenario as written. */
    public LoadedScenario base() {
        return base;
    }

    /** The scenario file. */
    public Path file() {
        return doc.file();
    }

    /**
     * Every file the scenario reads: the scenario file, then its monitoring data and water-quality
     * models as it names them. Its variants read the same files (a variant changes numbers, not paths).
     *
     * @return the files, as the scenario names them (relative to the working directory when it was
     *     named so)
     */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(List.of(doc.file()));
        inputs.files().stream().filter(f -> !all.contains(f)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * Checks that a path names a number in the file.
     *
     * @param path the path
     * @return a message saying what is wrong, or empty text when the path names a number
     */
    public String checkPath(String path) {
        return checkPath(doc.root(), path);
    }

    /** Why a path does not name a number or an amount of a document root, or empty text. */
    static String checkPath(JsonNode root, String path) {
        try {
            JsonNode node = resolve(root, path);
            if (node.isTextual() && Money.parse(node).isEmpty()) {
                return "'" + path + "' names the text '" + node.asText() + "', not a number or an amount";
            }
            return node.isNumber() || node.isTextual() ? "" : "'" + path + "' names a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not a number or an amount";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The scenario with some numbers changed.
     *
     * @param values path → new value (yuan for money)
     * @return the variant, checked
     * @throws InputException when the variant is not a valid scenario (e.g. a negative stake)
     * @throws IllegalArgumentException when a path does not name a number of the file (check paths first)
     */
    public LoadedScenario with(Map<String, Double> values) throws InputException {
        JsonNode root = doc.root().deepCopy();
        values.forEach((path, value) -> set(root, path, value));
        return ScenarioFiles.read(doc.withRoot(root), inputs);
    }

    /**
     * The number at a path as the file writes it (money in yuan).
     *
     * @param path a path that names a number or an amount
     * @return the value
     */
    public double number(String path) {
        return Money.parse(resolve(doc.root(), path)).orElseThrow(
                () -> new IllegalArgumentException("'" + path + "' does not name a number or an amount"));
    }

    /**
     * The scenario with some numbers changed, as YAML a user can run from another folder: the data and
     * water-quality files are named relative to that folder. Comments of the original are not kept.
     *
     * @param values path → new value
     * @param folder the folder the YAML will be written to
     * @param comment a first comment line saying where the file comes from
     * @return the YAML text
     */
    public String rewrite(Map<String, Double> values, Path folder, String comment) {
        JsonNode root = doc.root().deepCopy();
        values.forEach((path, value) -> set(root, path, value));
        Path from = doc.file().toAbsolutePath().getParent();
        Path to = folder.toAbsolutePath().normalize();
        if (root.path("data").path("files") instanceof ArrayNode files) {
            for (int i = 0; i < files.size(); i++) {
                files.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        to.relativize(from.resolve(files.get(i).asText()).normalize()).toString()));
            }
        }
        if (root.path("simulation") instanceof ObjectNode sim && sim.has("quality")) {
            sim.put("quality", to.relativize(from.resolve(sim.get("quality").asText()).normalize()).toString());
        }
        try {
            var mapper = com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
            return "# " + comment + "\n# values changed: " + values + "\n" + mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed document can be written back", e);
        }
    }

    private static void set(JsonNode root, String path, double value) {
        List<String> segments = segments(path);
        int cut = lastSegmentStart(path);
        JsonNode parent = cut <= 0 ? root : resolve(root, path.substring(0, cut));
        String last = segments.getLast();
        JsonNode number = Math.rint(value) == value && Math.abs(value) < 1e15
                ? com.fasterxml.jackson.databind.node.LongNode.valueOf((long) value) : DoubleNode.valueOf(value);
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.set(last, number);
        } else if (parent instanceof ArrayNode a) {
            a.set(index(a, last, path), number);
        } else {
            throw new IllegalArgumentException("'" + path + "' does not name a value of the scenario");
        }
    }

    private static int lastSegmentStart(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        return path.endsWith("]") ? bracket : dot;
    }

    private static JsonNode resolve(JsonNode root, String path) {
        JsonNode node = root;
        for (String s : segments(path)) {
            if (node instanceof ArrayNode a) {
                node = a.get(index(a, s, path));
            } else if (node instanceof ObjectNode o && o.has(s)) {
                node = o.get(s);
            } else {
                throw new IllegalArgumentException("'" + path + "': no '" + s + "' here; expected one of "
                        + (node instanceof ObjectNode o ? String.join(", ", iterable(o)) : "nothing (a value)"));
            }
        }
        return node;
    }

    private static int index(ArrayNode a, String selector, String path) {
        if (selector.matches("\\d+")) {
            int i = Integer.parseInt(selector);
            if (i < a.size()) {
                return i;
            }
            throw new IllegalArgumentException("'" + path + "': index " + i + " is past the end of a list of " + a.size());
        }
        for (int i = 0; i < a.size(); i++) {
            for (String key : List.of("id", "name", "code")) {
                if (selector.equals(a.get(i).path(key).asText(null))) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("'" + path + "': no element with id, name or code '" + selector + "'");
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + path + "' is not a path such as rounds[0].clauses[bet].stake");
        }
        return out;
    }

    private static List<String> iterable(ObjectNode o) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
