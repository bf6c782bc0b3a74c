package org.ecocomp.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The files a scenario sweep reads (sweep file, scenario, monitoring data, water-quality models),
 * read on the driver and shipped with the task, so that a worker needs no shared file system. A
 * worker that sees every file at its path with the same content reads them there; any other
 * worker writes them under a scratch folder, each at the folder + its absolute path, where the
 * relative paths between them (as scenario files write them) still hold.
 *
 * @param paths absolute, normalised paths
 * @param contents their bytes, in the same order
 * @param digest SHA-256 of paths and contents: the same files give the same digest
 */
record ShippedFiles(List<String> paths, List<byte[]> contents, String digest) implements Serializable {

    /**
     * Reads files.
     *
     * @param files the files
     * @return their paths and bytes
     * @throws IOException when a file cannot be read
     */
    static ShippedFiles read(List<Path> files) throws IOException {
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        MessageDigest sha = sha256();
        for (Path f : files) {
            String path = f.toAbsolutePath().normalize().toString();
            if (paths.contains(path)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(Path.of(path));
            paths.add(path);
            contents.add(bytes);
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(bytes);
        }
        return new ShippedFiles(List.copyOf(paths), List.copyOf(contents), HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether every file is on this machine, at its path, with the same bytes. */
    boolean inPlace() {
        for (int i = 0; i < paths.size(); i++) {
            Path p = Path.of(paths.get(i));
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != contents.get(i).length
                        || !Arrays.equals(Files.readAllBytes(p), contents.get(i))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the files under a folder, each at the folder + a name for its file-system root + the
     * rest of its absolute path ({@code /a/x.yaml} → {@code folder/_/a/x.yaml}, {@code C:\a\x.yaml}
     * → {@code folder\C_\a\x.yaml}).
     *
     * @param folder the folder
     * @throws IOException when a file cannot be written, or a path is not absolute on this machine
     *     (written on another operating system)
     */
    void writeUnder(Path folder) throws IOException {
        for (int i = 0; i < paths.size(); i++) {
            Path target = under(folder, paths.get(i));
            Files.createDirectories(target.getParent());
            Files.write(target, contents.get(i));
        }
    }

    /**
     * Where a shipped file is under a folder.
     *
     * @param folder the folder
     * @param path the file's absolute path on the driver
     * @return its place under the folder
     * @throws IOException when the path is not absolute on this machine
     */
    static Path under(Path folder, String path) throws IOException {
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            throw new IOException(path + " is not an absolute path here (the driver runs on another operating system)");
        }
        return folder.resolve(rootName(p.getRoot())).resolve(p.getRoot().relativize(p).toString());
    }

    /**
     * A text with the places of the files under a folder replaced by the driver's paths again.
     *
     * @param folder the folder the files were written under
     * @param text a message that may name them (or their folders)
     * @return the message as the driver would have written it
     */
    String onTheDriver(Path folder, String text) {
        String out = text;
        for (String path : paths) {
            Path root = Path.of(path).getRoot();
            if (root != null) {
                out = out.replace(folder.resolve(rootName(root)) + root.getFileSystem().getSeparator(), root.toString());
            }
        }
        return out;
    }

    /** A folder name for a file-system root: {@code /} → {@code _}, {@code C:\} → {@code C_}. */
    private static String rootName(Path root) {
        return root.toString().replaceAll("[^\\p{Alnum}]+", "_");
    }

    /**
     * Deletes a folder with everything under it, as far as it can: a scratch folder left behind is
     * removed with the executor's working folder.
     *
     * @param folder the folder
     */
    static void delete(Path folder) {
        try (var all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: see above.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
