package org.ecocomp.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a result was made: the command line, each input file with its SHA-256, seed, draws, threads,
 * versions, and start and end times. Written as {@code manifest.json}; the only file of a result
 * that differs between two runs of the same inputs (by its times).
 *
 * @param command the subcommand (assess, run, ...)
 * @param arguments the command-line arguments as given
 * @param inputs the input files
 * @param seed the base seed, if the run is random
 * @param draws the Monte Carlo draws or sweep points, if any
 * @param threads the worker threads
 * @param start when the run started
 * @param end when the result was complete
 * @param extra further facts of the run (name to value), in order
 */
public record Manifest(String command, List<String> arguments, List<Path> inputs, OptionalLong seed, OptionalLong draws,
                       int threads, Instant start, Instant end, Map<String, String> extra) {

    /** Copies the collections. */
    public Manifest {
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
        inputs = List.copyOf(inputs);
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /**
     * Writes the manifest as pretty JSON.
     *
     * @param file the file
     * @param version ecocomp's version
     * @throws IOException when an input cannot be hashed or the file cannot be written
     */
    public void write(Path file, String version) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "ecocomp");
        root.put("version", version);
        root.put("command", command);
        arguments.forEach(root.putArray("arguments")::add);
        var in = root.putArray("inputs");
        for (Path p : inputs) {
            ObjectNode node = in.addObject();
            node.put("path", p.toString());
            node.put("sha256", sha256(p));
            node.put("bytes", Files.size(p));
        }
        seed.ifPresent(s -> root.put("seed", s));
        draws.ifPresent(d -> root.put("draws", d));
        root.put("threads", threads);
        ObjectNode jvm = root.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        root.put("start", start.toString());
        root.put("end", end.toString());
        ObjectNode facts = root.putObject("facts");
        extra.forEach(facts::put);
        mapper.writeValue(file.toFile(), root);
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
