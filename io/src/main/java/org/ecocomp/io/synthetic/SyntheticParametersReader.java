package org.ecocomp.io.synthetic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ecocomp.io.document.Document;
import org.ecocomp.io.document.FieldPath;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.quality.Indicator;
import org.ecocomp.simulation.BadParameterException;
import org.ecocomp.simulation.Breakpoint;
import org.ecocomp.simulation.Correlation;
import org.ecocomp.simulation.IndicatorProcess;
import org.ecocomp.simulation.MedianPath;
import org.ecocomp.simulation.SectionProcess;
import org.ecocomp.simulation.Seasonality;
import org.ecocomp.simulation.SyntheticSeries;
import org.ecocomp.simulation.YearRange;

/**
 * Reads a synthetic-series parameter file (YAML, UTF-8):
 *
 * <pre>
 * synthetic: true
 * description: Dongjiang border sections, calibrated to CNEMC snapshots
 * seed: 20160101
 * years: {from: 2010, to: 2025}
 * sections:
 *   - name: 兴宁电站
 *     indicators:
 *       CODMn: {median: 2.0, sd: 0.25, phi: 0.5, seasonal: {amplitude: 0.15, peakMonth: 7}}
 *       NH3-N: {median: [{from: 2010-01, value: 0.3}, {from: 2016-01, value: 0.12}], sd: 0.4, phi: 0.4}
 *     flow: {median: 45, sd: 0.5, phi: 0.7}
 *     correlation: {indicators: [CODMn, flow], matrix: [[1, 0.3], [0.3, 1]]}
 * </pre>
 *
 * <p>Every problem is reported at once, located as {@code file:line:col: field: message}: YAML
 * syntax, unknown or repeated keys, values of the wrong type, missing keys, and parameters outside
 * their domain (as the {@code org.ecocomp.simulation} records check them). The format is documented
 * in {@code docs/synthetic-data.md}.
 */
public final class SyntheticParametersReader {

    /** How the problems of a file that cannot be parsed at all are worded. */
    private static final Document.Options OPTIONS = new Document.Options(
            "the file holds no parameters; expected synthetic, description, seed, years and sections",
            "not UTF-8 text; save the parameter file as UTF-8", true);
    /** Binds a parsed document (syntax, duplicate keys and location are {@link Document}'s) to {@link ParameterFile}. */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build()
            .readerFor(ParameterFile.class);

    /** The keys of a median breakpoint. */
    private static final Set<String> BREAKPOINT_KEYS = Set.of("from", "value");
    /** What a median is, for messages. */
    private static final String MEDIAN_FORM = "a number > 0, or a list of breakpoints {from: YYYY-MM, value: number}";

    private final Document doc;
    private final List<Problem> problems = new ArrayList<>();

    private SyntheticParametersReader(Document doc) {
        this.doc = doc;
    }

    /**
     * Reads and checks a parameter file.
     *
     * @param file the file
     * @return the parameters
     * @throws InputException with exit code {@link ExitCode#NO_INPUT} when the file does not exist,
     *     {@link ExitCode#IO} when it cannot be read, otherwise {@link ExitCode#DATA} with every problem
     */
    public static SyntheticParameters read(Path file) throws InputException {
        return new SyntheticParametersReader(Document.read(file, OPTIONS)).parse();
    }

