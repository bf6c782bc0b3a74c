package org.ecocomp.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocomp.report.chart.Language;
import org.ecocomp.scenario.Scenario;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";

    /** An SVG as ChartWriter writes it: prolog, title, a clip path whose id repeats in every chart. */
    private static String svg(String title, String mark) {
        return PROLOG + "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" height=\"360px\" viewBox=\"0 0 600 360\" "
                + "width=\"600px\" xmlns=\"http://www.w3.org/2000/svg\">\n  <title>" + title + "</title>\n"
                + "  <defs><clipPath id=\"clip1\"><rect height=\"10\" width=\"10\" x=\"0\" y=\"0\"/></clipPath></defs>\n"
                + "  <g clip-path=\"url(#clip1)\"><path d=\"" + mark + "\"/></g>\n  <use xlink:href=\"#clip1\"/>\n</svg>\n";
    }

    static ReportContent content() {
        Provenance p = new Provenance("ecocomp", "0.1.0", "run", List.of("run", "s.yaml", "--out", "my results"),
                OptionalLong.of(7), OptionalLong.of(50), OptionalInt.of(2), Map.of("version", "21"),
                "2026-01-02T03:04:05Z", "2026-01-02T03:04:09Z", Map.of("mode", "replay"));
        ReportInput scenario = new ReportInput("s.yaml", "ab".repeat(32), 100, ReportInput.Status.VERIFIED, "东江 (test)", "t",
                "pilot", "", false, List.of("http://example.org/a"), List.of("a note"),
                List.of(new Scenario.Assumption("rounds[0].stake", "[U] stake assumed <1亿>"),
                        new Scenario.Assumption("simulation", "[I] inferred"),
                        new Scenario.Assumption("economy", "[U] second")),
                List.of(List.of("round 1", "2016–2018", "gd-pays", "compliance-bet", "stake: 1亿"),
                        List.of("round 1", "2016–2018", "gd-pays-2", "compliance-bet", "stake: 1亿")),
                List.of(), Map.of("data", "{files: [d.csv]}"));
        ReportInput data = new ReportInput("d.csv", "cd".repeat(32), 10, ReportInput.Status.VERIFIED, "", "", "", "", true,
                List.of(), List.of("SYNTHETIC series"), List.of(), List.of(), List.of(), Map.of());
        ReportInput gone = ReportInput.bare("gone.csv", "ef".repeat(32), 5, ReportInput.Status.MISSING);
        ReportTable ledger = new ReportTable("ledger.csv", List.of(), List.of("year", "payer", "payee", "amount_cny", "reason"),
                List.of(List.of("2016", "GD", "JX", "100000000.00", "passed"), List.of("2017", "CENTRAL", "fund:a", "-2500000.00", "x")), 2);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < HtmlReport.FULL_ROWS; i++) {
            rows.add(List.of(Integer.toString(i), Double.toString(i * 0.5)));
        }
        ReportTable sweep = new ReportTable("sweep.csv", List.of(), List.of("point", "y"), rows, 1_000_000);
        ReportTable indices = new ReportTable("indices.csv", List.of(), List.of("clause", "measure", "value", "passed"),
                List.of(List.of("gd-pays", "compliance_rate", "0.9166666667", "true")), 1);
        List<ReportChart> charts = List.of(new ReportChart("payments.svg", svg("各方年度支付额", "M0,0 L1,1")),
                new ReportChart("clause-gd-pays-2.svg", svg("Clause gd-pays-2 &amp; more", "M2,2 L3,3")),
                new ReportChart("clause-gd-pays.svg", svg("Clause gd-pays", "M4,4 L5,5")),
                new ReportChart("mystery.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M9,9\"/></svg>"));
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < HtmlReport.DOCUMENT_LINES + 5; i++) {
            yaml.append("line").append(i).append(": <").append(i).append(">\n");
        }
        return new ReportContent(p, List.of(scenario, data, gone), List.of(indices, ledger, sweep), charts,
                List.of(new ReportDocument("best.yaml", yaml.toString())));
    }

    @Test
    void aSelfContainedPageWithEveryPartAndChart() {
        String html = HtmlReport.render(content(), Language.ZH);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 60));
        assertTrue(html.contains("<title>东江 (test)</title>"));
        assertFalse(html.contains("<?xml"), "no XML prolog inside HTML");
        assertFalse(html.contains("<!DOCTYPE svg"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("\\ssrc=").matcher(html).find(), "nothing loaded");
        for (String part : List.of("inputs", "data", "ledger", "solutions", "sweep", "other", "provenance")) {
            assertTrue(html.contains("<section id=\"" + part + "\">"), part);
        }
        assertFalse(html.contains("<section id=\"monte-carlo\">"), "no Monte Carlo part without Monte Carlo results");
        for (String mark : List.of("M0,0 L1,1", "M2,2 L3,3", "M4,4 L5,5", "M9,9")) {
            assertTrue(html.contains("<path d=\"" + mark + "\"/>"), mark);
        }
        assertEquals(4, count(html, "<svg class=\"chart\" role=\"img\""));
        // ids unique across charts, references follow them
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), "duplicate id " + m.group(1));
        }
        assertTrue(html.contains("url(#f1-clip1)") && html.contains("url(#f2-clip1)") && html.contains("xlink:href=\"#f3-clip1\""));
        Matcher ref = Pattern.compile("href=\"#([^\"]+)\"|url\\(#([^)]+)\\)").matcher(html);
        while (ref.find()) {
            String target = ref.group(1) != null ? ref.group(1) : ref.group(2);
            assertTrue(ids.contains(target), "reference to missing id " + target);
        }
        // clause charts in agreement order, after the ledger charts of their part, captions from <title>
        assertTrue(html.indexOf("M4,4 L5,5") < html.indexOf("M2,2 L3,3"), "gd-pays before gd-pays-2");
        assertTrue(html.contains("Clause gd-pays-2 &amp; more"));
        // assumptions with their labels
        assertEquals(2, count(html, "<span class=\"tag tag-U\">[U]</span>"));
        assertEquals(1, count(html, "<span class=\"tag tag-I\">[I]</span>"));
        assertTrue(html.contains("stake assumed &lt;1亿&gt;"));
        assertTrue(html.contains("共 3 条，其中 2 条为 [U] 假设"));
        // money in 亿元 with the yuan in the tooltip; parties named; booleans and measures in Chinese
        assertTrue(html.contains("<td class=\"num\" title=\"100,000,000.00 元\">1.0000</td>"), html);
        assertTrue(html.contains("<td class=\"num\" title=\"-2,500,000.00 元\">-0.0250</td>"));
        assertTrue(html.contains("<th class=\"num\" title=\"amount_cny\">金额 (亿元)</th>"));
        assertTrue(html.contains("title=\"GD\">广东</td>") && html.contains("title=\"fund:a\">基金 a</td>"));
        assertTrue(html.contains("title=\"true\">是</td>") && html.contains("title=\"compliance_rate\">月达标率</td>"));
        // a big table is summarised
        assertEquals(HtmlReport.PREVIEW_ROWS + 1, count(html.substring(html.indexOf("sweep.csv</span>"),
                html.indexOf("</table>", html.indexOf("sweep.csv</span>"))), "<tr>") - 1);
        assertTrue(html.contains("…… 另有 999980 行，见 sweep.csv"));
        // inputs, synthetic data, provenance
        assertTrue(html.contains("class=\"banner\">合成数据：<code>d.csv</code>"));
        assertTrue(html.contains("在清单记录的路径找不到此文件"));
        assertTrue(html.contains("<a href=\"http://example.org/a\">"));
        assertTrue(html.contains("./ecocomp run s.yaml --out &#39;my results&#39;"));
        assertTrue(html.contains("ab".repeat(32)));
        assertTrue(html.contains("<dt>随机种子</dt><dd>7</dd>"));
        // a text result, shown in part
        assertTrue(html.contains("<p class=\"caption\"><b>best.yaml</b></p>\n<pre>line0: &lt;0&gt;\n"));
        assertTrue(html.contains("line199: &lt;199&gt;\n…… 另有 5 行，见 best.yaml</pre>"));
        assertFalse(html.contains("line200"));
        assertTrue(html.indexOf("best.yaml</b>") > html.indexOf("<section id=\"solutions\">"));
    }

    @Test
    void theSameContentGivesTheSameBytesAndEnglishLabels() {
        String zh = HtmlReport.render(content(), Language.ZH);
        assertEquals(zh, HtmlReport.render(content(), Language.ZH));
        String en = HtmlReport.render(content(), Language.EN);
        assertNotEquals(zh, en);
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(en.contains(">1 Scenario and assumptions</h2>") && en.contains("How this was made</h2>"));
        assertTrue(en.contains("<th class=\"num\" title=\"amount_cny\">Amount (100 million CNY)</th>"));
        assertTrue(en.contains("… 999980 more rows in sweep.csv"));
        assertTrue(en.contains("title=\"GD\">Guangdong</td>"));
        assertTrue(en.contains("title=\"100,000,000.00 yuan\">1.0000</td>"));
    }

    @Test
    void columnLabelsCarryUnits() {
        ReportContent c = content();
        assertEquals("氨氮 (mg/L)", labels(c, Language.ZH, "nh3n_mg_l"));
        assertEquals("pH", labels(c, Language.ZH, "ph"));
        assertEquals("NH3-N (mg/L)", labels(c, Language.EN, "nh3n_mg_l"));
        assertEquals("净收支均值 (亿元)", labels(c, Language.ZH, "mean_net_cny"));
        assertEquals("x1", labels(c, Language.ZH, "x1"));
        assertEquals("odd (亿元)", labels(c, Language.ZH, "odd_cny"));
    }

    private static String labels(ReportContent c, Language language, String column) {
        ReportTable t = new ReportTable("t.csv", List.of(), List.of(column), List.of(), 0);
        String html = HtmlReport.render(new ReportContent(c.provenance(), List.of(), List.of(t), List.of()), language);
        Matcher m = Pattern.compile("<th title=\"" + Pattern.quote(column) + "\">([^<]*)</th>").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void commandLinesAreQuotedForTheShell() {
        assertEquals("./ecocomp run a.yaml --out 'b c' --lang=zh 'it'\\''s'",
                HtmlReport.commandLine(List.of("run", "a.yaml", "--out", "b c", "--lang=zh", "it's")));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
