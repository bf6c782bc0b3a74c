package org.ecocomp.io.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * The {@code manifest.json} of a result folder as read back: how the result was made.
 *
 * @param tool the tool that wrote it ({@code ecocomp})
 * @param version the tool's version
 * @param command the subcommand ({@code run}, {@code assess}, {@code sweep}, ...)
 * @param arguments the command-line arguments as given, the subcommand first
 * @param inputs the input files with their SHA-256 and size; the first is the scenario, sweep or
 *     data file
 * @param seed the base seed, if the run is random
 * @param draws the Monte Carlo draws or sweep points, if any
 * @param threads the worker threads, if recorded
 * @param jvm the Java runtime's version, vendor and operating system, in the manifest's order
 * @param start when the run started, as written (ISO-8601), or empty
 * @param end when the result was complete, as written (ISO-8601), or empty
 * @param facts further facts of the run, in the manifest's order
 */
public record RunRecord(String tool, String version, String command, List<String> arguments, List<RecordedInput> inputs,
                        OptionalLong seed, OptionalLong draws, OptionalInt threads, Map<String, String> jvm, String start,
                        String end, Map<String, String> facts) {

    /**
     * An input file as the manifest records it.
     *
     * @param path the path as the command was given it (relative to the directory it ran in, or absolute)
     * @param sha256 the SHA-256 of its bytes at run time, lower-case hex
     * @param bytes its size at run time
     */
    public record RecordedInput(String path, String sha256, long bytes) {

        /** Checks for nulls. */
        public RecordedInput {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** Copies the collections and checks for nulls. */
    public RunRecord {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(draws, "draws");
        Objects.requireNonNull(threads, "threads");
        jvm = Collections.unmodifiableMap(new LinkedHashMap<>(jvm));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * Reads a manifest.
     *
     * @param file the {@code manifest.json}
     * @return what it records
     * @throws InputException (65) when the file is not a manifest ecocomp wrote
     * @throws IOException when it cannot be read
     */
    public static RunRecord read(Path file) throws InputException, IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw bad(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "", "not JSON (" + e.getOriginalMessage()
                            + "); expected the manifest.json an ecocomp command writes");
        }
        if (root == null || !root.isObject() || !root.path("command").isTextual()) {
            throw bad(file, 0, 0, "command", "missing; expected the manifest.json an ecocomp command writes");
        }
        List<String> arguments = new ArrayList<>();
        root.path("arguments").forEach(a -> arguments.add(a.asText()));
        List<RecordedInput> inputs = new ArrayList<>();
        for (JsonNode in : root.path("inputs")) {
            if (!in.path("path").isTextual()) {
                throw bad(file, 0, 0, "inputs", "an input without a path; expected {path, sha256, bytes}");
            }
            inputs.add(new RecordedInput(in.path("path").asText(), in.path("sha256").asText(""), in.path("bytes").asLong(-1)));
        }
        Map<String, String> jvm = new LinkedHashMap<>();
        root.path("jvm").properties().forEach(e -> jvm.put(e.getKey(), e.getValue().asText()));
        Map<String, String> facts = new LinkedHashMap<>();
        root.path("facts").properties().forEach(e -> facts.put(e.getKey(), e.getValue().asText()));
        return new RunRecord(root.path("tool").asText(""), root.path("version").asText(""), root.path("command").asText(),
                arguments, inputs,
                root.path("seed").isNumber() ? OptionalLong.of(root.path("seed").asLong()) : OptionalLong.empty(),
                root.path("draws").isNumber() ? OptionalLong.of(root.path("draws").asLong()) : OptionalLong.empty(),
                root.path("threads").isNumber() ? OptionalInt.of(root.path("threads").asInt()) : OptionalInt.empty(),
                jvm, root.path("start").asText(""), root.path("end").asText(""), facts);
    }

    private static InputException bad(Path file, int line, int column, String field, String message) {
        return new InputException(ExitCode.DATA, List.of(new Problem(file, line, column, field, message)));
    }

    /**
     * The value of a command-line option as the run was given it: {@code --lang zh} or {@code --lang=zh}.
     *
     * @param name the option, e.g. {@code --lang}
     * @return its last value, or empty when the run was not given it
     */
    public Optional<String> option(String name) {
        String value = null;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals(name) && i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else if (a.startsWith(name + "=")) {
                value = a.substring(name.length() + 1);
            }
        }
        return Optional.ofNullable(value);
    }
}
