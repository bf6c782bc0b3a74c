package org.ecocomp.report.html;

import java.util.Map;
import org.ecocomp.report.chart.Language;

/** The report's own words in Chinese or English: headings, captions, column and table names. */
final class ReportText {

    private record Names(String zh, String en) {
    }

    private static Names n(String zh, String en) {
        return new Names(zh, en);
    }

    /** Column names of ecocomp's tables, without a unit suffix. */
    private static final Map<String, Names> COLUMNS = Map.ofEntries(
            Map.entry("year", n("年份", "Year")),
            Map.entry("round", n("轮次", "Round")),
            Map.entry("clause", n("条款", "Clause")),
            Map.entry("payer", n("支付方", "Payer")),
            Map.entry("payee", n("收款方", "Payee")),
            Map.entry("amount", n("金额", "Amount")),
            Map.entry("reason", n("依据", "Reason")),
            Map.entry("party", n("参与方", "Party")),
            Map.entry("paid", n("支付", "Paid")),
            Map.entry("received", n("收入", "Received")),
            Map.entry("net", n("净收支", "Net")),
            Map.entry("section", n("断面", "Section")),
            Map.entry("measure", n("指标", "Measure")),
            Map.entry("value", n("数值", "Value")),
            Map.entry("threshold", n("阈值", "Threshold")),
            Map.entry("passed", n("达标", "Passed")),
            Map.entry("probability", n("概率", "Probability")),
            Map.entry("mean_amount", n("平均金额", "Mean amount")),
            Map.entry("mean_when_paid", n("发生时平均金额", "Mean when paid")),
            Map.entry("effort", n("治理投入", "Effort")),
            Map.entry("source", n("来源", "Source")),
            Map.entry("effort_without_agreement", n("无协议时治理投入", "Effort without agreement")),
            Map.entry("draws", n("抽样次数", "Draws")),
            Map.entry("mean", n("均值", "Mean")),
            Map.entry("sd", n("标准差", "SD")),
            Map.entry("se_mean", n("均值标准误", "SE of mean")),
            Map.entry("p5", n("5%分位数", "P5")),
            Map.entry("p25", n("25%分位数", "P25")),
            Map.entry("p50", n("中位数", "Median")),
            Map.entry("p75", n("75%分位数", "P75")),
            Map.entry("p95", n("95%分位数", "P95")),
            Map.entry("mean_net", n("净收支均值", "Mean net")),
            Map.entry("sd_net", n("净收支标准差", "SD of net")),
            Map.entry("p5_net", n("净收支5%分位数", "P5 of net")),
            Map.entry("p25_net", n("净收支25%分位数", "P25 of net")),
            Map.entry("p50_net", n("净收支中位数", "Median net")),
            Map.entry("p75_net", n("净收支75%分位数", "P75 of net")),
            Map.entry("p95_net", n("净收支95%分位数", "P95 of net")),
            Map.entry("probability_pays", n("净支付概率", "Probability of paying")),
            Map.entry("months_assessed", n("评价月数", "Months assessed")),
            Map.entry("months_missing", n("缺测月数", "Months missing")),
            Map.entry("samples", n("样本数", "Samples")),
            Map.entry("class", n("类别", "Class")),
            Map.entry("class_label", n("水质类别", "Water class")),
            Map.entry("limiting", n("定类指标", "Limiting indicators")),
            Map.entry("compliant_months", n("达标月数", "Compliant months")),
            Map.entry("compliance_rate", n("达标率", "Compliance rate")),
            Map.entry("missing_month_policy", n("缺测处理", "Missing months")),
            Map.entry("annual_mean_method", n("年均值方法", "Annual mean")),
            Map.entry("month", n("月份", "Month")),
            Map.entry("target_class", n("目标类别", "Target class")),
            Map.entry("compliant", n("达标", "Compliant")),
            Map.entry("time", n("时间", "Time")),
            Map.entry("water_body", n("水体类型", "Water body")),
            Map.entry("source_class", n("源数据类别", "Source's class")),
            Map.entry("agrees", n("与源一致", "Agrees")),
            Map.entry("point", n("样点", "Point")),
            Map.entry("output", n("输出", "Output")),
            Map.entry("parameter", n("参数", "Parameter")),
            Map.entry("method", n("方法", "Method")),
            Map.entry("label", n("估值对象与来源", "What is valued, and source")),
            Map.entry("part", n("组成部分", "Part")),
            Map.entry("yearly", n("每年金额", "Per year")),
            Map.entry("index", n("指数", "Index")),
            Map.entry("conf_low", n("置信下限", "CI low")),
            Map.entry("conf_high", n("置信上限", "CI high")),
            Map.entry("welfare", n("福利", "Welfare")),
            Map.entry("rule", n("规则", "Rule")),
            Map.entry("share", n("份额", "Share")),
            Map.entry("kind", n("类型", "Kind")),
            Map.entry("transfer", n("转移支付", "Transfer")),
            Map.entry("in_core", n("在核心内", "In the core")),
            Map.entry("note", n("说明", "Note")),
            Map.entry("coalition", n("联盟", "Coalition")),
            Map.entry("allocated", n("分配额", "Allocated")),
            Map.entry("excess", n("超额", "Excess")),
            Map.entry("satisfied", n("满足", "Satisfied")),
            Map.entry("instrument", n("政策工具", "Instrument")),
            Map.entry("follower_effort", n("跟随者治理投入", "Follower's effort")),
            Map.entry("leader_welfare", n("领导者福利", "Leader's welfare")),
            Map.entry("follower_welfare", n("跟随者福利", "Follower's welfare")),
            Map.entry("x_protect", n("上游保护比例 x", "Upstream protecting, x")),
            Map.entry("y_compensate", n("下游补偿比例 y", "Downstream compensating, y")),
            Map.entry("determinant", n("行列式", "Determinant")),
            Map.entry("trace", n("迹", "Trace")),
            Map.entry("stability", n("稳定性", "Stability")),
            Map.entry("generation", n("代数", "Generation")),
            Map.entry("best", n("最优值", "Best")),
            Map.entry("best_violation", n("最优解约束违背", "Best's violation")),
            Map.entry("feasible_share", n("可行解占比", "Feasible share")),
            Map.entry("evaluations", n("评价次数", "Evaluations")),
            Map.entry("violation", n("约束违背", "Violation")));

