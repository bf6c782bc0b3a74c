package org.ecocomp.io.scenario;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.ecocomp.io.monitoring.MonitoringData;
import org.ecocomp.io.monitoring.MonitoringFiles;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.synthetic.SyntheticParameters;
import org.ecocomp.io.synthetic.SyntheticParametersReader;

/**
 * The files a scenario names (monitoring data, water-quality models), each read once and shared, so
 * that the thousands of variants of a sweep do not read them again. Thread-safe.
 */
final class ScenarioInputs {

    /** A read that succeeded or failed, kept either way. */
    private record Outcome<T>(T value, InputException failure) {
        T get() throws InputException {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    private final Map<String, Outcome<MonitoringData>> monitoring = new ConcurrentHashMap<>();
    private final Map<Path, Outcome<SyntheticParameters>> quality = new ConcurrentHashMap<>();
    /** Every file named so far, in the order first named. */
    private final LinkedHashSet<Path> files = new LinkedHashSet<>();

    /** The files named so far (read, or tried), in the order first named. */
    synchronized List<Path> files() {
        return List.copyOf(files);
    }

    private synchronized void named(List<Path> paths) {
        files.addAll(paths);
    }

    /** The monitoring data of some files. */
    MonitoringData monitoring(List<Path> files, OptionalInt year) throws InputException {
        named(files);
        return monitoring.computeIfAbsent(files + "|" + year, k -> {
            try {
                return new Outcome<>(MonitoringFiles.read(files, year), null);
            } catch (InputException e) {
                return new Outcome<>(null, e);
            }
        }).get();
    }

    /** The water-quality model of a parameter file. */
    SyntheticParameters quality(Path file) throws InputException {
        named(List.of(file));
        return quality.computeIfAbsent(file, k -> {
            try {
                return new Outcome<>(SyntheticParametersReader.read(file), null);
            } catch (InputException e) {
                return new Outcome<>(null, e);
            }
        }).get();
    }
}
