package org.ecocomp.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocomp.quality.Indicator;
import org.ecocomp.report.chart.AssessmentCharts;
import org.ecocomp.report.chart.Labels;
import org.ecocomp.report.chart.Language;
import org.ecocomp.report.chart.LedgerCharts;
import org.ecocomp.report.chart.MonteCarloCharts;
import org.ecocomp.report.chart.SweepCharts;
import org.ecocomp.scenario.Scenario;

/**
 * Composes {@code report.html}: one self-contained page (inline styles, every chart inlined as
 * SVG, no script, no network) in Chinese or English, with print styles for A4.
 *
 * <p>The page has a contents list and these parts, each only when the result has something for it:
 * the scenario (or sweep or data) and its assumptions, every one with its [S]/[I]/[U] label; data
 * and assessment ({@code samples}, {@code monthly}, {@code annual}, {@code indices}, class map,
 * series and clause charts); ledger and balances; Monte Carlo ({@code mc-*}); payment-split
 * solutions (the tables and charts of {@code optimize}); sweeps and sensitivity ({@code sweep},
 * {@code design}, {@code sensitivity}, tornado, Sobol, Morris and scatter charts); other results;
 * and how the result was made (command line, inputs with SHA-256, seed, draws, threads, versions,
 * times, facts).
 *
 * <p>Tables: numbers right-aligned; money columns ({@code *_cny}, yuan in the CSV) shown in 亿元
 * (10⁸ yuan) with four decimals, the exact yuan in the cell's tooltip; party codes shown as names
 * with the code in the tooltip; column names translated where ecocomp knows them, the CSV name in
 * the header's tooltip. A table of more than {@value #FULL_ROWS} rows shows its first
 * {@value #PREVIEW_ROWS} and how many more are in the file.
 *
 * <p>Charts: the SVG text without its XML prolog, every {@code id} (and the references to it)
 * prefixed with the figure's number so that ids are unique in the page; the caption is the SVG's
 * {@code <title>}.
 *
 * <p>The page is a function of its content and language only: no clock, no locale, no path of the
 * result folder, so the same folder gives the same bytes wherever and whenever it is rebuilt.
 */
public final class HtmlReport {

    /** The report's file name in a result folder. */
    public static final String FILE = "report.html";
    /** Tables with at most this many rows are shown in full. */
    public static final int FULL_ROWS = 60;
    /** Rows shown of a longer table. */
    public static final int PREVIEW_ROWS = 20;
    /** Lines shown of a text result. */
    public static final int DOCUMENT_LINES = 200;

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern SVG_ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern SVG_REF = Pattern.compile("(\\bid=\"|url\\(#|href=\"#)([^\")]+)");
    private static final Pattern SVG_TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("^\\s*\\[([SIU])\\]\\s*");
    private static final Set<String> PARTY_COLUMNS = Set.of("party", "payer", "payee", "recipient", "upstream", "downstream");
    /** Most data rows an Excel sheet holds under its header (results.xlsx cuts longer tables). */
    private static final long EXCEL_ROWS = 1_048_575;
    /** Tables with more columns are squeezed onto the page width when printed. */
    private static final int WIDE_COLUMNS = 9;
    /** Text columns whose cells are at most this long are not wrapped. */
    private static final int SHORT_TEXT = 24;
    private static final Set<String> NAMED_VALUE_COLUMNS = Set.of("measure", "source", "water_body");

    /** The parts of a report, in page order. */
    private enum Part {
        INPUTS("inputs"), DATA("data"), LEDGER("ledger"), MONTE_CARLO("monte-carlo"), SOLUTIONS("solutions"),
        SWEEP("sweep"), OTHER("other"), PROVENANCE("provenance");

        final String id;

        Part(String id) {
            this.id = id;
        }
    }

    /** A numbered figure or table, for the contents list. */
    private record Entry(String anchor, String label, String caption) {
    }

    private final ReportContent content;
    private final ReportText t;
    private final Labels labels;
    private final List<String> clauseOrder;
    private final Map<Part, List<Entry>> entries = new EnumMap<>(Part.class);
    private final Map<Part, String> headings = new EnumMap<>(Part.class);
    private int figures;
    private int tables;
    private int documents;

    private HtmlReport(ReportContent content, Language language) {
        this.content = content;
        this.t = new ReportText(language);
        this.labels = new Labels(language);
        this.clauseOrder = clauseOrder(content);
    }

