package org.ecocomp.report.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How a result was made, as its manifest records it; the report's "how this was made" section.
 *
 * @param tool the tool ({@code ecocomp})
 * @param version the tool's version
 * @param command the subcommand ({@code run}, {@code assess}, {@code sweep}, {@code optimize})
 * @param arguments the command-line arguments, the subcommand first
 * @param seed the base seed, if any
 * @param draws the Monte Carlo draws or sweep points, if any
 * @param threads the worker threads, if recorded
 * @param jvm the Java runtime's version, vendor and operating system
 * @param start when the run started (ISO-8601 as recorded)
 * @param end when the result was complete (ISO-8601 as recorded)
 * @param facts further facts of the run, in order
 */
public record Provenance(String tool, String version, String command, List<String> arguments, OptionalLong seed,
                         OptionalLong draws, OptionalInt threads, Map<String, String> jvm, String start, String end,
                         Map<String, String> facts) {

    /** Copies the collections and checks for nulls. */
    public Provenance {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(draws, "draws");
        Objects.requireNonNull(threads, "threads");
        jvm = Collections.unmodifiableMap(new LinkedHashMap<>(jvm));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
