package org.ecocomp.io.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;

/**
 * A result folder under construction. Files are written into a temporary sibling folder;
 * {@link #commit()} moves it into place (replacing an earlier ecocomp result there); {@link #close()}
 * without a commit deletes the temporary folder, so a failed run leaves nothing behind and never
 * damages an earlier result.
 *
 * <p>An existing folder is replaced only when it holds a {@code manifest.json} (an earlier ecocomp
 * result) and nothing else of the user's: a committed result lists its files in
 * {@value #CONTENTS}, and a folder holding a file not listed there (a note, a data file copied in) is
 * refused, as is a folder that holds one of the run's own inputs. Any other existing folder or file
 * is refused too, so a mistyped {@code --out} cannot delete a user's files. (A result written before
 * the listing existed has none and is replaced as it is.)
 */
public final class OutputDirectory implements AutoCloseable {

    /** The file that marks a folder as an ecocomp result. */
    public static final String MANIFEST = "manifest.json";
    /** The file that lists a committed result's files, one relative path per line. */
    public static final String CONTENTS = ".ecocomp-contents";

    private final Path target;
    private final Path staging;
    private final boolean keepOnFailure;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, boolean keepOnFailure) {
        this.target = target;
        this.staging = staging;
        this.keepOnFailure = keepOnFailure;
    }

    /**
     * Starts a result folder.
     *
     * @param target where the result goes
     * @param inputs the files the run reads
     * @return the folder under construction
     * @throws InputException (exit 73) when the target exists and is not an ecocomp result, holds
     *     files ecocomp did not write or one of the inputs, or the temporary folder cannot be created
     */
    public static OutputDirectory create(Path target, Collection<Path> inputs) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(target, absolute, inputs);
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new OutputDirectory(absolute, staging, false);
        } catch (IOException e) {
            throw cannotCreate(target, "cannot create the output folder: " + e.getMessage());
        }
    }

    /**
     * Starts a result folder whose work may be interrupted and resumed (a sweep): it is built in the
     * fixed sibling {@code .NAME.partial}, which an interruption or a failure leaves in place so that
     * the same command with {@code resume} continues it.
     *
     * @param target where the result goes
     * @param resume whether to continue an interrupted result
     * @param inputs the files the run reads
     * @return the folder under construction
     * @throws InputException (exit 73) when the target exists and is not an ecocomp result or holds
     *     files ecocomp did not write or one of the inputs, when an interrupted result exists and
     *     {@code resume} is false, or the folder cannot be created
     */
    public static OutputDirectory resumable(Path target, boolean resume, Collection<Path> inputs) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(target, absolute, inputs);
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        if (Files.exists(staging) && !resume) {
            throw cannotCreate(target, "an interrupted run is in " + staging + "; continue it with --resume, or remove that folder");
        }
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw cannotCreate(target, "cannot create the output folder: " + e.getMessage());
        }
        return new OutputDirectory(absolute, staging, true);
    }

    /** Refuses a target that a commit must not replace. */
    private static void checkReplaceable(Path target, Path absolute, Collection<Path> inputs) throws InputException {
        if (!Files.exists(absolute)) {
            return;
        }
        if (!Files.isDirectory(absolute)) {
            throw cannotCreate(target, "exists and is not a folder; choose another --out");
        }
        if (!Files.isRegularFile(absolute.resolve(MANIFEST))) {
            throw cannotCreate(target, "exists and is not an ecocomp result (no manifest.json); choose another --out or remove it");
        }
        Path real = real(absolute);
        for (Path input : inputs) {
            if (real(input).startsWith(real)) {
                throw cannotCreate(target, "holds " + input + ", an input of this run, which replacing the folder would "
                        + "delete; choose another --out");
            }
        }
        Path contents = absolute.resolve(CONTENTS);
        if (!Files.isRegularFile(contents)) {
            return;
        }
        try {
            Set<String> listed = new HashSet<>(Files.readAllLines(contents, StandardCharsets.UTF_8));
            List<String> foreign = files(absolute).stream().filter(f -> !listed.contains(f)).toList();
            if (!foreign.isEmpty()) {
                throw cannotCreate(target, "holds files ecocomp did not write (" + String.join(", ", foreign.stream().limit(5).toList())
                        + (foreign.size() > 5 ? ", …" : "") + "), which replacing the folder would delete; move them or choose another --out");
            }
        } catch (IOException e) {
            throw cannotCreate(target, "cannot read the earlier result: " + e.getMessage());
        }
    }

    /**
     * Adds files written into a committed result in place (as {@code report} does) to its listing, so a
     * later run may replace them. A result without a listing is left as it is.
     *
     * @param folder the result folder
     * @param written the files written, inside the folder
     * @throws IOException when the listing cannot be rewritten
     */
    public static void recordWritten(Path folder, Collection<Path> written) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path contents = absolute.resolve(CONTENTS);
        if (!Files.isRegularFile(contents)) {
            return;
        }
        Set<String> listed = new TreeSet<>(Files.readAllLines(contents, StandardCharsets.UTF_8));
        for (Path p : written) {
            listed.add(relative(absolute, p.toAbsolutePath().normalize()));
        }
        Path tmp = absolute.resolve(CONTENTS + "." + ProcessHandle.current().pid() + ".tmp");
        Files.write(tmp, listed, StandardCharsets.UTF_8);
        move(tmp, contents, true);
    }

    /**
     * The regular files under a folder as relative paths with '/', sorted, leaving out only ecocomp's
     * own bookkeeping: the listing and the temporary files and folders a run or a report writes (a
     * user's dot files, such as {@code .notes} or {@code .git}, are files like any other).
     */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> relative(root, p))
                    .filter(r -> !r.equals(CONTENTS) && !(r.startsWith(".") && r.endsWith(".tmp"))
                            && !r.startsWith(".charts.partial-")).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static InputException cannotCreate(Path target, String message) {
        return new InputException(ExitCode.CANNOT_CREATE, List.of(Problem.ofFile(target, message)));
    }

    /** The path of a file inside the folder under construction. */
    public Path resolve(String name) {
        return staging.resolve(name);
    }

    /** Where the result will be once committed. */
    public Path target() {
        return target;
    }

    /**
     * Moves the complete result into place, replacing an earlier result.
     *
     * @throws IOException when the move fails; the earlier result is then restored
     */
    public void commit() throws IOException {
        Files.write(staging.resolve(CONTENTS), files(staging), StandardCharsets.UTF_8);
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the temporary folder unless the result was committed or the folder is resumable. */
    @Override
    public void close() throws IOException {
        if (!committed && !keepOnFailure) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        move(from, to, false);
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