    /** Titles of ecocomp's tables by file stem. */
    private static final Map<String, Names> TABLES = Map.ofEntries(
            Map.entry("ledger", n("补偿台账（逐笔支付）", "Ledger of payments")),
            Map.entry("balances", n("各方收支（逐年及合计）", "Balances by party and year")),
            Map.entry("standards", n("补偿标准（各估值方法，每年）", "Compensation standards by valuation method, per year")),
            Map.entry("indices", n("支付依据的评价数值", "Figures behind every payment")),
            Map.entry("annual", n("各断面年度水质评价", "Annual assessment by section")),
            Map.entry("monthly", n("各断面月度水质评价", "Monthly assessment by section")),
            Map.entry("samples", n("监测样本评价", "Evaluated samples")),
            Map.entry("mc-summary", n("蒙特卡洛汇总：预测期净收支与福利", "Monte Carlo summary: net transfer and welfare")),
            Map.entry("mc-yearly", n("逐年净收支分布", "Yearly net transfer by party")),
            Map.entry("mc-clauses", n("各条款的支付概率与金额", "Payments by clause and year")),
            Map.entry("mc-efforts", n("各方治理投入", "Efforts by party")),
            Map.entry("sensitivity", n("敏感性指数", "Sensitivity indices")),
            Map.entry("sweep", n("扫描结果（每个样点一行）", "Sweep results, one row per point")),
            Map.entry("design", n("扫描设计（参数取值）", "Sweep design: parameter values per point")),
            Map.entry("allocations", n("各分担规则下的分配方案", "Allocations by rule")),
            Map.entry("core", n("联盟值与核心检验", "Coalition values and the core")),
            Map.entry("stackelberg", n("斯塔克尔伯格博弈：政策工具与响应", "Stackelberg game: instrument and response")),
            Map.entry("equilibria", n("演化博弈的均衡点及其稳定性", "Evolutionary game: equilibria and their stability")),
            Map.entry("evolution", n("遗传算法逐代进展", "Genetic search by generation")),
            Map.entry("pareto", n("帕累托前沿（NSGA-II）", "Pareto front (NSGA-II)")));

    /** Cell values worth naming: measures of Monte Carlo summaries and effort sources. */
    private static final Map<String, Names> VALUES = Map.ofEntries(
            Map.entry("net_transfer", n("净转移支付", "net transfer")),
            Map.entry("welfare", n("福利", "welfare")),
            Map.entry("best-response", n("最优反应", "best response")),
            Map.entry("fixed", n("固定", "fixed")),
            Map.entry("true", n("是", "yes")),
            Map.entry("false", n("否", "no")),
            Map.entry("river", n("河流", "river")),
            Map.entry("lake", n("湖库", "lake")));

    private final Language language;

    ReportText(Language language) {
        this.language = language;
    }

    String pick(String zh, String en) {
        return switch (language) {
            case ZH -> zh;
            case EN -> en;
        };
    }

    private String pick(Names names) {
        return pick(names.zh(), names.en());
    }

    /** A column's name in the report, or {@code null} when it has none. */
    String column(String base) {
        Names names = COLUMNS.get(base);
        return names == null ? null : pick(names);
    }

    /** A table's title, or {@code null} when it has none. */
    String table(String stem) {
        Names names = TABLES.get(stem);
        return names == null ? null : pick(names);
    }

    /** A cell value's name in the report, or {@code null} when it is shown as written. */
    String value(String value) {
        Names names = VALUES.get(value);
        return names == null ? null : pick(names);
    }

    String htmlLang() {
        return pick("zh-CN", "en");
    }

    String money() {
        return pick("亿元", "100 million CNY");
    }

    String yuan() {
        return pick("元", "yuan");
    }

    String contents() {
        return pick("目录", "Contents");
    }

    String figure(int n) {
        return pick("图 " + n, "Figure " + n);
    }

    String tableNo(int n) {
        return pick("表 " + n, "Table " + n);
    }

    String moreRows(long more, String file) {
        return pick("…… 另有 " + more + " 行，见 " + file, "… " + more + " more rows in " + file);
    }

    String rowsOf(long shown, long total, String file, boolean inWorkbook) {
        return pick("显示前 " + shown + " 行，共 " + total + " 行；完整数据见 " + file + (inWorkbook ? " 与 results.xlsx" : ""),
                "First " + shown + " of " + total + " rows; all of them in " + file + (inWorkbook ? " and results.xlsx" : ""));
    }
}
