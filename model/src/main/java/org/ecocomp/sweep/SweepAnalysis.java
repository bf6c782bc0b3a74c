package org.ecocomp.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a finished sweep shows: the points' parameter values and outputs (column-wise), and for
 * each output the sensitivity analysis its design allows.
 *
 * @param parameters parameter names, in design order
 * @param outputs output names
 * @param values parameter values per point, {@code values[parameter][point]}
 * @param results outputs per point, {@code results[output][point]}
 * @param sobol Sobol indices per output (Saltelli designs)
 * @param morris elementary effects per output (Morris designs)
 * @param tornado one-at-a-time swings per output (tornado designs)
 */
public record SweepAnalysis(List<String> parameters, List<String> outputs, double[][] values, double[][] results,
                            Map<String, SobolIndices> sobol, Map<String, MorrisEffects> morris, Map<String, Tornado> tornado) {

    /** Copies the lists and maps (not the arrays, which may be large). */
    public SweepAnalysis {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
        sobol = Collections.unmodifiableMap(new LinkedHashMap<>(sobol));
        morris = Collections.unmodifiableMap(new LinkedHashMap<>(morris));
        tornado = Collections.unmodifiableMap(new LinkedHashMap<>(tornado));
        if (values.length != parameters.size() || results.length != outputs.size()) {
            throw new IllegalArgumentException("one column of values per parameter and of results per output");
        }
    }

    /**
     * Analyses a finished sweep with the method its design allows: Sobol indices for a Saltelli
     * design, elementary effects for Morris, swings for one-at-a-time; other designs get none (their
     * points still make scatter charts).
     *
     * @param spec the sweep
     * @param design its design
     * @param values parameter values per point, {@code values[parameter][point]}
     * @param results outputs per point, {@code results[output][point]}
     * @param random the bootstrap's randomness
     * @return the analysis
     */
    public static SweepAnalysis of(SweepSpec spec, Design design, double[][] values, double[][] results,
                                   java.util.random.RandomGenerator random) {
        Map<String, SobolIndices> sobol = new LinkedHashMap<>();
        Map<String, MorrisEffects> morris = new LinkedHashMap<>();
        Map<String, Tornado> tornado = new LinkedHashMap<>();
        for (int o = 0; o < spec.outputs().size(); o++) {
            String name = spec.outputs().get(o);
            switch (spec.design()) {
                case SweepSpec.DesignSpec.Saltelli s -> sobol.put(name, SobolAnalysis.analyze((SaltelliDesign) design, results[o],
                        new Bootstrap(s.bootstrap(), Bootstrap.DEFAULT.confidence()), random));
                case SweepSpec.DesignSpec.Morris m -> morris.put(name, MorrisAnalysis.analyze((MorrisDesign) design, results[o],
                        new Bootstrap(m.bootstrap(), Bootstrap.DEFAULT.confidence()), random));
                case SweepSpec.DesignSpec.OneAtATime t -> tornado.put(name, TornadoAnalysis.analyze((TornadoDesign) design, results[o]));
                case SweepSpec.DesignSpec.Grid g -> { }
                case SweepSpec.DesignSpec.RandomSample r -> { }
                case SweepSpec.DesignSpec.LatinHypercube l -> { }
            }
        }
        return new SweepAnalysis(spec.parameters().stream().map(p -> p.parameter().name()).toList(), spec.outputs(), values,
                results, sobol, morris, tornado);
    }
}
