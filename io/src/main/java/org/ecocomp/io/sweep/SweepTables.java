package org.ecocomp.io.sweep;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecocomp.io.table.CsvTable;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.Estimate;
import org.ecocomp.sweep.MorrisEffects;
import org.ecocomp.sweep.SobolIndices;
import org.ecocomp.sweep.SweepAnalysis;
import org.ecocomp.sweep.Tornado;

/** {@code design.csv} and {@code sensitivity.csv} of a sweep. */
public final class SweepTables {

    private SweepTables() {
    }

    /**
     * Writes every point of a design, streamed (a million-point design is never held in memory).
     *
     * @param file {@code design.csv}
     * @param design the design
     * @param names the parameter names
     * @throws IOException when the file cannot be written
     */
    public static void design(Path file, Design design, List<String> names) throws IOException {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(names);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CsvTable.line(header));
            double[] values = new double[names.size()];
            List<String> cells = new ArrayList<>(header.size());
            for (long row = 0; row < design.size(); row++) {
                design.point(row, values);
                cells.clear();
                cells.add(Long.toString(row));
                for (double v : values) {
                    cells.add(CsvTable.number(v));
                }
                w.write(CsvTable.line(cells));
            }
        }
    }

    /**
     * The indices of every output: Sobol S1, ST (and S2), Morris mu, mu*, sigma, or one-at-a-time
     * swings, with confidence bounds where the method gives them.
     *
     * @param analysis the analysis
     * @return output, parameter, method, index, value, conf_low, conf_high
     */
    public static CsvTable sensitivity(SweepAnalysis analysis) {
        CsvTable t = new CsvTable(List.of("output", "parameter", "method", "index", "value", "conf_low", "conf_high"));
        for (Map.Entry<String, SobolIndices> e : analysis.sobol().entrySet()) {
            SobolIndices s = e.getValue();
            for (int i = 0; i < s.parameters().size(); i++) {
                row(t, e.getKey(), s.parameters().get(i), "sobol", "S1", s.firstOrder().get(i));
                row(t, e.getKey(), s.parameters().get(i), "sobol", "ST", s.totalOrder().get(i));
            }
            for (SobolIndices.SecondOrderIndex pair : s.secondOrder()) {
                row(t, e.getKey(), s.parameters().get(pair.first()) + "×" + s.parameters().get(pair.second()), "sobol", "S2",
                        pair.estimate());
            }
        }
        for (Map.Entry<String, MorrisEffects> e : analysis.morris().entrySet()) {
            for (MorrisEffects.Effect f : e.getValue().effects()) {
                row(t, e.getKey(), f.parameter(), "morris", "mu", Estimate.of(f.mu()));
                row(t, e.getKey(), f.parameter(), "morris", "mu_star", f.muStar());
                row(t, e.getKey(), f.parameter(), "morris", "sigma", Estimate.of(f.sigma()));
            }
        }
        for (Map.Entry<String, Tornado> e : analysis.tornado().entrySet()) {
            for (Tornado.Bar b : e.getValue().bars()) {
                row(t, e.getKey(), b.parameter(), "tornado", "low_output", Estimate.of(b.lowOutput()));
                row(t, e.getKey(), b.parameter(), "tornado", "high_output", Estimate.of(b.highOutput()));
                row(t, e.getKey(), b.parameter(), "tornado", "swing", Estimate.of(b.swing()));
            }
        }
        return t;
    }

    private static void row(CsvTable t, String output, String parameter, String method, String index, Estimate e) {
        t.add(output, parameter, method, index, CsvTable.number(e.value()),
                e.hasInterval() ? CsvTable.number(e.lower()) : "", e.hasInterval() ? CsvTable.number(e.upper()) : "");
    }

    /** Every warning of every analysis, prefixed with its output. */
    public static List<String> warnings(SweepAnalysis analysis) {
        List<String> out = new ArrayList<>();
        analysis.sobol().forEach((o, s) -> s.warnings().forEach(w -> out.add(o + ": " + w)));
        analysis.morris().forEach((o, m) -> m.warnings().forEach(w -> out.add(o + ": " + w)));
        analysis.tornado().forEach((o, x) -> x.warnings().forEach(w -> out.add(o + ": " + w)));
        return out;
    }
}
