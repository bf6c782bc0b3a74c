package org.ecocomp.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.ecocomp.agreement.Agreement;
import org.ecocomp.agreement.AmountSchedule;
import org.ecocomp.agreement.Clause;
import org.ecocomp.agreement.QualityTest;
import org.ecocomp.agreement.Round;
import org.ecocomp.basin.Party;
import org.ecocomp.basin.Section;
import org.ecocomp.io.document.Document;
import org.ecocomp.io.document.FieldPath;
import org.ecocomp.io.monitoring.MonitoringData;
import org.ecocomp.io.monitoring.SectionInfo;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;
import org.ecocomp.basin.ChainLink;
import org.ecocomp.economy.Abatement;
import org.ecocomp.economy.Benefit;
import org.ecocomp.economy.Effort;
import org.ecocomp.economy.PartyEconomy;
import org.ecocomp.economy.Standard;
import org.ecocomp.io.synthetic.SyntheticParameters;
import org.ecocomp.scenario.OptimizeSpec;
import org.ecocomp.scenario.Scenario;
import org.ecocomp.scenario.SimulationSpec;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.SyntheticSeries;
import org.ecocomp.simulation.YearRange;

/**
 * Reads scenario files: the JSON Schema checks structure ({@link ScenarioSchema}); this class then
 * builds the records and checks meaning — parties and sections that exist, shares that sum to 1,
 * rounds that do not overlap, conditions that name a clause of the round, schedules that cover every
 * year, and data that hold every section, indicator and flow the clauses need. Every problem is
 * reported at once, located in the file.
 */
public final class ScenarioFiles {

    private static final double SUM_TOLERANCE = 1e-6;

    private final Document doc;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, FieldPath> sectionPaths = new LinkedHashMap<>();
    private final Map<String, String> sectionParty = new LinkedHashMap<>();
    private final Map<String, Optional<WaterBodyType>> declaredBody = new LinkedHashMap<>();
    /** What the clauses need of the data: section → indicator → where it is asked for. */
    private final Map<String, Map<Indicator, FieldPath>> needs = new LinkedHashMap<>();

    private final ScenarioInputs inputs;

    private ScenarioFiles(Document doc, ScenarioInputs inputs) {
        this.doc = doc;
        this.inputs = inputs;
    }

    /**
     * Reads and checks a scenario file and the data it names.
     *
     * @param file the scenario file (YAML or JSON)
     * @return the scenario and its data
     * @throws InputException listing every problem of the file (65), or a missing file (66)
     */
    public static LoadedScenario read(Path file) throws InputException {
        return read(Document.read(file), new ScenarioInputs());
    }

    /**
     * Checks and builds a scenario from a parsed document, reading its data files through a cache.
     *
     * @param doc the document (possibly with changed values, see {@link Document#withRoot})
     * @param inputs the data files and water-quality models already read
     * @return the scenario and its data
     * @throws InputException listing every problem
     */
    static LoadedScenario read(Document doc, ScenarioInputs inputs) throws InputException {
        List<Problem> structure = new ArrayList<>(ScenarioSchema.validate(doc));
        if (structure.isEmpty()) {
            magnitudes(doc, doc.root(), FieldPath.ROOT, "", structure);
        }
        if (!structure.isEmpty()) {
            throw new InputException(ExitCode.DATA, structure);
        }
        return new ScenarioFiles(doc, inputs).build();
    }

    /**
     * The largest number a scenario may give, in particular an amount in yuan: settlement counts fen in
     * 64-bit integers (9.2e16 yuan), and 1e15 (10⁷亿) leaves each amount a margin of about 90 times below
     * that; totals over many years or clauses of such amounts could still reach it.
     */
    static final double MAX_YUAN = 1e15;

    /**
     * Numbers the schema admits but ecocomp cannot compute with: one that is not finite ({@code 1e400}),
     * a seed beyond a 64-bit integer, a number beyond {@link #MAX_YUAN}.
     */
    private static void magnitudes(Document doc, JsonNode node, FieldPath at, String key, List<Problem> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> magnitudes(doc, e.getValue(), at.key(e.getKey()), e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                magnitudes(doc, node.get(i), at.index(i), key, out);
            }
        } else if (key.equals("seed")) {
            if (!node.canConvertToLong()) {
                out.add(doc.problem(at, "a seed must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE));
            }
        } else if (node.isNumber() || node.isTextual()) {
            OptionalDouble v = node.isNumber() ? OptionalDouble.of(node.doubleValue()) : Money.parse(node.asText());
            if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
                out.add(doc.problem(at, node.asText() + " is not a finite number"));
            } else if (v.isPresent() && Math.abs(v.getAsDouble()) > MAX_YUAN) {
                out.add(doc.problem(at, node.asText() + " is more than ecocomp counts: at most 1e15"));
            }
        }
    }

