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
 * worker writes them under a folder of its own, each at the folder + its absolute path, where the
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
     * Writes the files under a folder, each at the folder + its absolute path.
     *
     * @param root the folder
     * @throws IOException when a file cannot be written
     */
    void writeUnder(Path root) throws IOException {
        for (int i = 0; i < paths.size(); i++) {
            Path target = under(root, paths.get(i));
            Files.createDirectories(target.getParent());
            Files.write(target, contents.get(i));
        }
    }

    /**
     * Where a shipped file is under a folder.
     *
     * @param root the folder
     * @param path the file's absolute path
     * @return root + the path without its file-system root
     */
    static Path under(Path root, String path) {
        Path p = Path.of(path);
        return root.resolve(p.getRoot().relativize(p).toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
