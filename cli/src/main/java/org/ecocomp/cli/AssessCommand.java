package org.ecocomp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.ecocomp.io.monitoring.MonitoringData;
import org.ecocomp.io.monitoring.MonitoringFiles;
import org.ecocomp.io.output.Manifest;
import org.ecocomp.io.output.OutputDirectory;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.io.table.AssessmentTables;
import org.ecocomp.quality.AnnualMeanMethod;
import org.ecocomp.quality.Assessment;
import org.ecocomp.quality.ComplianceAssessment;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MissingMonthPolicy;
import org.ecocomp.quality.MissingMonthsException;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.quality.WaterClass;
import org.ecocomp.report.chart.AssessmentCharts;
import org.ecocomp.report.chart.ChartTheme;
import org.ecocomp.simulation.YearRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ecocomp assess}: GB 3838-2002 evaluation of monitoring data. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"GB 3838-2002 evaluation of monitoring data (CNEMC tables in CSV or XLSX, or tidy CSV).",
                "Writes samples.csv, monthly.csv, annual.csv, charts and manifest.json."})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "Monitoring data files.")
    List<Path> data;

    @Option(names = "--site-type", defaultValue = "auto", paramLabel = "river|lake|auto",
            description = "Water body of every section; auto takes it from the data file, or recognises lakes and "
                    + "reservoirs by algal-density data and by name (水库, 湖心, 库区, ...) (default: ${DEFAULT-VALUE}).")
    String siteType;

    @Option(names = "--lake", split = ",", paramLabel = "SECTION",
            description = "Sections to grade as lakes/reservoirs whatever their name (overrides --site-type).")
    List<String> lakes = List.of();

    @Option(names = "--river", split = ",", paramLabel = "SECTION",
            description = "Sections to grade as rivers whatever their name (overrides --site-type).")
    List<String> rivers = List.of();

    @Option(names = "--indicators", split = ",", paramLabel = "CODE",
            description = "Indicators of the single-factor class (default: pH,DO,CODMn,NH3-N,TP, as CNEMC).")
    List<String> indicators;

    @Option(names = "--target", defaultValue = "III", paramLabel = "CLASS",
            description = "Target class for monthly compliance (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--missing", defaultValue = "exclude", paramLabel = "exclude|count-as-failed|refuse",
            description = "Months without data in the compliance rate (default: ${DEFAULT-VALUE}).")
    String missing;

    @Option(names = "--annual-mean", defaultValue = "monthly", paramLabel = "monthly|samples",
            description = "Annual mean as the mean of monthly means or of all samples (default: ${DEFAULT-VALUE}).")
    String annualMean;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Year of CNEMC times written as MM-DD HH:MM when the table has no 抓取年份 column.")
    Integer year;

    @Option(names = "--no-charts", description = "Write the tables only, no charts.")
    boolean noCharts;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<first data file stem>).")
    Path out;

    @Override
    public Integer call() throws InputException, IOException {
        Instant start = Instant.now();
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        Config config = config();
        MonitoringData input = MonitoringFiles.read(data, year == null ? OptionalInt.empty() : OptionalInt.of(year),
                config.compliance().evaluation().indicators());
        Function<String, WaterBodyType> waterBody = waterBodies(input, config.siteType());
        Assessment assessment;
        try {
            assessment = Assessment.of(input.samples(), waterBody, config.compliance(), config.annualMethod());
        } catch (MissingMonthsException e) {
            throw new InputException(Problem.ofFile(data.getFirst(), e.getMessage()));
        }
        Path target = out != null ? out : Path.of("results", stem(data.getFirst()));
        try (OutputDirectory dir = OutputDirectory.create(target, data)) {
            AssessmentTables.samples(assessment).write(dir.resolve("samples.csv"), common.excelBom);
            AssessmentTables.monthly(assessment).write(dir.resolve("monthly.csv"), common.excelBom);
            AssessmentTables.annual(assessment).write(dir.resolve("annual.csv"), common.excelBom);
            if (!noCharts) {
                charts(dir.resolve("charts"), input, assessment, waterBody, config.compliance().target());
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("indicators", String.join(" ", config.compliance().evaluation().indicators().stream().map(Indicator::code).toList()));
            facts.put("target_class", config.compliance().target().label());
            facts.put("missing_month_policy", missing);
            facts.put("annual_mean", annualMean);
            new Manifest("assess", args, data, OptionalLong.empty(), OptionalLong.empty(), 1, start, Instant.now(), facts)
                    .write(dir.resolve(OutputDirectory.MANIFEST), EcocompCommand.version());
            ReportCommand.write(dir.resolve(""), common);
            dir.commit();
        }
        if (!common.quiet) {
            summary(spec.commandLine().getOut(), input, assessment, target);
        }
        return ExitCode.OK.code();
    }

    /**
     * Writes the class map of every section and, for sections with at least {@value #SERIES_MIN_SAMPLES}
     * samples, each indicator's series against the class limits (a snapshot of one or two readings makes
     * no series).
     */
    private void charts(Path dir, MonitoringData input, Assessment assessment, Function<String, WaterBodyType> waterBody,
                        WaterClass target) throws InputException, IOException {
        ChartTheme theme = common.theme(spec.commandLine().getErr());
        Map<String, Long> counts = input.samples().stream().collect(java.util.stream.Collectors.groupingBy(
                org.ecocomp.quality.Sample::section, java.util.stream.Collectors.counting()));
        List<org.ecocomp.quality.Sample> series = input.samples().stream()
                .filter(s -> counts.get(s.section()) >= SERIES_MIN_SAMPLES).toList();
        java.nio.file.Files.createDirectories(dir);
        new AssessmentCharts(theme).write(dir, series, assessment.months().stream().map(Assessment.GradedMonth::compliance).toList(),
                waterBody, java.util.Optional.of(target));
    }

    /** Fewest samples of a section for its series charts. */
    static final int SERIES_MIN_SAMPLES = 3;

    private record Config(SiteType siteType, ComplianceAssessment compliance, AnnualMeanMethod annualMethod) {
    }

    private enum SiteType { RIVER, LAKE, AUTO }

    private Config config() throws InputException {
        List<Problem> problems = new ArrayList<>();
        SiteType type = switch (siteType.toLowerCase(Locale.ROOT)) {
            case "river" -> SiteType.RIVER;
            case "lake", "reservoir" -> SiteType.LAKE;
            case "auto" -> SiteType.AUTO;
            default -> {
                problems.add(usage("--site-type", "'" + siteType + "' is not a site type; expected river, lake or auto"));
                yield SiteType.AUTO;
            }
        };
        Set<Indicator> set = EnumSet.noneOf(Indicator.class);
        if (indicators == null) {
            set.addAll(SingleFactorEvaluation.CNEMC.indicators());
        } else {
            for (String code : indicators) {
                Indicator.parse(code).filter(i -> i != Indicator.FLOW).ifPresentOrElse(set::add, () -> problems.add(
                        usage("--indicators", "'" + code + "' is not a graded indicator; expected pH, DO, CODMn, COD, BOD5, NH3-N, TP, TN")));
            }
            if (indicators.isEmpty()) {
                problems.add(usage("--indicators", "no indicator given; expected a list such as CODMn,NH3-N,TP"));
            }
        }
        WaterClass targetClass = WaterClass.parse(target).filter(c -> c != WaterClass.WORSE_THAN_V).orElse(null);
        if (targetClass == null) {
            problems.add(usage("--target", "'" + target + "' is not a target class; expected I, II, III, IV or V"));
        }
        MissingMonthPolicy policy = switch (missing.toLowerCase(Locale.ROOT)) {
            case "exclude" -> MissingMonthPolicy.EXCLUDE;
            case "count-as-failed" -> MissingMonthPolicy.COUNT_AS_FAILED;
            case "refuse" -> MissingMonthPolicy.REFUSE;
            default -> {
                problems.add(usage("--missing", "'" + missing + "' is not a policy; expected exclude, count-as-failed or refuse"));
                yield MissingMonthPolicy.EXCLUDE;
            }
        };
        AnnualMeanMethod method = switch (annualMean.toLowerCase(Locale.ROOT)) {
            case "monthly" -> AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS;
            case "samples" -> AnnualMeanMethod.MEAN_OF_SAMPLES;
            default -> {
                problems.add(usage("--annual-mean", "'" + annualMean + "' is not a method; expected monthly or samples"));
                yield AnnualMeanMethod.MEAN_OF_MONTHLY_MEANS;
            }
        };
        if (year != null && (year < YearRange.MIN_YEAR || year > YearRange.MAX_YEAR)) {
            problems.add(usage("--year", year + " is not a year; expected " + YearRange.MIN_YEAR + "–" + YearRange.MAX_YEAR));
        }
        if (!problems.isEmpty()) {
            throw new InputException(ExitCode.USAGE, problems);
        }
        return new Config(type, new ComplianceAssessment(new SingleFactorEvaluation(set), targetClass, policy), method);
    }

    private static Problem usage(String option, String message) {
        return new Problem(Path.of("ecocomp assess"), 0, 0, option, message);
    }

    private Function<String, WaterBodyType> waterBodies(MonitoringData input, SiteType type) throws InputException {
        List<Problem> unknown = new ArrayList<>();
        for (String s : concat(lakes, rivers)) {
            if (!input.sections().containsKey(s)) {
                unknown.add(usage(lakes.contains(s) ? "--lake" : "--river", "unknown section '" + s + "'; the data has "
                        + String.join(", ", input.sections().keySet().stream().limit(20).toList())
                        + (input.sections().size() > 20 ? ", ..." : "")));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(ExitCode.USAGE, unknown);
        }
        Map<String, WaterBodyType> bodies = new LinkedHashMap<>();
        input.sections().forEach((name, info) -> bodies.put(name, switch (type) {
            case RIVER -> WaterBodyType.RIVER;
            case LAKE -> WaterBodyType.LAKE;
            case AUTO -> info.waterBody().orElseGet(() -> WaterBodyType.recognise(name, info.algaeMeasured()));
        }));
        lakes.forEach(s -> bodies.put(s, WaterBodyType.LAKE));
        rivers.forEach(s -> bodies.put(s, WaterBodyType.RIVER));
        return name -> bodies.getOrDefault(name, WaterBodyType.RIVER);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A file's name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void summary(PrintWriter out, MonitoringData input, Assessment a, Path target) {
        long withSource = a.samples().stream().filter(s -> s.agreesWithSource().isPresent()).count();
        long agree = a.samples().stream().filter(s -> s.agreesWithSource().orElse(false)).count();
        out.printf(Locale.ROOT, "assessed %s at %s, %s, %s%n", EcocompCommand.count(a.samples().size(), "sample", "samples"),
                EcocompCommand.count(input.sections().size(), "section", "sections"),
                EcocompCommand.count(a.months().size(), "section-month", "section-months"),
                EcocompCommand.count(a.years().size(), "section-year", "section-years"));
        if (withSource > 0) {
            out.printf(Locale.ROOT, "class agrees with the source's own class on %d of %d samples (%.1f%%)%n",
                    agree, withSource, 100.0 * agree / withSource);
        }
        out.println("results: " + target);
        out.flush();
    }
}
