package org.ecocomp.io.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
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
 * result); any other existing folder or file is refused, so a mistyped {@code --out} cannot delete
 * a user's files.
 */
public final class OutputDirectory implements AutoCloseable {

    /** The file that marks a folder as an ecocomp result. */
    public static final String MANIFEST = "manifest.json";

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
     * @return the folder under construction
     * @throws InputException (exit 73) when the target exists and is not an ecocomp result, or the
     *     temporary folder cannot be created
     */
    public static OutputDirectory create(Path target) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && Files.isRegularFile(absolute.resolve(MANIFEST)))) {
            throw cannotCreate(target, Files.isDirectory(absolute)
                    ? "exists and is not an ecocomp result (no manifest.json); choose another --out or remove it"
                    : "exists and is not a folder; choose another --out");
        }
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
     * @return the folder under construction
     * @throws InputException (exit 73) when the target exists and is not an ecocomp result, when an
     *     interrupted result exists and {@code resume} is false, or the folder cannot be created
     */
    public static OutputDirectory resumable(Path target, boolean resume) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && Files.isRegularFile(absolute.resolve(MANIFEST)))) {
            throw cannotCreate(target, "exists and is not an ecocomp result (no manifest.json); choose another --out or remove it");
        }
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
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
