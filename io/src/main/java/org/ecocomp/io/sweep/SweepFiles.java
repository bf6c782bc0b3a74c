package org.ecocomp.io.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.ecocomp.io.document.Document;
import org.ecocomp.io.document.FieldPath;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.scenario.Money;
import org.ecocomp.io.scenario.ScenarioTemplate;
import org.ecocomp.scenario.ScenarioOutput;
import org.ecocomp.scenario.SimulationSpec;
import org.ecocomp.sweep.BadDesignException;
import org.ecocomp.sweep.Design;
import org.ecocomp.sweep.Distribution;
import org.ecocomp.sweep.Ishigami;
import org.ecocomp.sweep.Parameter;
import org.ecocomp.sweep.ReferenceFunction;
import org.ecocomp.sweep.SaltelliDesign;
import org.ecocomp.sweep.SobolG;
import org.ecocomp.sweep.SweepSpec;

/**
 * Reads sweep files (YAML or JSON); every problem is reported at once, located. See
 * {@code docs/sweeps.md} for the format.
 */
public final class SweepFiles {

    private static final Set<String> TOP = Set.of("ecocomp-sweep", "title", "scenario", "function", "mode", "draws", "seed",
            "design", "parameters", "outputs");
    private static final Set<String> PARAMETER = Set.of("name", "path", "uniform", "normal", "lognormal", "levels");
    /** Monte Carlo draws per point unless the file says. */
    public static final int DEFAULT_DRAWS_PER_POINT = 200;
    /**
     * The most points a sweep may have. A design beyond it is refused before anything is written: it
     * is almost always a typo (a grid of 100000 levels), and its design.csv alone would not fit on a disk.
     */
    public static final long MAX_POINTS = 10_000_000;
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "lognormal", "levels");

    private final Document doc;
    private final List<Problem> problems = new ArrayList<>();

    private SweepFiles(Document doc) {
        this.doc = doc;
    }

    /**
     * Reads a sweep file.
     *
     * @param file the file
     * @return the sweep, with its scenario read when it sweeps one
     * @throws InputException listing every problem (65), or a missing file (66)
     */
    public static LoadedSweep read(Path file) throws InputException {
        return new SweepFiles(Document.read(file)).build();
    }

    private LoadedSweep build() throws InputException {
        JsonNode root = doc.root();
        FieldPath top = FieldPath.ROOT;
        if (!root.isObject()) {
            throw new InputException(doc.problem(top, "expected a mapping with ecocomp-sweep, design, parameters and outputs"));
        }
        keys(root, top, TOP);
        if (!root.path("ecocomp-sweep").isInt()) {
            problems.add(doc.problem(top.key("ecocomp-sweep"), "missing or not a whole number; expected ecocomp-sweep: 1"));
        } else if (root.get("ecocomp-sweep").asInt() != 1) {
            problems.add(doc.problem(top.key("ecocomp-sweep"), "format version " + root.get("ecocomp-sweep").asInt()
                    + " is not one this ecocomp reads; expected ecocomp-sweep: 1"));
        }
        SweepSpec.Target target = target(root, top);
        boolean monteCarlo = false;
        if (root.has("mode")) {
            String mode = root.get("mode").asText();
            if (!mode.equals("replay") && !mode.equals("monte-carlo")) {
                problems.add(doc.problem(top.key("mode"), "'" + mode + "' is not a mode; expected replay or monte-carlo"));
            }
            monteCarlo = mode.equals("monte-carlo");
        }
        int draws = positiveInt(root, top, "draws", DEFAULT_DRAWS_PER_POINT);
        long seed = root.path("seed").isIntegralNumber() ? root.get("seed").asLong() : 0;
        if (root.has("seed") && !root.get("seed").isIntegralNumber()) {
            problems.add(doc.problem(top.key("seed"), "expected a whole number"));
        }
        SweepSpec.DesignSpec design = design(root.path("design"), top.key("design"));
        List<SweepSpec.SweepParameter> parameters = parameters(root.path("parameters"), top.key("parameters"), target);
        List<String> outputs = new ArrayList<>();
        JsonNode out = root.path("outputs");
        if (target instanceof SweepSpec.Target.FunctionTarget && out.isMissingNode()) {
            outputs.add("y");
        } else if (!out.isArray() || out.isEmpty()) {
            problems.add(doc.problem(top.key("outputs"), "expected a list of output names such as [JX.net_transfer.mean]"));
        } else {
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).isTextual()) {
                    problems.add(doc.problem(top.key("outputs").index(i), "expected an output name"));
                } else {
                    outputs.add(out.get(i).asText());
                }
            }
        }
        Optional<ScenarioTemplate> template = Optional.empty();
        if (target instanceof SweepSpec.Target.ScenarioTarget s) {
            try {
                template = Optional.of(ScenarioTemplate.load(s.file()));
            } catch (InputException e) {
                problems.add(doc.problem(top.key("scenario"), "the scenario is not valid:"));
                problems.addAll(e.problems());
            }
        }
        if (template.isPresent()) {
            ScenarioTemplate t = template.get();
            if (!root.has("mode")) {
                monteCarlo = t.base().scenario().simulation().mode() == SimulationSpec.Mode.MONTE_CARLO;
            }
            if (monteCarlo && t.base().quality().isEmpty()) {
                problems.add(doc.problem(top.key("mode"), "the scenario has no simulation.quality, which a Monte Carlo sweep needs"));
            }
            for (int i = 0; i < parameters.size(); i++) {
                String why = t.checkPath(parameters.get(i).path().orElse(""));
                if (!why.isEmpty()) {
                    problems.add(doc.problem(top.key("parameters").index(i).key("path"), why));
                }
            }
            List<String> parties = List.copyOf(t.base().scenario().agreement().parties().keySet());
            for (int i = 0; i < outputs.size(); i++) {
                try {
                    ScenarioOutput.parse(outputs.get(i), parties, monteCarlo);
                } catch (IllegalArgumentException e) {
                    problems.add(doc.problem(top.key("outputs").index(i), e.getMessage()));
                }
            }
        } else if (target instanceof SweepSpec.Target.FunctionTarget && !outputs.equals(List.of("y"))) {
            problems.add(doc.problem(top.key("outputs"), "a function sweep has the single output y"));
        }
        if (!problems.isEmpty() || target == null || design == null) {
            throw new InputException(ExitCode.DATA, problems.isEmpty() ? List.of(doc.problem(top, "incomplete sweep")) : problems);
        }
        SweepSpec spec = new SweepSpec(root.path("title").asText(doc.file().getFileName().toString()), target, design, seed,
                parameters, outputs, monteCarlo, draws);
        Design points;
        try {
            points = spec.buildDesign();
        } catch (BadDesignException e) {
            throw new InputException(ExitCode.DATA, List.of(doc.problem(top.key("design"), e.getMessage())));
        }
        if (points.size() > MAX_POINTS) {
            throw new InputException(ExitCode.DATA, List.of(doc.problem(top.key("design"), String.format(Locale.ROOT,
                    "%,d points (%s design over %d parameters); expected at most %,d: choose fewer levels, a smaller size or n, "
                    + "or fewer parameters", points.size(), design.method(), parameters.size(), MAX_POINTS))));
        }
        return new LoadedSweep(doc.file(), spec, points, template);
    }

    private SweepSpec.Target target(JsonNode root, FieldPath top) {
        boolean scenario = root.has("scenario");
        boolean function = root.has("function");
        if (scenario == function) {
            problems.add(doc.problem(top, "give exactly one of scenario: FILE or function: {ishigami: {a, b}} / {sobol-g: {a: [...]}}"));
            return null;
        }
        if (scenario) {
            return new SweepSpec.Target.ScenarioTarget(doc.file().toAbsolutePath().getParent().resolve(root.get("scenario").asText()).normalize());
        }
        JsonNode f = root.get("function");
        FieldPath fp = top.key("function");
        if (f.has("ishigami")) {
            JsonNode p = f.get("ishigami");
            return new SweepSpec.Target.FunctionTarget(new Ishigami(p.path("a").asDouble(Ishigami.STANDARD.a()),
                    p.path("b").asDouble(Ishigami.STANDARD.b())));
        }
        if (f.has("sobol-g") && f.get("sobol-g").path("a").isArray()) {
            List<Double> a = new ArrayList<>();
            f.get("sobol-g").get("a").forEach(x -> a.add(x.asDouble()));
            try {
                return new SweepSpec.Target.FunctionTarget(new SobolG(a));
            } catch (IllegalArgumentException e) {
                problems.add(doc.problem(fp.key("sobol-g").key("a"), e.getMessage()));
                return null;
            }
        }
        problems.add(doc.problem(fp, "unknown function; expected {ishigami: {a: 7, b: 0.1}} or {sobol-g: {a: [0, 1, 4.5, 9]}}"));
        return null;
    }

    private SweepSpec.DesignSpec design(JsonNode d, FieldPath at) {
        if (!d.isObject() || !d.has("method")) {
            problems.add(doc.problem(at, "expected a design such as {method: sobol, n: 1024}"));
            return null;
        }
        String method = d.get("method").asText();
        try {
            return switch (method) {
                case "grid" -> {
                    keys(d, at, Set.of("method", "levels"));
                    yield new SweepSpec.DesignSpec.Grid(positiveInt(d, at, "levels", 5));
                }
                case "random" -> {
                    keys(d, at, Set.of("method", "size"));
                    yield new SweepSpec.DesignSpec.RandomSample(positiveInt(d, at, "size", 1000));
                }
                case "lhs" -> {
                    keys(d, at, Set.of("method", "size"));
                    yield new SweepSpec.DesignSpec.LatinHypercube(positiveInt(d, at, "size", 1000));
                }
                case "sobol" -> {
                    keys(d, at, Set.of("method", "n", "secondOrder", "bootstrap"));
                    int n = positiveInt(d, at, "n", 1024);
                    SaltelliDesign.checkBaseSamples(n);
                    yield new SweepSpec.DesignSpec.Saltelli(n, d.path("secondOrder").asBoolean(false),
                            nonNegativeInt(d, at, "bootstrap", 1000));
                }
                case "morris" -> {
                    keys(d, at, Set.of("method", "trajectories", "levels", "bootstrap"));
                    int trajectories = positiveInt(d, at, "trajectories", 20);
                    int levels = positiveInt(d, at, "levels", 4);
                    if (levels % 2 != 0 || levels < 2) {
                        problems.add(doc.problem(at.key("levels"), "p = " + levels + "; expected an even number of levels, at least 2 "
                                + "(4 is usual): Morris's step of p/2 levels samples every level equally only for even p"));
                        levels = 4;
                    }
                    yield new SweepSpec.DesignSpec.Morris(trajectories, levels, nonNegativeInt(d, at, "bootstrap", 1000));
                }
                case "tornado" -> {
                    keys(d, at, Set.of("method", "percent"));
                    JsonNode percent = d.path("percent");
                    if (percent.isMissingNode()) {
                        yield new SweepSpec.DesignSpec.OneAtATime(10);
                    }
                    if (!percent.isNumber() || !(percent.asDouble() > 0) || !Double.isFinite(percent.asDouble())) {
                        problems.add(doc.problem(at.key("percent"), "'" + percent.asText() + "' is not a positive percentage; "
                                + "expected the move around each median, such as 10 for ±10%"));
                        yield null;
                    }
                    yield new SweepSpec.DesignSpec.OneAtATime(percent.asDouble());
                }
                default -> {
                    problems.add(doc.problem(at.key("method"), "'" + method + "' is not a design; expected grid, random, lhs, sobol, "
                            + "morris or tornado"));
                    yield null;
                }
            };
        } catch (IllegalArgumentException e) {
            problems.add(doc.problem(at, e.getMessage()));
            return null;
        }
    }

    private List<SweepSpec.SweepParameter> parameters(JsonNode list, FieldPath at, SweepSpec.Target target) {
        List<SweepSpec.SweepParameter> out = new ArrayList<>();
        if (target instanceof SweepSpec.Target.FunctionTarget f && list.isMissingNode()) {
            f.function().parameters().forEach(p -> out.add(new SweepSpec.SweepParameter(p, Optional.empty())));
            return out;
        }
        if (!list.isArray() || list.isEmpty()) {
            problems.add(doc.problem(at, "expected a list of parameters {name, path, uniform: [low, high]}"));
            return out;
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            FieldPath pp = at.index(i);
            keys(p, pp, PARAMETER);
            String name = p.path("name").asText(p.path("path").asText("x" + (i + 1)));
            FieldPath namedAt = p.has("name") ? pp.key("name") : pp.key("path");
            if (name.isBlank()) {
                problems.add(doc.problem(namedAt, "the name is blank; expected a name such as stake"));
                continue;
            }
            Integer first = names.putIfAbsent(name, i);
            if (first != null) {
                problems.add(doc.problem(namedAt, "'" + name + "' already names " + at.index(first).display()
                        + "; expected unique names (they head the columns of design.csv and sweep.csv)"));
            }
            Optional<String> path = p.has("path") ? Optional.of(p.get("path").asText()) : Optional.empty();
            if (target instanceof SweepSpec.Target.ScenarioTarget && path.isEmpty()) {
                problems.add(doc.problem(pp, "a scenario parameter needs a path such as rounds[0].clauses[bet].stake"));
            }
            List<String> given = DISTRIBUTIONS.stream().filter(p::has).toList();
            if (given.size() != 1) {
                problems.add(doc.problem(pp, "give one distribution: uniform: [low, high], normal: [mean, sd], "
                        + "lognormal: [mu, sigma] or levels: [v1, v2, ...]"));
                continue;
            }
            String kind = given.getFirst();
            JsonNode args = p.get(kind);
            List<Double> v = new ArrayList<>();
            for (int k = 0; k < args.size(); k++) {
                OptionalDouble x = Money.parse(args.get(k));
                if (x.isEmpty()) {
                    problems.add(doc.problem(pp.key(kind).index(k), "'" + args.get(k).asText() + "' is not a number or an amount"));
                } else {
                    v.add(x.getAsDouble());
                }
            }
            if (!args.isArray() || v.size() != args.size() || (!kind.equals("levels") && v.size() != 2) || v.isEmpty()) {
                if (v.size() == args.size()) {
                    problems.add(doc.problem(pp.key(kind), "expected " + (kind.equals("levels") ? "a list of values" : "two numbers")));
                }
                continue;
            }
            try {
                Distribution d = switch (kind) {
                    case "uniform" -> new Distribution.Uniform(v.get(0), v.get(1));
                    case "normal" -> new Distribution.Normal(v.get(0), v.get(1));
                    case "lognormal" -> new Distribution.LogNormal(v.get(0), v.get(1));
                    default -> new Distribution.Levels(v);
                };
                out.add(new SweepSpec.SweepParameter(new Parameter(name, d), path));
            } catch (IllegalArgumentException e) {
                problems.add(doc.problem(pp.key(kind), e.getMessage()));
            }
        }
        return out;
    }

    private void keys(JsonNode node, FieldPath at, Set<String> allowed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!allowed.contains(key)) {
                problems.add(doc.keyProblem(at.key(key), "unknown key '" + key + "'; expected one of " + String.join(", ",
                        allowed.stream().sorted().toList())));
            }
        }
    }

    private int positiveInt(JsonNode node, FieldPath at, String key, int otherwise) {
        if (!node.has(key)) {
            return otherwise;
        }
        if (!node.get(key).canConvertToInt() || !node.get(key).isIntegralNumber() || node.get(key).asInt() < 1) {
            problems.add(doc.problem(at.key(key), "expected a whole number of at least 1"));
            return otherwise;
        }
        return node.get(key).asInt();
    }

    private int nonNegativeInt(JsonNode node, FieldPath at, String key, int otherwise) {
        if (node.has(key) && node.get(key).isIntegralNumber() && node.get(key).asInt() == 0) {
            return 0;
        }
        return positiveInt(node, at, key, otherwise);
    }
}