    /**
     * Composes the report.
     *
     * @param content the result's tables, charts, manifest and inputs
     * @param language the language of the report's own words (data stay as written)
     * @return the HTML document
     */
    public static String render(ReportContent content, Language language) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(language, "language");
        return new HtmlReport(content, language).page();
    }

    // ---------------------------------------------------------------- page

    private String page() {
        StringBuilder body = new StringBuilder();
        int number = 0;
        inputs(body, ++number);
        Map<Part, List<ReportTable>> tablesByPart = new EnumMap<>(Part.class);
        Map<Part, List<ReportChart>> chartsByPart = new EnumMap<>(Part.class);
        Map<Part, List<ReportDocument>> documentsByPart = new EnumMap<>(Part.class);
        for (ReportDocument document : content.documents()) {
            documentsByPart.computeIfAbsent(part(document.name()), p -> new ArrayList<>()).add(document);
        }
        for (ReportTable table : content.tables()) {
            tablesByPart.computeIfAbsent(part(table.name()), p -> new ArrayList<>()).add(table);
        }
        for (ReportChart chart : content.charts()) {
            chartsByPart.computeIfAbsent(part(chart.name()), p -> new ArrayList<>()).add(chart);
        }
        for (Part part : Part.values()) {
            List<ReportTable> ts = tablesByPart.getOrDefault(part, List.of());
            List<ReportChart> cs = chartsByPart.getOrDefault(part, List.of());
            List<ReportDocument> ds = documentsByPart.getOrDefault(part, List.of());
            if (ts.isEmpty() && cs.isEmpty() && ds.isEmpty()) {
                continue;
            }
            results(body, ++number, part, sortedTables(ts), sortedCharts(cs), ds);
        }
        provenance(body, ++number);

        StringBuilder b = new StringBuilder(body.length() + 16_384);
        String title = title();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"").append(esc(content.provenance().tool() + " "
                        + content.provenance().version())).append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"subtitle\">").append(esc(subtitle()))
                .append("</p>\n");
        for (ReportInput in : content.inputs()) {
            if (in.synthetic()) {
                b.append("<p class=\"banner\">").append(esc(t.pick("合成数据：", "SYNTHETIC data: "))).append("<code>")
                        .append(esc(in.path())).append("</code> ").append(esc(t.pick(
                                "由模型生成，并非实测数据；结果说明的是可能发生的情况，而非实际发生的情况。",
                                "generated by a model, not measured; the results say what could happen, not what did.")))
                        .append("</p>\n");
            }
        }
        b.append("</header>\n");
        toc(b);
        b.append(body);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private String title() {
        for (ReportInput in : content.inputs()) {
            if (!in.title().isEmpty()) {
                return in.title();
            }
        }
        return switch (content.provenance().command()) {
            case "assess" -> t.pick("水质评价结果", "Water-quality assessment");
            case "run" -> t.pick("生态补偿结算结果", "Eco-compensation settlement");
            case "sweep" -> t.pick("参数扫描结果", "Parameter sweep");
            case "optimize" -> t.pick("补偿分担方案", "Payment-split solutions");
            default -> t.pick("ecocomp 结果", "ecocomp result");
        };
    }

    private String subtitle() {
        Provenance p = content.provenance();
        String mode = p.facts().getOrDefault("mode", "");
        String what = switch (p.command()) {
            case "assess" -> t.pick("GB 3838-2002 单因子水质评价", "GB 3838-2002 single-factor water-quality assessment");
            case "run" -> mode.equals("monte-carlo") ? t.pick("协议的蒙特卡洛预测", "Monte Carlo projection of the agreement")
                    : t.pick("协议按监测数据逐年结算（回放）", "The agreement settled year by year on the data (replay)");
            case "sweep" -> t.pick("参数扫描与敏感性分析", "Parameter sweep and sensitivity analysis");
            case "optimize" -> t.pick("补偿分担方案与机制设计", "Payment-split solutions and mechanism design");
            default -> p.command();
        };
        String end = p.end().isEmpty() ? "" : t.pick(" · 完成于 ", " · completed ") + p.end();
        return what + " · ecocomp " + p.command() + end;
    }

    private void toc(StringBuilder b) {
        b.append("<nav class=\"toc\">\n<h2 class=\"toc-title\">").append(esc(t.contents())).append("</h2>\n<ol>\n");
        for (Map.Entry<Part, String> h : headings.entrySet()) {
            b.append("<li><a href=\"#").append(h.getKey().id).append("\">").append(esc(h.getValue())).append("</a>");
            List<Entry> es = entries.getOrDefault(h.getKey(), List.of());
            if (!es.isEmpty()) {
                b.append("\n<ul>\n");
                for (Entry e : es) {
                    b.append("<li><a href=\"#").append(e.anchor()).append("\">").append(esc(e.label())).append("</a> ")
                            .append(esc(e.caption())).append("</li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</nav>\n");
    }

    private void heading(StringBuilder b, Part part, int number, String text) {
        headings.put(part, number + " " + text);
        b.append("<section id=\"").append(part.id).append("\">\n<h2>").append(number).append(' ').append(esc(text))
                .append("</h2>\n");
    }

    // ---------------------------------------------------------------- inputs and assumptions

    private void inputs(StringBuilder b, int number) {
        List<ReportInput> inputs = content.inputs();
        ReportInput primary = inputs.isEmpty() ? null : inputs.getFirst();
        boolean structured = primary != null && isStructured(primary.path());
        heading(b, Part.INPUTS, number, structured ? t.pick("情景与假设", "Scenario and assumptions")
                : t.pick("输入数据", "Input data"));
        if (primary == null) {
            b.append("<p class=\"note\">").append(esc(t.pick("清单未记录输入文件。", "The manifest records no input."))).append("</p>\n");
        }
        boolean anyAssumptions = false;
        for (int i = 0; i < inputs.size(); i++) {
            ReportInput in = inputs.get(i);
            String heading = !in.title().isEmpty() ? in.title() : in.path();
            b.append("<h3>").append(esc(heading)).append("</h3>\n<dl class=\"facts\">\n");
            fact(b, t.pick("文件", "File"), "<code>" + esc(in.path()) + "</code>");
            if (!in.name().isEmpty()) {
                fact(b, t.pick("名称", "Name"), esc(in.name()));
            }
            if (!in.kind().isEmpty()) {
                fact(b, t.pick("类型", "Kind"), esc(in.kind()));
            }
            fact(b, t.pick("核对", "Check"), esc(status(in.status())));
            b.append("</dl>\n");
            if (in.status() != ReportInput.Status.VERIFIED) {
                b.append("<p class=\"banner\">").append(esc(in.status() == ReportInput.Status.MISSING
                        ? t.pick("在清单记录的路径找不到此文件，其内容（包括所列假设）未能列入本报告；请在运行该命令的目录中重建报告。",
                                "This file is not at the path the manifest records, so its contents (assumptions included) "
                                        + "are not in this report; rebuild the report from the directory the command ran in.")
                        : t.pick("此文件在运行后已被修改（SHA-256 与清单不符），其内容未列入本报告。",
                                "This file has changed since the run (its SHA-256 differs from the manifest's), so its "
                                        + "contents are not in this report."))).append("</p>\n");
                continue;
            }
            if (!in.description().isEmpty()) {
                b.append("<p>").append(esc(in.description())).append("</p>\n");
            }
            if (!in.sources().isEmpty()) {
                b.append("<h4>").append(esc(t.pick("来源", "Sources"))).append("</h4>\n<ol class=\"sources\">\n");
                for (String s : in.sources()) {
                    b.append("<li>").append(link(s)).append("</li>\n");
                }
                b.append("</ol>\n");
            }
            if (!in.comments().isEmpty()) {
                b.append("<h4>").append(esc(t.pick("文件开头的说明", "Notes at the top of the file"))).append("</h4>\n<pre class=\"notes\">");
                b.append(esc(String.join("\n", in.comments()))).append("</pre>\n");
            }
            if (!in.settings().isEmpty()) {
                b.append("<h4>").append(esc(t.pick("设置", "Settings"))).append("</h4>\n<dl class=\"facts settings\">\n");
                in.settings().forEach((k, v) -> fact(b, "<code>" + esc(k) + "</code>", esc(v)));
                b.append("</dl>\n");
            }
            if (!in.clauses().isEmpty()) {
                plainTable(b, Part.INPUTS, "clauses", t.pick("协议条款", "Agreement clauses") + inFile(in.path()),
                        List.of(t.pick("轮次", "Round"), t.pick("年份", "Years"), t.pick("条款", "Clause"),
                                t.pick("类型", "Type"), t.pick("条款内容", "Terms")), in.clauses());
            }
            if (!in.parameters().isEmpty()) {
                plainTable(b, Part.INPUTS, "parameters", t.pick("扫描参数", "Swept parameters") + inFile(in.path()),
                        List.of(t.pick("名称", "Name"), t.pick("路径", "Path"), t.pick("取值分布", "Distribution")),
                        in.parameters());
            }
            if (!in.assumptions().isEmpty()) {
                anyAssumptions = true;
                assumptions(b, in);
            }
        }
        if (structured && !anyAssumptions && primary.status() == ReportInput.Status.VERIFIED) {
            b.append("<p class=\"note\">").append(esc(t.pick("各输入文件均未列出带 [U] 标记的假设。",
                    "No input lists assumptions labelled [U]."))).append("</p>\n");
        }
        b.append("</section>\n");
    }

    private void assumptions(StringBuilder b, ReportInput in) {
        long u = in.assumptions().stream().filter(a -> label(a.note()).equals("U")).count();
        b.append("<h4>").append(esc(t.pick("假设", "Assumptions"))).append("</h4>\n<p class=\"note\">")
                .append(esc(t.pick("共 " + in.assumptions().size() + " 条，其中 " + u + " 条为 [U] 假设。标记："
                                + "[S] 有来源的事实，[I] 由来源事实推断，[U] 假设（无来源，应作敏感性检验）。",
                        in.assumptions().size() + " entries, " + u + " of them [U] assumptions. Labels: [S] stated by a "
                                + "source, [I] inferred from stated facts, [U] assumption (no source; test its influence).")))
                .append("</p>\n");
        String anchor = "tab-" + (++tables);
        String caption = t.pick("假设与标记", "Assumptions and their labels") + inFile(in.path());
        entries.computeIfAbsent(Part.INPUTS, p -> new ArrayList<>()).add(new Entry(anchor, t.tableNo(tables), caption));
        b.append("<div class=\"table-wrap\">\n<table id=\"").append(anchor).append("\" class=\"assumptions\">\n<caption><b>")
                .append(esc(t.tableNo(tables))).append("</b> ").append(esc(caption)).append("</caption>\n<thead><tr><th class=\"num\">#</th><th>")
                .append(esc(t.pick("标记", "Label"))).append("</th><th>").append(esc(t.pick("参数路径", "Path"))).append("</th><th>")
                .append(esc(t.pick("说明", "Note"))).append("</th></tr></thead>\n<tbody>\n");
        int k = 0;
        for (Scenario.Assumption a : in.assumptions()) {
            String label = label(a.note());
            String note = LABEL.matcher(a.note()).replaceFirst("");
            b.append("<tr><td class=\"num\">").append(++k).append("</td><td>");
            if (!label.isEmpty()) {
                b.append("<span class=\"tag tag-").append(label).append("\">[").append(label).append("]</span>");
            } else {
                b.append("—");
            }
            b.append("</td><td><code>").append(esc(a.path())).append("</code></td><td>").append(esc(note)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private String inFile(String path) {
        return t.pick("（" + path + "）", " (" + path + ")");
    }

    private static String label(String note) {
        Matcher m = LABEL.matcher(note);
        return m.find() ? m.group(1) : "";
    }

    private String status(ReportInput.Status status) {
        return switch (status) {
            case VERIFIED -> t.pick("已核对：SHA-256 与运行时一致", "verified: SHA-256 as at run time");
            case CHANGED -> t.pick("运行后已修改：SHA-256 不符", "changed since the run: SHA-256 differs");
            case MISSING -> t.pick("在记录的路径未找到", "not found at the recorded path");
        };
    }

    private static boolean isStructured(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".yaml") || p.endsWith(".yml") || p.endsWith(".json");
    }

    /** A table of the report's own (no money, no units): clauses, parameters. */
    private void plainTable(StringBuilder b, Part part, String cssClass, String caption, List<String> header,
                            List<List<String>> rows) {
        String anchor = "tab-" + (++tables);
        entries.computeIfAbsent(part, p -> new ArrayList<>()).add(new Entry(anchor, t.tableNo(tables), caption));
        b.append("<div class=\"table-wrap\">\n<table id=\"").append(anchor).append("\" class=\"").append(cssClass)
                .append("\">\n<caption><b>").append(esc(t.tableNo(tables))).append("</b> ").append(esc(caption))
                .append("</caption>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String cell : row) {
                b.append("<td>").append(esc(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    // ---------------------------------------------------------------- result parts

    private Part part(String name) {
        if (Set.of("samples", "monthly", "annual", "indices").contains(name) || name.equals(AssessmentCharts.CLASS_MAP)
                || name.startsWith("series-") || name.startsWith(LedgerCharts.CLAUSE_PREFIX)) {
            return Part.DATA;
        }
        if (Set.of("ledger", "balances", "standards", LedgerCharts.PAYMENTS, LedgerCharts.RECEIPTS, LedgerCharts.NET_BALANCE)
                .contains(name)) {
            return Part.LEDGER;
        }
        if (name.startsWith("mc-")) {
            return Part.MONTE_CARLO;
        }
        if (Set.of("sweep", "design", "sensitivity").contains(name) || name.startsWith(SweepCharts.SOBOL_PREFIX)
                || name.startsWith(SweepCharts.MORRIS_PREFIX) || name.startsWith(SweepCharts.TORNADO_PREFIX)
                || name.startsWith(SweepCharts.SCATTER_PREFIX)) {
            return Part.SWEEP;
        }
        for (String key : List.of("split", "solution", "shapley", "nucleolus", "core", "allocation", "ga-", "pareto", "optim",
                "bargain", "claims", "stackelberg", "evolution", "equilibri", "phase", "mechanism", "game", "best", "cost-share",
                "convergence")) {
            if (name.contains(key)) {
                return Part.SOLUTIONS;
            }
        }
        return content.provenance().command().equals("optimize") ? Part.SOLUTIONS : Part.OTHER;
    }

    private String partTitle(Part part) {
        return switch (part) {
            case INPUTS -> t.pick("情景与假设", "Scenario and assumptions");
            case DATA -> t.pick("数据与水质评价", "Data and assessment");
            case LEDGER -> t.pick("补偿台账与收支", "Ledger and balances");
            case MONTE_CARLO -> t.pick("蒙特卡洛预测", "Monte Carlo projection");
            case SOLUTIONS -> t.pick("补偿分担方案", "Payment-split solutions");
            case SWEEP -> t.pick("参数扫描与敏感性", "Sweeps and sensitivity");
            case OTHER -> t.pick("其他结果", "Other results");
            case PROVENANCE -> t.pick("生成说明", "How this was made");
        };
    }

    private String partIntro(Part part) {
        return switch (part) {
            case DATA -> content.provenance().command().equals("assess")
                    ? t.pick("按 GB 3838-2002 单因子评价法逐样本、逐月、逐年评价的水质类别与达标情况。",
                            "Water classes and compliance by GB 3838-2002 single-factor evaluation, per sample, month and year.")
                    : t.pick("决定每笔支付的评价数值（类别、达标率、指数、水量占比）及其阈值。",
                            "The evaluated figures that decided every payment (class, compliance rate, index, flow share) "
                                    + "and the thresholds they were compared with.");
            case LEDGER -> t.pick("协议条款逐年产生的每一笔转移支付及其依据；收支表汇总各方的支付、收入与净额。",
                    "Every transfer the agreement's clauses make, year by year, with the figures behind it; the "
                            + "balances sum what each party paid and received.");
            case MONTE_CARLO -> t.pick("在水质模型的多次随机抽样下预测协议：各方净收支与福利的分布，各条款的支付概率。",
                    "The agreement projected over many random draws of the water-quality model: the distribution of each "
                            + "party's net transfer and welfare, and how often each clause pays.");
            case SOLUTIONS -> t.pick("补偿金额在各方之间的分担方案：合作博弈解与机制设计的结果。",
                    "How the payments could be split among the parties: cooperative-game solutions and mechanism designs.");
            case SWEEP -> t.pick("在参数取值设计上的批量运行结果，以及哪些参数影响最大（敏感性指数）。",
                    "Results over a design of parameter values, and which parameters matter most (sensitivity indices).");
            default -> "";
        };
    }

    private void results(StringBuilder b, int number, Part part, List<ReportTable> ts, List<ReportChart> cs,
                         List<ReportDocument> ds) {
        heading(b, part, number, partTitle(part));
        String intro = partIntro(part);
        if (!intro.isEmpty()) {
            b.append("<p>").append(esc(intro)).append("</p>\n");
        }
        if (ts.stream().anyMatch(tb -> tb.header().stream().anyMatch(h -> h.endsWith("_cny")))) {
            b.append("<p class=\"note\">").append(esc(t.pick(
                    "金额单位：亿元（1 亿元 = 10⁸ 元），保留四位小数；鼠标停在金额上可见 CSV 中的元值。",
                    "Money in 亿元 (100 million CNY, 10⁸ yuan) to four decimals; hover over an amount for the exact "
                            + "yuan as in the CSV."))).append("</p>\n");
        }
        for (ReportChart chart : cs) {
            figure(b, part, chart);
        }
        for (ReportTable table : ts) {
            resultTable(b, part, table);
        }
        for (ReportDocument document : ds) {
            document(b, part, document);
        }
        b.append("</section>\n");
    }

    private static final List<String> TABLE_ORDER = List.of("balances", "standards", "ledger", "indices", "annual", "monthly", "samples",
            "mc-summary", "mc-yearly", "mc-clauses", "mc-efforts", "sensitivity", "sweep", "design", "allocations", "core",
            "stackelberg", "equilibria", "evolution", "pareto");

    private static List<ReportTable> sortedTables(List<ReportTable> ts) {
        return ts.stream().sorted(Comparator.comparingInt((ReportTable tb) -> rank(TABLE_ORDER, tb.name()))
                .thenComparing(ReportTable::name)).toList();
    }

    private static final List<String> CHART_ORDER = List.of(LedgerCharts.PAYMENTS, LedgerCharts.RECEIPTS,
            LedgerCharts.NET_BALANCE, LedgerCharts.CLAUSE_PREFIX + "*", AssessmentCharts.CLASS_MAP, "series-*",
            MonteCarloCharts.FAN, MonteCarloCharts.FAN_PREFIX + "*", MonteCarloCharts.NET_DISTRIBUTION,
            MonteCarloCharts.PAY_PROBABILITY, SweepCharts.TORNADO_PREFIX + "*", SweepCharts.SOBOL_PREFIX + "*",
            SweepCharts.MORRIS_PREFIX + "*", SweepCharts.SCATTER_PREFIX + "*", "allocations*", "cost-shares*", "pareto*",
            "convergence*", "phase-portrait*");

    private List<ReportChart> sortedCharts(List<ReportChart> cs) {
        Function<ReportChart, Integer> clause = c -> clauseRank(c.name());
        return cs.stream().sorted(Comparator.comparingInt((ReportChart c) -> rank(CHART_ORDER, c.name()))
                .thenComparing(clause).thenComparing(ReportChart::name)).toList();
    }

    private static int rank(List<String> order, String name) {
        for (int i = 0; i < order.size(); i++) {
            String p = order.get(i);
            if (p.endsWith("*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p)) {
                return i;
            }
        }
        return order.size();
    }

    /** The position of a clause chart's clause in the agreement (longest matching id), else last. */
    private int clauseRank(String name) {
        if (!name.startsWith(LedgerCharts.CLAUSE_PREFIX)) {
            return 0;
        }
        String rest = name.substring(LedgerCharts.CLAUSE_PREFIX.length());
        int best = clauseOrder.size();
        int bestLength = -1;
        for (int i = 0; i < clauseOrder.size(); i++) {
            String id = clauseOrder.get(i);
            if ((rest.equals(id) || rest.startsWith(id + "-")) && id.length() > bestLength) {
                best = i;
                bestLength = id.length();
            }
        }
        return best;
    }

    /** Clause ids in agreement order: from the inputs' clauses, then from tables with a clause column. */
    private static List<String> clauseOrder(ReportContent content) {
        Set<String> ids = new LinkedHashSet<>();
        content.inputs().forEach(in -> in.clauses().forEach(row -> ids.add(row.get(2))));
        for (ReportTable table : content.tables()) {
            int c = table.header().indexOf("clause");
            if (c >= 0) {
                table.rows().forEach(row -> ids.add(row.get(c)));
            }
        }
        return List.copyOf(ids);
    }

    // ---------------------------------------------------------------- figures

    private void figure(StringBuilder b, Part part, ReportChart chart) {
        int n = ++figures;
        String anchor = "fig-" + n;
        Matcher title = SVG_TITLE.matcher(chart.svg());
        String caption = title.find() ? unescape(title.group(1)).strip() : chart.name();
        entries.computeIfAbsent(part, p -> new ArrayList<>()).add(new Entry(anchor, t.figure(n), caption));
        b.append("<figure id=\"").append(anchor).append("\">\n").append(inlineSvg(chart.svg(), "f" + n + "-", caption))
                .append("\n<figcaption><b>").append(esc(t.figure(n))).append("</b> ").append(esc(caption))
                .append(" <span class=\"file\">charts/").append(esc(chart.file())).append("</span></figcaption>\n</figure>\n");
    }

    /**
     * An SVG document ready to sit inside HTML: prolog and DOCTYPE dropped, ids and the references
     * to them prefixed, marked as an image with a label.
     */
    static String inlineSvg(String svg, String prefix, String label) {
        String s = svg.substring(svg.indexOf("<svg")).strip();
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = SVG_ID.matcher(s);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (!ids.isEmpty()) {
            Matcher r = SVG_REF.matcher(s);
            StringBuilder out = new StringBuilder(s.length() + ids.size() * 16);
            while (r.find()) {
                String replacement = ids.contains(r.group(2)) ? r.group(1) + prefix + r.group(2) : r.group();
                r.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            r.appendTail(out);
            s = out.toString();
        }
        return "<svg class=\"chart\" role=\"img\" aria-label=\"" + esc(label) + "\"" + s.substring(4);
    }

    // ---------------------------------------------------------------- text results

    private void document(StringBuilder b, Part part, ReportDocument document) {
        String anchor = "doc-" + (++documents);
        entries.computeIfAbsent(part, p -> new ArrayList<>()).add(new Entry(anchor, document.file(), ""));
        List<String> lines = document.text().lines().toList();
        b.append("<div class=\"document\" id=\"").append(anchor).append("\">\n<p class=\"caption\"><b>")
                .append(esc(document.file())).append("</b></p>\n<pre>")
                .append(esc(String.join("\n", lines.subList(0, Math.min(lines.size(), DOCUMENT_LINES)))));
        if (lines.size() > DOCUMENT_LINES) {
            b.append("\n").append(esc(t.pick("…… 另有 " + (lines.size() - DOCUMENT_LINES) + " 行，见 " + document.file(),
                    "… " + (lines.size() - DOCUMENT_LINES) + " more lines in " + document.file())));
        }
        b.append("</pre>\n</div>\n");
    }

    // ---------------------------------------------------------------- tables

    private void resultTable(StringBuilder b, Part part, ReportTable table) {
        int n = ++tables;
        String anchor = "tab-" + n;
        String named = t.table(table.name());
        String caption = named != null ? named : table.file();
        entries.computeIfAbsent(part, p -> new ArrayList<>()).add(new Entry(anchor, t.tableNo(n), caption));
        List<String> header = table.header();
        int shown = table.totalRows() <= FULL_ROWS ? table.rows().size() : Math.min(PREVIEW_ROWS, table.rows().size());
        List<List<String>> rows = table.rows().subList(0, shown);
        int columns = header.size();
        boolean[] money = new boolean[columns];
        boolean[] numeric = new boolean[columns];
        boolean[] party = new boolean[columns];
        boolean[] named2 = new boolean[columns];
        boolean[] shortText = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            String h = header.get(c);
            money[c] = h.endsWith("_cny");
            party[c] = PARTY_COLUMNS.contains(h);
            boolean any = false;
            boolean allNumbers = true;
            boolean allBooleans = true;
            int longest = 0;
            for (List<String> row : rows) {
                String v = c < row.size() ? row.get(c) : "";
                longest = Math.max(longest, v.length());
                if (v.isEmpty()) {
                    continue;
                }
                any = true;
                allNumbers &= NUMBER.matcher(v).matches();
                allBooleans &= v.equals("true") || v.equals("false");
            }
            numeric[c] = any && allNumbers;
            named2[c] = NAMED_VALUE_COLUMNS.contains(h) || (any && allBooleans);
            shortText[c] = longest <= SHORT_TEXT;
        }
        b.append("<div class=\"table-wrap\">\n<table id=\"").append(anchor).append(columns > WIDE_COLUMNS ? "\" class=\"wide" : "")
                .append("\">\n<caption><b>").append(esc(t.tableNo(n)))
                .append("</b> ").append(esc(caption)).append(" <span class=\"file\">").append(esc(table.file())).append("</span>");
        if (shown < table.totalRows()) {
            b.append("<br><span class=\"note\">").append(esc(t.rowsOf(shown, table.totalRows(), table.file(),
                    table.totalRows() <= EXCEL_ROWS))).append("</span>");
        }
        for (String comment : table.comments()) {
            b.append("<br><span class=\"note\">").append(esc(comment)).append("</span>");
        }
        b.append("</caption>\n<thead><tr>");
        for (int c = 0; c < columns; c++) {
            b.append(numeric[c] ? "<th class=\"num\"" : "<th").append(" title=\"").append(esc(header.get(c))).append("\">")
                    .append(esc(columnLabel(header.get(c)))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int c = 0; c < columns; c++) {
                String v = c < row.size() ? row.get(c) : "";
                String td = cell(v, money[c] && numeric[c], numeric[c], party[c], named2[c], header.get(c));
                b.append(shortText[c] && !numeric[c] ? "<td class=\"nw\"" + td.substring(3) : td);
            }
            b.append("</tr>\n");
        }
        long more = table.totalRows() - shown;
        if (more > 0) {
            b.append("<tr><td class=\"more\" colspan=\"").append(Math.max(1, columns)).append("\">")
                    .append(esc(t.moreRows(more, table.file()))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private String cell(String v, boolean money, boolean numeric, boolean party, boolean named, String column) {
        if (v.isEmpty()) {
            return "<td></td>";
        }
        if (money && NUMBER.matcher(v).matches()) {
            BigDecimal yuan = new BigDecimal(v);
            String yi = yuan.movePointLeft(8).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
            return "<td class=\"num\" title=\"" + esc(grouped(yuan) + " " + t.yuan()) + "\">" + esc(yi) + "</td>";
        }
        if (numeric) {
            return "<td class=\"num\">" + esc(v) + "</td>";
        }
        String shown = v;
        if (party) {
            shown = labels.account(v);
        } else if (named) {
            String name = t.value(v);
            if (name == null && column.equals("measure")) {
                name = labels.measure(v);
            }
            shown = name == null ? v : name;
        }
        return shown.equals(v) ? "<td>" + esc(v) + "</td>" : "<td title=\"" + esc(v) + "\">" + esc(shown) + "</td>";
    }

    private static String grouped(BigDecimal yuan) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(yuan);
    }

    /** The header of a column: its name in the report's language with the unit, e.g. {@code 金额 (亿元)}. */
    String columnLabel(String column) {
        boolean money = column.endsWith("_cny");
        String base = money ? column.substring(0, column.length() - 4) : column;
        for (Indicator indicator : Indicator.values()) {
            if (indicatorColumn(indicator).equals(column)) {
                String name = t.pick(indicator.chineseName(), indicator.code());
                return indicator.unit().isEmpty() ? name : name + " (" + indicator.unit() + ")";
            }
        }
        String name = t.column(base);
        if (name == null) {
            name = base;
        }
        return money ? name + " (" + t.money() + ")" : name;
    }

    /** The column name of an indicator in ecocomp's tables: {@code nh3n_mg_l}, {@code flow_m3_s}, {@code ph}. */
    private static String indicatorColumn(Indicator indicator) {
        String code = indicator.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String unit = indicator.unit().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return unit.isEmpty() ? code : code + "_" + unit;
    }

    // ---------------------------------------------------------------- how this was made

    private void provenance(StringBuilder b, int number) {
        Provenance p = content.provenance();
        heading(b, Part.PROVENANCE, number, partTitle(Part.PROVENANCE));
        b.append("<h3>").append(esc(t.pick("命令行", "Command line"))).append("</h3>\n<pre><code>")
                .append(esc(commandLine(p.arguments()))).append("</code></pre>\n<dl class=\"facts\">\n");
        fact(b, t.pick("程序", "Program"), esc(p.tool() + " " + p.version()));
        fact(b, t.pick("命令", "Command"), esc(p.command()));
        p.seed().ifPresent(s -> fact(b, t.pick("随机种子", "Seed"), esc(Long.toString(s))));
        p.draws().ifPresent(d -> fact(b, p.command().equals("sweep") ? t.pick("样点数", "Points")
                : t.pick("抽样次数", "Draws"), esc(Long.toString(d))));
        p.threads().ifPresent(n -> fact(b, t.pick("线程数", "Threads"), esc(n + t.pick("（结果与线程数无关）",
                " (results do not depend on it)"))));
        if (!p.jvm().isEmpty()) {
            fact(b, "Java", esc(String.join(" · ", p.jvm().values())));
        }
        if (!p.start().isEmpty()) {
            fact(b, t.pick("开始", "Started"), esc(p.start()));
        }
        if (!p.end().isEmpty()) {
            fact(b, t.pick("完成", "Completed"), esc(p.end()));
        }
        b.append("</dl>\n");
        if (!p.facts().isEmpty()) {
            b.append("<h3>").append(esc(t.pick("运行记录", "Facts of the run"))).append("</h3>\n<dl class=\"facts\">\n");
            p.facts().forEach((k, v) -> fact(b, "<code>" + esc(k) + "</code>", v.isEmpty() ? "—" : esc(v)));
            b.append("</dl>\n");
        }
        b.append("<h3>").append(esc(t.pick("输入文件", "Input files"))).append("</h3>\n<div class=\"table-wrap\">\n<table class=\"inputs\">\n<thead><tr><th>")
                .append(esc(t.pick("路径", "Path"))).append("</th><th>SHA-256</th><th class=\"num\">")
                .append(esc(t.pick("字节", "Bytes"))).append("</th><th>").append(esc(t.pick("核对", "Check")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (ReportInput in : content.inputs()) {
            b.append("<tr><td><code>").append(esc(in.path())).append("</code></td><td><code class=\"hash\">").append(esc(in.sha256()))
                    .append("</code></td><td class=\"num\">").append(in.bytes() < 0 ? "" : Long.toString(in.bytes()))
                    .append("</td><td>").append(esc(status(in.status()))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n<h3>").append(esc(t.pick("结果文件", "Result files"))).append("</h3>\n<ul class=\"files\">\n");
        for (ReportTable table : content.tables()) {
            b.append("<li><code>").append(esc(table.file())).append("</code> — ")
                    .append(esc(t.pick(table.totalRows() + " 行", table.totalRows() + " rows"))).append("</li>\n");
        }
        for (ReportDocument document : content.documents()) {
            b.append("<li><code>").append(esc(document.file())).append("</code></li>\n");
        }
        for (ReportChart chart : content.charts()) {
            b.append("<li><code>charts/").append(esc(chart.file())).append("</code>, <code>charts/")
                    .append(esc(chart.name())).append(".png</code></li>\n");
        }
        b.append("<li><code>results.xlsx</code> — ").append(esc(t.pick("每个 CSV 表一个工作表，数值为数字单元格",
                "one sheet per CSV table, numbers as numeric cells"))).append("</li>\n</ul>\n");
        b.append("<p class=\"note\">").append(esc(t.pick(
                "本报告只由结果文件夹中的表格、图表与 manifest.json 生成，不含其他时间戳；同一结果文件夹重建的报告逐字节相同："
                        + "./ecocomp report 结果文件夹 --lang zh",
                "This report is made only from the result folder's tables, charts and manifest.json, with no other "
                        + "timestamp; rebuilding it from the same folder gives the same bytes: ./ecocomp report RESULTS_DIR --lang en")))
                .append("</p>\n</section>\n");
    }

    /** The command line as a user would type it, arguments quoted for a POSIX shell where needed. */
    static String commandLine(List<String> arguments) {
        StringBuilder b = new StringBuilder("./ecocomp");
        for (String a : arguments) {
            b.append(' ').append(a.matches("[A-Za-z0-9_./:=,+@%^-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- html

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(term.startsWith("<") ? term : esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String link(String s) {
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return "<a href=\"" + esc(s) + "\">" + esc(s) + "</a>";
        }
        return esc(s);
    }

    /** Text escaped for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static final String CSS = """
            :root { --ink: #222; --muted: #666; --rule: #d6d6d6; --accent: #0072B2; --warn: #b35900; }
            * { box-sizing: border-box; }
            html { background: #fff; }
            body { margin: 0 auto; max-width: 1040px; padding: 24px 32px 48px; color: var(--ink);
              font: 15px/1.6 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
                "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; }
            h1 { font-size: 26px; line-height: 1.3; margin: 8px 0 4px; }
            h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
            h3 { font-size: 16.5px; margin: 26px 0 8px; }
            h4 { font-size: 14.5px; margin: 18px 0 6px; }
            a { color: var(--accent); }
            .subtitle { color: var(--muted); margin: 0 0 12px; }
            .banner { border-left: 4px solid var(--warn); background: #fff4e5; padding: 8px 12px; margin: 12px 0; }
            .note { color: var(--muted); font-size: 13px; }
            nav.toc ol { padding-left: 22px; margin: 0; }
            nav.toc ul { padding-left: 18px; margin: 2px 0 8px; font-size: 13.5px; color: var(--muted); }
            nav.toc li { margin: 1px 0; }
            figure { margin: 22px 0; break-inside: avoid; page-break-inside: avoid; }
            svg.chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 0 auto; }
            figcaption, caption, p.caption { font-size: 13.5px; text-align: left; margin: 6px 0; caption-side: top; }
            .file { color: var(--muted); font-size: 12px; font-family: "Noto Sans Mono CJK SC", monospace; }
            .table-wrap { overflow-x: auto; margin: 18px 0; }
            table { border-collapse: collapse; font-size: 12.5px; font-variant-numeric: tabular-nums; }
            th, td { border-bottom: 1px solid #e6e6e6; padding: 3px 8px; vertical-align: top; text-align: left; }
            thead th { border-bottom: 1.5px solid #888; background: #f5f5f5; font-weight: 600; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.nw { white-space: nowrap; }
            td.more { color: var(--muted); font-style: italic; text-align: left; }
            table.assumptions td:nth-child(4) { min-width: 24em; }
            table.clauses td:nth-child(-n+4), table.parameters td:nth-child(1) { white-space: nowrap; }
            .tag { display: inline-block; padding: 0 5px; border-radius: 3px; font-weight: 600; font-size: 12px; }
            .tag-U { background: #fde2c8; color: #8a3b00; }
            .tag-I { background: #e0ecf8; color: #1f4f7a; }
            .tag-S { background: #dff3e4; color: #1d5e2c; }
            pre { white-space: pre-wrap; word-break: break-word; background: #f6f6f6; padding: 8px 12px; font-size: 12.5px; }
            code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 12.5px; }
            code.hash { word-break: break-all; font-size: 11px; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; word-break: break-word; }
            ul.files { columns: 2; font-size: 13px; }
            @page { size: A4; margin: 16mm 14mm 18mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              h2 { break-before: page; page-break-before: always; }
              h2.toc-title { break-before: auto; page-break-before: auto; }
              h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
              .table-wrap { overflow: visible; }
              table { font-size: 7.5pt; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              svg.chart { max-width: 170mm; max-height: 235mm; }
              table.wide { width: 100%; font-size: 6.5pt; }
              table.wide th, table.wide td { padding: 1px 3px; white-space: normal; overflow-wrap: break-word; }
              table.wide td.num { white-space: nowrap; }
              .banner { background: none; }
            }
            """;
}