    private LoadedScenario build() throws InputException {
        JsonNode root = doc.root();
        FieldPath top = FieldPath.ROOT;
        readParties(root.get("parties"), top.key("parties"));
        readSections(root.get("sections"), top.key("sections"));
        List<Round> rounds = readRounds(root.get("rounds"), top.key("rounds"));
        JsonNode data = root.get("data");
        Path folder = doc.file().toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        data.get("files").forEach(f -> files.add(folder.resolve(f.asText()).normalize()));
        OptionalInt year = data.has("year") ? OptionalInt.of(data.get("year").asInt()) : OptionalInt.empty();
        MonitoringData monitoring = null;
        try {
            monitoring = inputs.monitoring(files, year);
        } catch (InputException e) {
            problems.add(doc.problem(top.key("data").key("files"), "the data files cannot be read:"));
            problems.addAll(e.problems());
        }
        if (monitoring != null) {
            checkData(monitoring);
        }
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.DATA, problems);
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        for (String name : sectionPaths.keySet()) {
            SectionInfo info = monitoring.sections().get(name);
            WaterBodyType body = declaredBody.get(name).orElseGet(() -> info.waterBody()
                    .orElseGet(() -> WaterBodyType.recognise(name, info.algaeMeasured())));
            sections.put(name, new Section(name, sectionParty.get(name), body));
        }
        Agreement agreement = new Agreement(root.get("name").asText(), parties, sections, rounds);
        List<String> sources = new ArrayList<>();
        if (root.has("sources")) {
            root.get("sources").forEach(s -> sources.add(s.asText()));
        }
        List<Scenario.Assumption> assumptions = new ArrayList<>();
        if (root.has("assumptions")) {
            root.get("assumptions").forEach(a -> assumptions.add(new Scenario.Assumption(a.get("path").asText(), a.get("note").asText())));
        }
        JsonNode assessment = root.path("assessment");
        AnnualMeanMethod method = "samples".equals(assessment.path("annualMean").asText("monthly"))
                ? AnnualMeanMethod.MEAN_OF_SAMPLES : AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS;
        MissingMonthPolicy policy = switch (assessment.path("missingMonths").asText("count-as-failed")) {
            case "exclude" -> MissingMonthPolicy.EXCLUDE;
            case "refuse" -> MissingMonthPolicy.REFUSE;
            default -> MissingMonthPolicy.COUNT_AS_FAILED;
        };
        Scenario.Kind kind = Scenario.Kind.valueOf(root.path("kind").asText("example").toUpperCase(java.util.Locale.ROOT));
        SimulationSpec simulation = simulation(root.path("simulation"), top.key("simulation"), folder, agreement);
        Map<String, PartyEconomy> economy = economy(root.path("economy").path("parties"), top.key("economy").key("parties"));
        Optional<OptimizeSpec> optimize = optimize(root.path("optimize"), top.key("optimize"));
        List<Standard> standards = standards(root.path("standards"), top.key("standards"));
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.DATA, problems);
        }
        Scenario scenario = new Scenario(root.get("name").asText(), root.path("title").asText(root.get("name").asText()), kind,
                sources, assumptions, files, year, method, policy, agreement, simulation, economy, optimize, standards);
        Optional<SyntheticSeries> model = Optional.empty();
        if (simulation.quality().isPresent()) {
            model = Optional.of(inputs.quality(simulation.quality().get()).series());
            checkModel(model.get(), top.key("simulation").key("quality"));
            if (!problems.isEmpty()) {
                throw new InputException(ExitCode.DATA, problems);
            }
        }
        return new LoadedScenario(scenario, monitoring, model);
    }

    /**
     * A projection draws only what the water-quality model models: every indicator a clause grades (or
     * weighs) at a section the model covers must be modelled there, or each draw would lack it.
     */
    private void checkModel(SyntheticSeries model, FieldPath quality) {
        Map<String, List<Indicator>> modelled = new HashMap<>();
        model.sections().forEach(sp -> modelled.put(sp.name(), sp.indicators()));
        needs.forEach((section, indicators) -> {
            List<Indicator> has = modelled.get(section);
            if (has == null) {
                return;
            }
            indicators.forEach((indicator, where) -> {
                if (!has.contains(indicator)) {
                    problems.add(doc.problem(where, "the water-quality model (" + doc.root().path("simulation").path("quality")
                            .asText() + ") does not model " + indicator.code() + " at " + section
                            + ", so a projection could not settle this clause; add it to the model or leave it out here"));
                }
            });
        });
    }

    // ------------------------------------------------------------------ compensation standards

    /** The fields each valuation method needs (published takes amount or parts instead). */
    private static final Map<String, List<String>> STANDARD_FIELDS = Map.of(
            "cost", List.of("directCost", "opportunityCost"),
            "ecosystem-service", List.of("hectares", "equivalents", "equivalentValue"),
            "water-resource", List.of("volume", "price"),
            "willingness-to-pay", List.of("households", "perHousehold"),
            "published", List.of());

    private List<Standard> standards(JsonNode list, FieldPath path) {
        List<Standard> out = new ArrayList<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            JsonNode n = list.get(i);
            FieldPath at = path.index(i);
            String method = n.get("method").asText();
            List<String> fields = STANDARD_FIELDS.get(method);
            int before = problems.size();
            for (String field : fields) {
                if (!n.has(field)) {
                    problems.add(doc.problem(at, "a " + method + " standard needs " + String.join(", ", fields) + "; " + field
                            + " is missing"));
                }
            }
            Set<String> allowed = new HashSet<>(fields);
            allowed.addAll(List.of("method", "label"));
            if (method.equals("ecosystem-service")) {
                allowed.add("spillover");
            }
            if (method.equals("published")) {
                allowed.addAll(List.of("amount", "parts"));
                if (n.has("amount") == n.has("parts")) {
                    problems.add(doc.problem(at, "a published standard needs amount or parts (one of them)"));
                }
            }
            n.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    problems.add(doc.keyProblem(at.key(f), f + " is not a field of a " + method + " standard; expected "
                            + String.join(", ", fields.isEmpty() ? List.of("amount", "parts") : fields)));
                }
            });
            if (method.equals("ecosystem-service") && n.has("hectares") && n.has("equivalents")
                    && !keys(n.get("hectares")).equals(keys(n.get("equivalents")))) {
                problems.add(doc.problem(at.key("equivalents"), "the land types of equivalents " + keys(n.get("equivalents"))
                        + " differ from those of hectares " + keys(n.get("hectares"))));
            }
            String label = n.get("label").asText();
            if (label.isBlank()) {
                problems.add(doc.problem(at.key("label"), "an empty label; expected what is valued and the source"));
            }
            if (problems.size() > before) {
                continue;
            }
            Standard standard = switch (method) {
                case "cost" -> new Standard.CostBased(label, money(n.get("directCost")), money(n.get("opportunityCost")));
                case "ecosystem-service" -> new Standard.EcosystemService(label, numbers(n.get("hectares")),
                        numbers(n.get("equivalents")), money(n.get("equivalentValue")), n.path("spillover").asDouble(1));
                case "water-resource" -> new Standard.WaterResource(label, n.get("volume").asDouble(), n.get("price").asDouble());
                case "willingness-to-pay" -> new Standard.WillingnessToPay(label, n.get("households").asDouble(),
                        money(n.get("perHousehold")));
                default -> {
                    Map<String, Double> parts = new LinkedHashMap<>();
                    if (n.has("amount")) {
                        parts.put(label, money(n.get("amount")));
                    } else {
                        n.get("parts").properties().forEach(e -> parts.put(e.getKey(), money(e.getValue())));
                    }
                    yield new Standard.Published(label, parts);
                }
            };
            if (standard.yearly() > MAX_YUAN) {
                problems.add(doc.problem(at, String.format(java.util.Locale.ROOT,
                        "the standard comes to %.4g yuan per year, more than ecocomp counts (at most 1e15)", standard.yearly())));
            } else {
                out.add(standard);
            }
        }
        return out;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Map<String, Double> numbers(JsonNode object) {
        Map<String, Double> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return out;
    }

    // ------------------------------------------------------------------ parties and sections

    private void readParties(JsonNode list, FieldPath path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String code = p.get("code").asText();
            if (parties.containsKey(code)) {
                problems.add(doc.problem(path.index(i).key("code"), "party " + code + " is declared twice"));
            }
            parties.put(code, new Party(code, p.path("name").asText(code)));
        }
    }

    private void readSections(JsonNode list, FieldPath path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            FieldPath at = path.index(i);
            String name = s.get("name").asText();
            if (sectionPaths.containsKey(name)) {
                problems.add(doc.problem(at.key("name"), "section " + name + " is declared twice"));
            }
            sectionPaths.put(name, at);
            sectionParty.put(name, party(s.get("party"), at.key("party")));
            declaredBody.put(name, s.has("waterBody")
                    ? Optional.of("lake".equals(s.get("waterBody").asText()) ? WaterBodyType.LAKE : WaterBodyType.RIVER)
                    : Optional.empty());
        }
    }

    private String party(JsonNode node, FieldPath path) {
        String code = node.asText();
        if (!parties.containsKey(code)) {
            problems.add(doc.problem(path, "unknown party '" + code + "'; expected one of " + String.join(", ", parties.keySet())
                    + " (declare it under parties)"));
        }
        return code;
    }

    private String section(JsonNode node, FieldPath path) {
        String name = node.asText();
        if (!sectionPaths.containsKey(name)) {
            problems.add(doc.problem(path, "unknown section '" + name + "'; expected one of "
                    + String.join(", ", sectionPaths.keySet()) + " (declare it under sections)"));
        }
        return name;
    }

    // ------------------------------------------------------------------ rounds

    private List<Round> readRounds(JsonNode list, FieldPath path) {
        List<Round> rounds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lastEnd = Integer.MIN_VALUE;
        String lastName = "";
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            FieldPath at = path.index(i);
            int from = r.get("years").get("from").asInt();
            int to = r.get("years").get("to").asInt();
            if (to < from) {
                problems.add(doc.problem(at.key("years").key("to"), "the round ends (" + to + ") before it starts (" + from + ")"));
                continue;
            }
            if (from <= lastEnd) {
                problems.add(doc.problem(at.key("years").key("from"), "round '" + r.get("name").asText() + "' (" + from + "–" + to
                        + ") overlaps round '" + lastName + "' (ending " + lastEnd + "); rounds must follow each other"));
            }
            lastEnd = Math.max(lastEnd, to);
            lastName = r.get("name").asText();
            RoundReader reader = new RoundReader(from, to, ids);
            List<Clause> clauses = new ArrayList<>();
            JsonNode cl = r.get("clauses");
            for (int j = 0; j < cl.size(); j++) {
                reader.clause(cl.get(j), at.key("clauses").index(j)).ifPresent(clauses::add);
            }
            reader.checkConditions();
            if (problems.isEmpty()) {
                rounds.add(new Round(r.get("name").asText(), from, to, clauses));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        rounds.sort(java.util.Comparator.comparingInt(Round::firstYear));
        return rounds;
    }

    /** Reads the clauses of one round, knowing its years. */
    private final class RoundReader {

        private final int from;
        private final int to;
        private final Set<String> ids;
        private final List<Map.Entry<String, FieldPath>> conditions = new ArrayList<>();
        /** Ids of the round's clauses that test water, whether or not they were built without problems. */
        private final Set<String> waterClauses = new LinkedHashSet<>();

        RoundReader(int from, int to, Set<String> ids) {
            this.from = from;
            this.to = to;
            this.ids = ids;
        }

        Optional<Clause> clause(JsonNode c, FieldPath at) {
            String id = c.get("id").asText();
            if (!Set.of("central-award", "matching-funds").contains(c.get("type").asText())) {
                waterClauses.add(id);
            }
            if (!ids.add(id)) {
                problems.add(doc.problem(at.key("id"), "clause id '" + id + "' is used twice; ids must be unique in the file"));
            }
            int before = problems.size();
            Clause clause = switch (c.get("type").asText()) {
                case "index-bet" -> indexBet(id, c, at);
                case "compliance-bet" -> {
                    List<String> sections = sections(c, at, "sections");
                    boolean flowWeighted = "flow-weighted".equals(c.path("partial").asText());
                    if (flowWeighted) {
                        sections.forEach(s -> need(s, Indicator.FLOW, at.key("partial")));
                    }
                    QualityTest test = test(c, at, sections);
                    boolean term = "term".equals(c.path("settle").asText());
                    if (term && c.get("stake").isObject()) {
                        problems.add(doc.problem(at.key("stake"), "a bet settled on its term has one stake for the whole term; "
                                + "expected an amount such as 3亿, not amounts by year"));
                    }
                    yield test == null ? null : new Clause.ComplianceBet(id, sections, party(c.get("upstream"), at.key("upstream")),
                            party(c.get("downstream"), at.key("downstream")), test, amount(c, at, "stake"), upstreamPays(c),
                            flowWeighted ? Clause.Partial.FLOW_WEIGHTED : Clause.Partial.ALL_OR_NOTHING, term);
                }
                case "periodic-bet" -> {
                    List<String> sections = sections(c, at, "sections");
                    yield new Clause.PeriodicBet(id, sections, party(c.get("upstream"), at.key("upstream")),
                            party(c.get("downstream"), at.key("downstream")), evaluation(c, at, sections), target(c),
                            amount(c, at, "monthlyStake"), upstreamPays(c));
                }
                case "class-schedule" -> {
                    String s = section(c.get("section"), at.key("section"));
                    Map<WaterClass, Double> schedule = new EnumMap<>(WaterClass.class);
                    c.get("schedule").properties().forEach(e -> schedule.put(WaterClass.parse(e.getKey()).orElseThrow(),
                            Money.parse(e.getValue()).orElseThrow()));
                    yield new Clause.ClassSchedule(id, s, party(c.get("upstream"), at.key("upstream")),
                            party(c.get("downstream"), at.key("downstream")), evaluation(c, at, List.of(s)), schedule,
                            c.path("monthly").asBoolean(false));
                }
                case "improvement-bet" -> {
                    String s = section(c.get("section"), at.key("section"));
                    yield new Clause.ImprovementBet(id, s, party(c.get("upstream"), at.key("upstream")),
                            party(c.get("downstream"), at.key("downstream")), evaluation(c, at, List.of(s)), target(c), amount(c, at, "stake"));
                }
                case "exceedance-fine" -> exceedanceFine(id, c, at);
                case "load-fine" -> loadFine(id, c, at);
                case "pooled-fund" -> pooledFund(id, c, at);
                case "central-award" -> {
                    if (!parties.containsKey(Party.CENTRAL)) {
                        problems.add(doc.problem(at.key("type"), "a central award needs the party CENTRAL; declare it under parties"));
                    }
                    yield new Clause.CentralAward(id, party(c.get("recipient"), at.key("recipient")), amount(c, at, "amount"),
                            condition(c, at), c.path("proportional").asBoolean(false));
                }
                case "matching-funds" -> {
                    String p = party(c.get("party"), at.key("party"));
                    yield new Clause.MatchingFunds(id, p, c.has("to") ? party(c.get("to"), at.key("to")) : p, amount(c, at, "amount"),
                            condition(c, at));
                }
                case "water-quantity" -> {
                    String s = section(c.get("section"), at.key("section"));
                    if (!c.has("minMonthlyVolume") && !c.has("minFlow")) {
                        problems.add(doc.problem(at.key("type"), "the term tests nothing; expected minMonthlyVolume (m3) and/or minFlow (m3/s)"));
                    }
                    need(s, Indicator.FLOW, at.key("section"));
                    yield new Clause.WaterQuantity(id, s, party(c.get("upstream"), at.key("upstream")),
                            party(c.get("downstream"), at.key("downstream")), c.path("minMonthlyVolume").asDouble(0),
                            c.path("minFlow").asDouble(0), amount(c, at, "monthlyStake"), !"none".equals(c.path("onFailure").asText("upstream-pays")));
                }
                case "index-change" -> {
                    String s = section(c.get("section"), at.key("section"));
                    yield new Clause.IndexChange(id, s, party(c.get("upstream"), at.key("upstream")),
                            party(c.get("downstream"), at.key("downstream")), evaluation(c, at, List.of(s)), target(c),
                            money(c.get("perPoint")), money(c.get("cap")));
                }
                default -> throw new IllegalStateException("the schema admits clause type " + c.get("type"));
            };
            return problems.size() == before && clause != null ? Optional.of(clause) : Optional.empty();
        }

        private boolean upstreamPays(JsonNode c) {
            return "upstream-pays".equals(c.path("onFailure").asText("none"));
        }

        private Optional<String> condition(JsonNode c, FieldPath at) {
            if (!c.has("condition")) {
                return Optional.empty();
            }
            conditions.add(Map.entry(c.get("condition").asText(), at.key("condition")));
            return Optional.of(c.get("condition").asText());
        }

        /** Checks that every condition names a water clause of the round (one that failed to build is still named). */
        void checkConditions() {
            for (Map.Entry<String, FieldPath> condition : conditions) {
                if (!waterClauses.contains(condition.getKey())) {
                    problems.add(doc.problem(condition.getValue(), "unknown condition '" + condition.getKey()
                            + "'; expected the id of a water clause in the same round ("
                            + (waterClauses.isEmpty() ? "it has none" : String.join(", ", waterClauses)) + ")"));
                }
            }
        }

        private Clause indexBet(String id, JsonNode c, FieldPath at) {
            String s = section(c.get("section"), at.key("section"));
            Map<Indicator, Clause.IndexTerm> terms = new EnumMap<>(Indicator.class);
            double sum = 0;
            boolean computed = false;
            for (var e : iterable(c.get("indicators"))) {
                FieldPath ip = at.key("indicators").key(e.getKey());
                Optional<Indicator> i = indicator(e.getKey(), ip);
                double w = e.getValue().get("weight").asDouble();
                sum += w;
                OptionalDouble base = e.getValue().has("baseline") ? OptionalDouble.of(e.getValue().get("baseline").asDouble())
                        : OptionalDouble.empty();
                computed |= base.isEmpty();
                if (i.isPresent()) {
                    need(s, i.get(), ip);
                    terms.put(i.get(), new Clause.IndexTerm(w, base));
                }
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                problems.add(doc.problem(at.key("indicators"), String.format(java.util.Locale.ROOT,
                        "the weights sum to %s; expected 1", trim(sum))));
            }
            int bFrom = 0;
            int bTo = 0;
            if (c.has("baselineYears")) {
                bFrom = c.get("baselineYears").get(0).asInt();
                bTo = c.get("baselineYears").get(c.get("baselineYears").size() - 1).asInt();
            } else if (computed) {
                problems.add(doc.problem(at.key("indicators"), "an indicator has no baseline; give baseline for each, or baselineYears"));
            }
            List<Clause.Tier> tiers = new ArrayList<>();
            JsonNode t = c.path("tiers");
            for (int k = 0; k < t.size(); k++) {
                tiers.add(new Clause.Tier(t.get(k).get("atMost").asDouble(), amount(t.get(k), at.key("tiers").index(k), "extra")));
            }
            Clause.BetDirection direction = switch (c.path("direction").asText("bidirectional")) {
                case "downstream-pays-only" -> Clause.BetDirection.DOWNSTREAM_PAYS_ONLY;
                case "upstream-pays-only" -> Clause.BetDirection.UPSTREAM_PAYS_ONLY;
                default -> Clause.BetDirection.BIDIRECTIONAL;
            };
            if (!problems.isEmpty()) {
                return null;
            }
            return new Clause.IndexBet(id, s, party(c.get("upstream"), at.key("upstream")), party(c.get("downstream"), at.key("downstream")),
                    terms, bFrom, bTo, c.path("k0").asDouble(1), c.path("threshold").asDouble(1), amount(c, at, "stake"), tiers, direction);
        }

        private Clause exceedanceFine(String id, JsonNode c, FieldPath at) {
            String s = section(c.get("section"), at.key("section"));
            List<Clause.FineTier> tiers = new ArrayList<>();
            JsonNode t = c.get("tiers");
            for (int k = 0; k < t.size(); k++) {
                JsonNode tier = t.get(k);
                double above = tier.get("above").asDouble();
                double upTo = tier.has("upTo") ? tier.get("upTo").asDouble() : Double.POSITIVE_INFINITY;
                if (upTo <= above || (!tiers.isEmpty() && above < tiers.getLast().upTo())) {
                    problems.add(doc.problem(at.key("tiers").index(k), "bands must be ordered and not overlap; expected above >= the "
                            + "previous band's upTo and upTo > above"));
                    return null;
                }
                tiers.add(new Clause.FineTier(above, upTo, money(tier.get("base"))));
            }
            return new Clause.ExceedanceFine(id, s, party(c.get("payer"), at.key("payer")), party(c.get("payee"), at.key("payee")),
                    evaluation(c, at, List.of(s)), target(c), tiers);
        }

        private Clause loadFine(String id, JsonNode c, FieldPath at) {
            String s = section(c.get("section"), at.key("section"));
            need(s, Indicator.FLOW, at.key("section"));
            Map<Indicator, Double> prices = new EnumMap<>(Indicator.class);
            Map<Indicator, Double> limits = new EnumMap<>(Indicator.class);
            WaterBodyType body = declaredBody.getOrDefault(s, Optional.empty()).orElse(WaterBodyType.RIVER);
            Optional<WaterClass> target = c.has("target") ? WaterClass.parse(c.get("target").asText()) : Optional.empty();
            for (var e : iterable(c.get("prices"))) {
                FieldPath ip = at.key("prices").key(e.getKey());
                Optional<Indicator> i = indicator(e.getKey(), ip);
                if (i.isEmpty()) {
                    continue;
                }
                need(s, i.get(), ip);
                prices.put(i.get(), money(e.getValue()));
                JsonNode explicit = c.path("limits").path(e.getKey());
                Optional<Double> limit = explicit.isNumber() ? Optional.of(explicit.asDouble())
                        : target.flatMap(t -> new SingleFactorEvaluation(EnumSet.of(i.get())).limit(i.get(), body, t));
                limit.ifPresentOrElse(l -> limits.put(i.get(), l), () -> problems.add(doc.problem(ip,
                        "no limit for " + e.getKey() + "; give target or limits." + e.getKey() + " (mg/L)")));
            }
            return problems.isEmpty() ? new Clause.LoadFine(id, s, party(c.get("payer"), at.key("payer")),
                    party(c.get("payee"), at.key("payee")), prices, limits) : null;
        }

        private Clause pooledFund(String id, JsonNode c, FieldPath at) {
            Map<String, Double> contributions = shares(c.get("contributions"), at.key("contributions"));
            Map<String, Double> allocations = shares(c.get("allocations"), at.key("allocations"));
            List<Clause.FundSection> sections = new ArrayList<>();
            List<String> names = new ArrayList<>();
            JsonNode list = c.get("sections");
            for (int k = 0; k < list.size(); k++) {
                JsonNode s = list.get(k);
                FieldPath sp = at.key("sections").index(k);
                String name = section(s.get("name"), sp.key("name"));
                names.add(name);
                String responsible = party(s.get("responsible"), sp.key("responsible"));
                Map<String, Double> routing = shares(s.get("onFailure"), sp.key("onFailure"));
                if (problems.isEmpty()) {
                    sections.add(new Clause.FundSection(name, responsible, routing));
                }
            }
            QualityTest test = test(c, at, names);
            AmountSchedule fund = amount(c, at, "fund");
            return problems.isEmpty() && test != null ? new Clause.PooledFund(id, fund, contributions, allocations, sections, test) : null;
        }

        private Map<String, Double> shares(JsonNode node, FieldPath at) {
            Map<String, Double> shares = new LinkedHashMap<>();
            double sum = 0;
            for (var e : iterable(node)) {
                party(new com.fasterxml.jackson.databind.node.TextNode(e.getKey()), at.key(e.getKey()));
                shares.put(e.getKey(), e.getValue().asDouble());
                sum += e.getValue().asDouble();
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                problems.add(doc.problem(at, "the shares sum to " + trim(sum) + "; expected 1 (e.g. 1:5:4 is 0.1, 0.5, 0.4)"));
            }
            return shares;
        }

        private List<String> sections(JsonNode c, FieldPath at, String key) {
            List<String> out = new ArrayList<>();
            JsonNode list = c.get(key);
            for (int k = 0; k < list.size(); k++) {
                out.add(section(list.get(k), at.key(key).index(k)));
            }
            return out;
        }

        private SingleFactorEvaluation evaluation(JsonNode c, FieldPath at, List<String> sections) {
            if (!c.has("indicators")) {
                SingleFactorEvaluation.CNEMC.indicators().forEach(i -> sections.forEach(s -> need(s, i, at.key("type"))));
                return SingleFactorEvaluation.CNEMC;
            }
            Set<Indicator> set = EnumSet.noneOf(Indicator.class);
            JsonNode list = c.get("indicators");
            for (int k = 0; k < list.size(); k++) {
                FieldPath ip = at.key("indicators").index(k);
                indicator(list.get(k).asText(), ip).ifPresent(i -> {
                    set.add(i);
                    sections.forEach(s -> need(s, i, ip));
                });
            }
            return set.isEmpty() ? SingleFactorEvaluation.CNEMC : new SingleFactorEvaluation(set);
        }

        private QualityTest test(JsonNode c, FieldPath at, List<String> sections) {
            SingleFactorEvaluation evaluation = evaluation(c, at, sections);
            boolean annual = c.path("annualMean").asBoolean(true);
            Map<Integer, Double> rates = new TreeMap<>();
            OptionalDouble rate = OptionalDouble.empty();
            JsonNode r = c.path("monthlyRate");
            if (r.isNumber()) {
                rate = OptionalDouble.of(r.asDouble());
            } else if (r.isObject()) {
                r.properties().forEach(e -> rates.put(Integer.parseInt(e.getKey()), e.getValue().asDouble()));
                for (int y = from; y <= to; y++) {
                    if (!rates.containsKey(y)) {
                        problems.add(doc.problem(at.key("monthlyRate"), "no compliance-rate target for " + y
                                + "; the round runs " + from + "–" + to));
                    }
                }
            }
            if (!annual && rates.isEmpty() && rate.isEmpty()) {
                problems.add(doc.problem(at.key("annualMean"), "the clause tests nothing; expected annualMean: true or a monthlyRate"));
                return null;
            }
            return new QualityTest(evaluation, target(c), annual, rates, rate);
        }

        private WaterClass target(JsonNode c) {
            return WaterClass.parse(c.path("target").asText("III")).orElseThrow(
                    () -> new IllegalStateException("the schema admits target " + c.get("target")));
        }

        private AmountSchedule amount(JsonNode c, FieldPath at, String key) {
            JsonNode node = c.get(key);
            FieldPath path = at.key(key);
            if (node.isObject() && node.has("base")) {
                double base = money(node.get("base"));
                int baseYear = node.get("baseYear").asInt();
                if (node.has("growth")) {
                    return new AmountSchedule.Growing(base, baseYear, node.get("growth").asDouble());
                }
                Map<Integer, Double> index = new TreeMap<>();
                node.get("index").properties().forEach(e -> index.put(Integer.parseInt(e.getKey()), e.getValue().asDouble()));
                if (!index.containsKey(baseYear)) {
                    problems.add(doc.problem(path.key("index"), "the index has no value for the base year " + baseYear));
                    return new AmountSchedule.Fixed(0);
                }
                coverage(index.keySet(), path.key("index"));
                return new AmountSchedule.Indexed(base, baseYear, index);
            }
            if (node.isObject()) {
                Map<Integer, Double> byYear = new TreeMap<>();
                node.properties().forEach(e -> byYear.put(Integer.parseInt(e.getKey()), money(e.getValue())));
                coverage(byYear.keySet(), path);
                return new AmountSchedule.ByYear(byYear);
            }
            return new AmountSchedule.Fixed(money(node));
        }

        private void coverage(Set<Integer> years, FieldPath path) {
            for (int y = from; y <= to; y++) {
                if (!years.contains(y)) {
                    problems.add(doc.problem(path, "no amount for " + y + "; the round runs " + from + "–" + to));
                }
            }
        }
    }

    // ------------------------------------------------------------------ simulation and economy

    private SimulationSpec simulation(JsonNode node, FieldPath at, Path folder, Agreement agreement) {
        if (node.isMissingNode()) {
            return SimulationSpec.REPLAY;
        }
        SimulationSpec.Mode mode = "monte-carlo".equals(node.get("mode").asText()) ? SimulationSpec.Mode.MONTE_CARLO
                : SimulationSpec.Mode.REPLAY;
        Optional<YearRange> years = Optional.empty();
        if (node.has("years")) {
            int from = node.get("years").get("from").asInt();
            int to = node.get("years").get("to").asInt();
            if (to < from) {
                problems.add(doc.problem(at.key("years").key("to"), "the projection ends (" + to + ") before it starts (" + from + ")"));
            } else {
                years = Optional.of(new YearRange(from, to));
            }
        }
        Optional<Path> quality = node.has("quality") ? Optional.of(folder.resolve(node.get("quality").asText()).normalize())
                : Optional.empty();
        Optional<YearMonth> baseline = Optional.empty();
        if (node.has("baseline")) {
            if (quality.isEmpty()) {
                problems.add(doc.problem(at.key("baseline"), "a baseline month needs a water-quality model (simulation.quality)"));
            } else {
                baseline = Optional.of(YearMonth.parse(node.get("baseline").asText()));
            }
        }
        Map<Indicator, Double> pressure = new EnumMap<>(Indicator.class);
        node.path("pressure").properties().forEach(e -> {
            Optional<Indicator> indicator = Indicator.parse(e.getKey());
            if (indicator.isEmpty() || !indicator.get().isPollutant()) {
                problems.add(doc.problem(at.key("pressure").key(e.getKey()), "'" + e.getKey() + "' is not a pollutant; expected one of "
                        + String.join(", ", EnumSet.allOf(Indicator.class).stream().filter(Indicator::isPollutant).map(Indicator::code).toList())));
            } else {
                pressure.put(indicator.get(), e.getValue().asDouble());
            }
        });
        if (!pressure.isEmpty() && quality.isEmpty()) {
            problems.add(doc.problem(at.key("pressure"), "a pressure needs a water-quality model (simulation.quality)"));
        }
        if (quality.isPresent()) {
            try {
                SyntheticParameters params = inputs.quality(quality.get());
                List<String> modelled = params.series().sections().stream().map(SectionProcess::name).toList();
                sectionPaths.keySet().stream().filter(s -> !modelled.contains(s)).forEach(s -> problems.add(doc.problem(
                        at.key("quality"), "the water-quality model has no section " + s + "; it models " + String.join(", ", modelled))));
            } catch (InputException e) {
                problems.add(doc.problem(at.key("quality"), "the water-quality model cannot be read:"));
                problems.addAll(e.problems());
            }
        }
        List<ChainLink> chain = new ArrayList<>();
        JsonNode links = node.path("chain");
        for (int k = 0; k < links.size(); k++) {
            FieldPath lp = at.key("chain").index(k);
            String from = section(links.get(k).get("from"), lp.key("from"));
            String to = section(links.get(k).get("to"), lp.key("to"));
            if (from.equals(to)) {
                problems.add(doc.problem(lp.key("to"), "a reach joins two different sections"));
            } else {
                chain.add(new ChainLink(from, to, links.get(k).get("carryover").asDouble()));
            }
        }
        if (quality.isEmpty()) {
            return new SimulationSpec(mode, node.path("draws").asInt(SimulationSpec.DEFAULT_DRAWS), node.path("seed").asLong(0),
                    years, quality, baseline, pressure, node.path("bestResponseDraws").asInt(SimulationSpec.DEFAULT_BEST_RESPONSE_DRAWS), chain);
        }
        int first = years.map(YearRange::from).orElse(agreement.firstYear());
        int last = years.map(YearRange::to).orElse(agreement.lastYear());
        for (Round r : agreement.rounds()) {
            for (Clause c : r.clauses()) {
                if (c instanceof Clause.IndexBet b && b.terms().values().stream().anyMatch(t -> t.baseline().isEmpty())
                        && (b.baselineFirstYear() < first || b.baselineLastYear() > last)) {
                    problems.add(doc.problem(FieldPath.ROOT.key("rounds"), "index bet " + c.id() + " computes its baselines from "
                            + b.baselineFirstYear() + "–" + b.baselineLastYear() + ", outside the projection " + first + "–" + last
                            + "; give each indicator a baseline for a Monte Carlo projection"));
                }
            }
        }
        return new SimulationSpec(mode, node.path("draws").asInt(SimulationSpec.DEFAULT_DRAWS),
                node.path("seed").asLong(0), years, quality, baseline, pressure,
                node.path("bestResponseDraws").asInt(SimulationSpec.DEFAULT_BEST_RESPONSE_DRAWS), chain);
    }

    private Map<String, PartyEconomy> economy(JsonNode parties, FieldPath at) {
        Map<String, PartyEconomy> out = new LinkedHashMap<>();
        for (var e : iterable(parties)) {
            FieldPath pp = at.key(e.getKey());
            String code = party(new com.fasterxml.jackson.databind.node.TextNode(e.getKey()), pp);
            JsonNode p = e.getValue();
            JsonNode effortNode = p.path("effort");
            Effort effort;
            if (effortNode.isMissingNode()) {
                effort = new Effort.Fixed(0);
            } else if (effortNode.isObject()) {
                JsonNode br = effortNode.get("bestResponse");
                effort = new Effort.BestResponse(money(br.get("max")), br.path("steps").asInt(21));
            } else {
                effort = new Effort.Fixed(money(effortNode));
            }
            Optional<Abatement> abatement = Optional.empty();
            if (p.has("abatement")) {
                JsonNode a = p.get("abatement");
                FieldPath ap = pp.key("abatement");
                List<String> sections = new ArrayList<>();
                for (int k = 0; k < a.get("sections").size(); k++) {
                    sections.add(section(a.get("sections").get(k), ap.key("sections").index(k)));
                }
                Set<Indicator> indicators = EnumSet.of(Indicator.CODMN, Indicator.NH3N, Indicator.TP);
                if (a.has("indicators")) {
                    indicators = EnumSet.noneOf(Indicator.class);
                    for (int k = 0; k < a.get("indicators").size(); k++) {
                        Optional<Indicator> i = indicator(a.get("indicators").get(k).asText(), ap.key("indicators").index(k));
                        if (i.isPresent() && (!i.get().isConcentration() || i.get() == Indicator.DO)) {
                            problems.add(doc.problem(ap.key("indicators").index(k), i.get().code()
                                    + " is not a pollutant that abatement lowers; expected CODMn, COD, BOD5, NH3-N, TP or TN"));
                        } else {
                            i.ifPresent(indicators::add);
                        }
                    }
                }
                double half = money(a.get("halfEffort"));
                if (half == 0) {
                    problems.add(doc.problem(ap.key("halfEffort"), "halfEffort is 0; expected the positive yearly effort that removes "
                            + "half of the controllable load"));
                } else if (!indicators.isEmpty()) {
                    abatement = Optional.of(new Abatement(sections, indicators, a.get("controllableShare").asDouble(), half,
                            a.path("lagYears").asInt(0)));
                }
            }
            JsonNode oc = p.path("opportunityCost");
            Optional<Benefit> benefit = Optional.empty();
            if (p.has("benefit")) {
                JsonNode b = p.get("benefit");
                FieldPath bp = pp.key("benefit");
                List<String> sections = new ArrayList<>();
                for (int k = 0; k < b.get("sections").size(); k++) {
                    sections.add(section(b.get("sections").get(k), bp.key("sections").index(k)));
                }
                SingleFactorEvaluation evaluation = SingleFactorEvaluation.CNEMC;
                if (b.has("indicators")) {
                    Set<Indicator> set = EnumSet.noneOf(Indicator.class);
                    for (int k = 0; k < b.get("indicators").size(); k++) {
                        indicator(b.get("indicators").get(k).asText(), bp.key("indicators").index(k)).ifPresent(set::add);
                    }
                    evaluation = new SingleFactorEvaluation(set);
                }
                benefit = Optional.of(new Benefit(sections, evaluation, WaterClass.parse(b.path("target").asText("III")).orElseThrow(),
                        b.path("avoidedTreatmentCost").asDouble(0), b.path("suppliedVolume").asDouble(0),
                        b.has("willingnessToPay") ? money(b.get("willingnessToPay")) : 0, b.path("households").asDouble(0)));
            }
            out.put(code, new PartyEconomy(code, effort, abatement, oc.path("perEffort").asDouble(0),
                    oc.has("fixed") ? money(oc.get("fixed")) : 0, benefit));
        }
        return out;
    }

    private Optional<OptimizeSpec> optimize(JsonNode node, FieldPath at) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        List<OptimizeSpec.Variable> variables = new ArrayList<>();
        JsonNode list = node.get("variables");
        for (int k = 0; k < list.size(); k++) {
            JsonNode v = list.get(k);
            double low = Money.parse(v.get("low")).orElseThrow();
            double high = Money.parse(v.get("high")).orElseThrow();
            String why = pathProblem(v.get("path").asText());
            if (!why.isEmpty()) {
                problems.add(doc.problem(at.key("variables").index(k).key("path"), why));
            } else if (!(high > low)) {
                problems.add(doc.problem(at.key("variables").index(k).key("high"), "high must exceed low"));
            } else {
                variables.add(new OptimizeSpec.Variable(v.get("path").asText(), low, high));
            }
        }
        List<OptimizeSpec.Objective> objectives = new ArrayList<>();
        node.path("objectives").forEach(o -> objectives.add(OptimizeSpec.Objective.of(o.asText())));
        if (objectives.isEmpty()) {
            objectives.add(OptimizeSpec.Objective.JOINT_WELFARE);
        }
        Optional<OptimizeSpec.Leader> leader = Optional.empty();
        if (node.has("leader")) {
            JsonNode l = node.get("leader");
            String why = pathProblem(l.get("path").asText());
            if (!why.isEmpty()) {
                problems.add(doc.problem(at.key("leader").key("path"), why));
            }
            leader = Optional.of(new OptimizeSpec.Leader(l.get("path").asText(), Money.parse(l.get("low")).orElseThrow(),
                    Money.parse(l.get("high")).orElseThrow(), l.path("steps").asInt(11)));
        }
        return variables.isEmpty() ? Optional.empty() : Optional.of(new OptimizeSpec(node.path("draws").asInt(100), variables,
                objectives, node.path("population").asInt(20), node.path("generations").asInt(15), leader));
    }

    /** Why a path does not name a number of this file, or empty text. */
    private String pathProblem(String path) {
        return ScenarioTemplate.checkPath(doc.root(), path);
    }

    // ------------------------------------------------------------------ values

    /** Money the schema has checked: well-formed and not negative. */
    private static double money(JsonNode node) {
        return Money.parse(node).orElseThrow(() -> new IllegalStateException("the schema admits money " + node));
    }

    private Optional<Indicator> indicator(String name, FieldPath path) {
        Optional<Indicator> i = Indicator.parse(name);
        if (i.isEmpty()) {
            problems.add(doc.problem(path, "unknown indicator '" + name + "'; expected pH, DO, CODMn, COD, BOD5, NH3-N, TP, TN"));
        }
        return i;
    }

    private void need(String section, Indicator indicator, FieldPath where) {
        needs.computeIfAbsent(section, k -> new EnumMap<>(Indicator.class)).putIfAbsent(indicator, where);
    }

    private void checkData(MonitoringData data) {
        Map<String, Set<Indicator>> measured = new HashMap<>();
        data.samples().forEach(s -> measured.computeIfAbsent(s.section(), k -> EnumSet.noneOf(Indicator.class)).addAll(s.values().keySet()));
        for (var e : sectionPaths.entrySet()) {
            if (!measured.containsKey(e.getKey())) {
                problems.add(doc.problem(e.getValue().key("name"), "section " + e.getKey() + " is not in the data files; they hold "
                        + String.join(", ", measured.keySet().stream().sorted().limit(12).toList())));
            }
        }
        needs.forEach((section, indicators) -> {
            Set<Indicator> has = measured.get(section);
            if (has == null) {
                return;
            }
            indicators.forEach((indicator, where) -> {
                if (!has.contains(indicator)) {
                    problems.add(doc.problem(where, "the data have no " + indicator.code() + " at " + section
                            + (indicator == Indicator.FLOW ? " (this clause needs flow)" : "")));
                }
            });
        });
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node.properties();
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