    private SyntheticParameters parse() throws InputException {
        Optional<SyntheticParameters> parameters = Optional.empty();
        try {
            ParameterFile parsed = READER.withHandler(new UnknownKeys()).readValue(doc.root());
            parameters = convert(parsed);
        } catch (JsonMappingException e) {
            problem(path(e.getPath()), typeMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException("binding a parsed document cannot fail to read", e);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InputException(ExitCode.DATA, problems);
        }
        return parameters.orElseThrow();
    }

    private Optional<SyntheticParameters> convert(ParameterFile f) {
        FieldPath root = FieldPath.ROOT;
        if (absent(f.synthetic())) {
            missing(root, "synthetic", "true: a parameter file declares that the series it makes are synthetic");
        } else if (!f.synthetic().isBoolean() || !f.synthetic().booleanValue()) {
            problem(root.key("synthetic"), "must be true: the series a parameter file makes are synthetic, not measured");
        }
        Optional<String> description = absent(f.description())
                ? Optional.of("")
                : text(f.description(), root, "description", "free text").map(String::strip);
        Optional<Long> seed = wholeNumber(f.seed(), root, "seed", "the base seed, a whole number");
        Optional<YearRange> years = f.years() == null
                ? missing(root, "years", "{from: YYYY, to: YYYY}")
                : years(f.years(), root.key("years"));
        List<SectionProcess> sections = new ArrayList<>();
        if (f.sections() == null) {
            missing(root, "sections", "a list of sections");
        } else if (f.sections().isEmpty()) {
            problem(root.key("sections"), "is empty; expected at least one section");
        } else {
            FieldPath list = root.key("sections");
            for (int i = 0; i < f.sections().size(); i++) {
                section(f.sections().get(i), list.index(i)).ifPresent(sections::add);
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return build(root, () -> new SyntheticSeries(years.orElseThrow(), sections))
                .map(series -> new SyntheticParameters(description.orElseThrow(), seed.orElseThrow(), series));
    }

    private Optional<YearRange> years(ParameterFile.Years y, FieldPath at) {
        Optional<Integer> from = integer(y.from(), at, "from", "the first year, e.g. 2010");
        Optional<Integer> to = integer(y.to(), at, "to", "the last year, e.g. 2025");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return build(at, () -> new YearRange(from.get(), to.get()));
    }

    private Optional<SectionProcess> section(ParameterFile.Section s, FieldPath at) {
        if (s == null) {
            problem(at, "empty list item; expected a section with name and indicators");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<String> name = text(s.name(), at, "name", "the section's name (断面名称)");
        List<IndicatorProcess> processes = new ArrayList<>();
        if (s.indicators() == null) {
            missing(at, "indicators", "a mapping from indicator code to its process");
        } else {
            FieldPath indicators = at.key("indicators");
            for (Map.Entry<String, ParameterFile.Process> e : s.indicators().entrySet()) {
                FieldPath p = indicators.key(e.getKey());
                Optional<Indicator> indicator = Indicator.parse(e.getKey());
                if (indicator.isEmpty()) {
                    keyProblem(p, "unknown indicator '" + e.getKey() + "'; expected one of " + qualityCodes());
                } else if (indicator.get() == Indicator.FLOW) {
                    keyProblem(p, "flow is not a water-quality indicator; give it as 'flow:' beside 'indicators:'");
                } else {
                    process(indicator.get(), e.getValue(), p).ifPresent(processes::add);
                }
            }
        }
        if (s.flow() != null) {
            process(Indicator.FLOW, s.flow(), at.key("flow")).ifPresent(processes::add);
        }
        Optional<Correlation> correlation = s.correlation() == null
                ? Optional.of(Correlation.NONE)
                : correlation(s.correlation(), at.key("correlation"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(at, () -> new SectionProcess(name.orElseThrow(), processes, correlation.orElseThrow()));
    }

    private Optional<IndicatorProcess> process(Indicator indicator, ParameterFile.Process p, FieldPath at) {
        if (p == null) {
            problem(at, "no parameters; expected {median, sd, phi} and optionally seasonal");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<MedianPath> median = absent(p.median())
                ? missing(at, "median", MEDIAN_FORM)
                : median(p.median(), at);
        Optional<Double> sd = number(p.sd(), at, "sd",
                "the marginal standard deviation, a number > 0 (natural-log units; pH units for pH)");
        Optional<Double> phi = number(p.phi(), at, "phi", "the lag-1 (one month) autocorrelation, −1 < phi < 1");
        Optional<Seasonality> seasonality = p.seasonal() == null
                ? Optional.of(Seasonality.NONE)
                : seasonality(p.seasonal(), at.key("seasonal"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(at, () -> new IndicatorProcess(indicator, median.orElseThrow(), sd.orElseThrow(), phi.orElseThrow(),
                seasonality.orElseThrow()));
    }

    /** A median: a number, or a list of breakpoints. {@code owner} is the process the median belongs to. */
    private Optional<MedianPath> median(JsonNode node, FieldPath owner) {
        FieldPath at = owner.key("median");
        if (node.isNumber()) {
            return build(owner, () -> new MedianPath.Constant(node.doubleValue()));
        }
        if (!node.isArray()) {
            problem(at, "expected " + MEDIAN_FORM + ", found '" + node.asText() + "'");
            return Optional.empty();
        }
        int before = problems.size();
        List<Breakpoint> breakpoints = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            breakpoint(node.get(i), at.index(i)).ifPresent(breakpoints::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(owner, () -> new MedianPath.Piecewise(breakpoints));
    }

    private Optional<Breakpoint> breakpoint(JsonNode node, FieldPath at) {
        if (!node.isObject()) {
            problem(at, "expected a breakpoint {from: YYYY-MM, value: number}");
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!BREAKPOINT_KEYS.contains(name)) {
                keyProblem(at.key(name), "unknown key '" + name + "'; expected one of from, value");
            }
        }
        Optional<YearMonth> month = month(node.get("from"), at, "from");
        Optional<Double> value = number(node.get("value"), at, "value", "the median from that month on, a number");
        if (month.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return build(at, () -> new Breakpoint(month.get(), value.get()));
    }

    private Optional<YearMonth> month(JsonNode node, FieldPath owner, String key) {
        if (absent(node)) {
            return missing(owner, key, "the month the value holds from, YYYY-MM");
        }
        try {
            return Optional.of(YearMonth.parse(node.asText()));
        } catch (DateTimeParseException e) {
            problem(owner.key(key), "'" + node.asText() + "' is not a month; expected YYYY-MM, e.g. 2013-01");
            return Optional.empty();
        }
    }

    private Optional<Seasonality> seasonality(ParameterFile.Seasonal s, FieldPath at) {
        Optional<Double> amplitude = number(s.amplitude(), at, "amplitude",
                "the largest seasonal offset, a number ≥ 0 (natural-log units; pH units for pH)");
        Optional<Integer> peak = integer(s.peakMonth(), at, "peakMonth", "the month of the seasonal high, 1–12");
        if (amplitude.isEmpty() || peak.isEmpty()) {
            return Optional.empty();
        }
        return build(at, () -> new Seasonality(amplitude.get(), peak.get()));
    }

    private Optional<Correlation> correlation(ParameterFile.CorrelationBlock c, FieldPath at) {
        int before = problems.size();
        List<Indicator> indicators = new ArrayList<>();
        FieldPath names = at.key("indicators");
        if (absent(c.indicators())) {
            missing(at, "indicators", "the list of indicators (and flow) the matrix rows stand for");
        } else if (!c.indicators().isArray()) {
            problem(names, "expected a list of indicator codes, e.g. [CODMn, NH3-N, flow]");
        } else {
            for (int i = 0; i < c.indicators().size(); i++) {
                String name = c.indicators().get(i).asText();
                Optional<Indicator> indicator = Indicator.parse(name);
                if (indicator.isEmpty()) {
                    problem(names.index(i), "unknown indicator '" + name + "'; expected one of " + qualityCodes() + ", flow");
                } else {
                    indicators.add(indicator.get());
                }
            }
        }
        List<List<Double>> matrix = new ArrayList<>();
        FieldPath rows = at.key("matrix");
        if (absent(c.matrix())) {
            missing(at, "matrix", "a list of rows of correlations, e.g. [[1, 0.3], [0.3, 1]]");
        } else if (!c.matrix().isArray()) {
            problem(rows, "expected a list of rows of correlations, e.g. [[1, 0.3], [0.3, 1]]");
        } else {
            for (int i = 0; i < c.matrix().size(); i++) {
                JsonNode row = c.matrix().get(i);
                if (!row.isArray()) {
                    problem(rows.index(i), "expected a row, a list of correlations");
                    continue;
                }
                List<Double> entries = new ArrayList<>();
                for (int j = 0; j < row.size(); j++) {
                    if (row.get(j).isNumber()) {
                        entries.add(row.get(j).doubleValue());
                    } else {
                        problem(rows.index(i).index(j), "expected a correlation in −1…1, found '" + row.get(j).asText() + "'");
                    }
                }
                matrix.add(entries);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(at, () -> new Correlation(indicators, matrix));
    }

    /**
     * Runs a model constructor, turning its {@link BadParameterException} into a problem located at
     * the named parameter under {@code owner}.
     */
    private <T> Optional<T> build(FieldPath owner, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (BadParameterException e) {
            String key = e.parameter().equals("processes") ? "indicators" : e.parameter();
            problem(owner.key(key), e.detail());
            return Optional.empty();
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private Optional<Double> number(JsonNode node, FieldPath owner, String key, String expected) {
        if (absent(node)) {
            return missing(owner, key, expected);
        }
        if (!node.isNumber()) {
            problem(owner.key(key), "expected " + expected + ", found '" + node.asText() + "'");
            return Optional.empty();
        }
        return Optional.of(node.doubleValue());
    }

    private Optional<Long> wholeNumber(JsonNode node, FieldPath owner, String key, String expected) {
        if (absent(node)) {
            return missing(owner, key, expected);
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problem(owner.key(key), "expected " + expected + ", found '" + node.asText() + "'");
            return Optional.empty();
        }
        return Optional.of(node.longValue());
    }

    /** A whole number small enough for an {@code int} (a year or a month; the model checks the range). */
    private Optional<Integer> integer(JsonNode node, FieldPath owner, String key, String expected) {
        Optional<Long> value = wholeNumber(node, owner, key, expected);
        if (value.isPresent() && value.get() != (int) (long) value.get()) {
            problem(owner.key(key), "expected " + expected + ", found '" + node.asText() + "'");
            return Optional.empty();
        }
        return value.map(Long::intValue);
    }

    private Optional<String> text(JsonNode node, FieldPath owner, String key, String expected) {
        if (absent(node)) {
            return missing(owner, key, expected);
        }
        if (!node.isTextual()) {
            problem(owner.key(key), "expected " + expected + " in quotes, found '" + node.asText() + "'");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private <T> Optional<T> missing(FieldPath owner, String key, String expected) {
        problem(owner.key(key), "missing; expected " + expected);
        return Optional.empty();
    }

    /** A problem with a value, located at the value (a mapping or list at its key). */
    private void problem(FieldPath at, String message) {
        problems.add(doc.problem(at, message));
    }

    /** A problem with a key itself (unknown or misspelled), located at the key. */
    private void keyProblem(FieldPath at, String message) {
        problems.add(doc.keyProblem(at, message));
    }

    private static String typeMessage(JsonMappingException e) {
        if (e instanceof InvalidFormatException f) {
            return "expected " + kind(f.getTargetType()) + ", found '" + f.getValue() + "'";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + kind(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String kind(Class<?> type) {
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (key: value)";
    }

    private static FieldPath path(List<JsonMappingException.Reference> references) {
        FieldPath p = FieldPath.ROOT;
        for (JsonMappingException.Reference r : references) {
            p = r.getFieldName() != null ? p.key(r.getFieldName()) : p.index(r.getIndex());
        }
        return p;
    }

    private static String qualityCodes() {
        return Arrays.stream(Indicator.values()).filter(i -> i != Indicator.FLOW).map(Indicator::code)
                .collect(Collectors.joining(", "));
    }

    /** Records every unknown key as a problem and skips its value, so all of them are reported. */
    private final class UnknownKeys extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String name)
                throws IOException {
            Collection<Object> known = deserializer.getKnownPropertyNames();
            String expected = known == null || known.isEmpty() ? ""
                    : "; expected one of " + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            keyProblem(FieldPath.of(parser.getParsingContext()), "unknown key '" + name + "'" + expected);
            parser.skipChildren();
            return true;
        }
    }
}
