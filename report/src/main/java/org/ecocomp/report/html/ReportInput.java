package org.ecocomp.report.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocomp.scenario.Scenario;

/**
 * One input of a run as the report receives it: as the manifest records it, whether it was found
 * unchanged, and what it says about itself (read only when unchanged).
 *
 * @param path the path as the manifest records it
 * @param sha256 the SHA-256 the manifest records
 * @param bytes the size the manifest records
 * @param status whether the file was found unchanged
 * @param title its {@code title}, or empty
 * @param name its {@code name}, or empty
 * @param kind its {@code kind}, or empty
 * @param description its {@code description}, or empty
 * @param synthetic whether it says its data are synthetic
 * @param sources its {@code sources}
 * @param comments the comment lines it opens with
 * @param assumptions its labelled assumptions ([S], [I], [U] at the start of a note)
 * @param clauses agreement clauses: round, years, clause id, type, terms
 * @param parameters sweep parameters: name, path, distribution
 * @param settings its other top-level entries, each on one line
 */
public record ReportInput(String path, String sha256, long bytes, Status status, String title, String name, String kind,
                          String description, boolean synthetic, List<String> sources, List<String> comments,
                          List<Scenario.Assumption> assumptions, List<List<String>> clauses, List<List<String>> parameters,
                          Map<String, String> settings) {

    /** Whether an input was found as recorded. */
    public enum Status {
        /** Found with the recorded SHA-256. */
        VERIFIED,
        /** Found with another SHA-256. */
        CHANGED,
        /** Not found. */
        MISSING
    }

    /** Copies the collections and checks for nulls. */
    public ReportInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
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
     * An input known only by its manifest entry.
     *
     * @param path the recorded path
     * @param sha256 the recorded SHA-256
     * @param bytes the recorded size
     * @param status whether it was found
     * @return the input without notes
     */
    public static ReportInput bare(String path, String sha256, long bytes, Status status) {
        return new ReportInput(path, sha256, bytes, status, "", "", "", "", false, List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of());
    }
}
