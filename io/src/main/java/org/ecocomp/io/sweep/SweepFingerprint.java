package org.ecocomp.io.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.ScenarioTemplate;
import org.ecocomp.sweep.SweepSpec;

/**
 * Everything that determines a sweep's points and their outputs: what is evaluated (the function,
 * or the scenario with the SHA-256 of each file it reads), the mode and draws, the seed, the design
 * and its settings, each parameter's name, distribution and path, and the outputs. The title is left
 * out.
 *
 * <p>A sweep keeps its fingerprint in its partial folder ({@link #FILE}) from the start, so that
 * {@code --resume} continues only the same sweep: an interrupted sweep's finished points are never
 * mixed with the points of an edited sweep file or scenario.
 */
public final class SweepFingerprint {

    /** The fingerprint's file in a partial folder; it is not part of the finished result. */
    public static final String FILE = ".sweep-fingerprint.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Fact name to value, in a fixed order. */
    private final Map<String, String> facts;

    private SweepFingerprint(Map<String, String> facts) {
        this.facts = facts;
    }

    /**
     * The fingerprint of a sweep.
     *
     * @param loaded the sweep as read
     * @return its fingerprint
     * @throws IOException when a file of its scenario cannot be read
     */
    public static SweepFingerprint of(LoadedSweep loaded) throws IOException {
        SweepSpec spec = loaded.spec();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("target", switch (spec.target()) {
            case SweepSpec.Target.ScenarioTarget s -> "scenario " + s.file();
            case SweepSpec.Target.FunctionTarget f -> "function " + f.function();
        });
        facts.put("mode", spec.monteCarlo() ? "monte-carlo" : "replay");
        facts.put("draws", Integer.toString(spec.draws()));
        facts.put("seed", Long.toString(spec.seed()));
        facts.put("design", spec.design().toString());
        for (int i = 0; i < spec.parameters().size(); i++) {
            SweepSpec.SweepParameter p = spec.parameters().get(i);
            facts.put("parameters[" + i + "]", p.parameter().name() + " " + p.parameter().distribution()
                    + p.path().map(path -> " at " + path).orElse(""));
        }
        facts.put("outputs", String.join(", ", spec.outputs()));
        for (Path input : loaded.template().map(ScenarioTemplate::files).orElse(List.of())) {
            facts.put("file " + input.toAbsolutePath().normalize(), "sha256 " + Manifest.sha256(input));
        }
        return new SweepFingerprint(facts);
    }

    /**
     * Keeps the fingerprint in a sweep's partial folder: writes it into a folder that is new (empty),
     * else checks that the folder's is the same.
     *
     * @param folder the partial folder
     * @param sweepFile the sweep file, where problems are reported
     * @throws InputException (65) when the folder holds another sweep (naming every fact that
     *     differs), or holds files without a fingerprint, or a fingerprint that cannot be read
     * @throws IOException when the folder cannot be read or written
     */
    public void keepIn(Path folder, Path sweepFile) throws IOException, InputException {
        Path file = folder.resolve(FILE);
        if (Files.exists(file)) {
            check(read(file, sweepFile), folder, sweepFile);
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.findAny().isPresent()) {
                throw new InputException(ExitCode.DATA, List.of(Problem.ofFile(sweepFile, "the interrupted sweep in " + folder
                        + " has no " + FILE + ", so it cannot be checked to be this sweep (was it made by an older ecocomp?); "
                        + "remove that folder to start again")));
            }
        }
        Path temporary = folder.resolve(FILE + ".tmp");
        JSON.writeValue(temporary.toFile(), facts);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, String> read(Path file, Path sweepFile) throws IOException, InputException {
        try {
            return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new InputException(ExitCode.DATA, List.of(Problem.ofFile(sweepFile, "the interrupted sweep's " + file
                    + " cannot be read (" + e.getOriginalMessage() + "); remove " + file.getParent() + " to start again")));
        }
    }

    private void check(Map<String, String> kept, Path folder, Path sweepFile) throws InputException {
        Set<String> names = new LinkedHashSet<>(kept.keySet());
        names.addAll(facts.keySet());
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            String was = kept.getOrDefault(name, "(none)");
            String now = facts.getOrDefault(name, "(none)");
            if (!Objects.equals(was, now)) {
                problems.add(Problem.ofFile(sweepFile, name + " differs from the interrupted sweep's: was " + was + ", now " + now));
            }
        }
        if (!problems.isEmpty()) {
            problems.addFirst(Problem.ofFile(sweepFile, "this sweep is not the interrupted one in " + folder + ", so --resume "
                    + "would mix the points of two sweeps; restore the sweep file (and its scenario) or remove that folder to "
                    + "start again"));
            throw new InputException(ExitCode.DATA, problems);
        }
    }
}
