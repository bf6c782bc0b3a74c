package org.ecocomp.report.chart;

import org.ecocomp.agreement.Clause;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.WaterClass;

/**
 * The strings charts show, in Chinese or English: axis titles, indicator and class names, month
 * names, party names and chart titles.
 *
 * <p>Data stay as the data give them: a section name is never translated.
 *
 * @param language the language of every string
 */
public record Labels(Language language) {

    private record Names(String zh, String en) {
    }

    private static final Map<String, Names> PARTIES = Map.of(
            "JX", new Names("江西", "Jiangxi"),
            "GD", new Names("广东", "Guangdong"),
            "FJ", new Names("福建", "Fujian"),
            "GX", new Names("广西", "Guangxi"),
            "YN", new Names("云南", "Yunnan"),
            "GZ", new Names("贵州", "Guizhou"),
            "SC", new Names("四川", "Sichuan"),
            "AH", new Names("安徽", "Anhui"),
            "ZJ", new Names("浙江", "Zhejiang"),
            "CENTRAL", new Names("中央财政", "Central government"));

    /** Checks that a language is given. */
    public Labels {
        Objects.requireNonNull(language, "language");
    }

    private String pick(String zh, String en) {
        return switch (language) {
            case ZH -> zh;
            case EN -> en;
        };
    }

    /**
     * The name of a party to an agreement.
     *
     * @param code a province code ({@code JX}, {@code GD}, ...) or {@code CENTRAL}
     * @return the province's name, or the code itself when it is not one of ecocomp's parties
     */
    public String party(String code) {
        Names names = PARTIES.get(code);
        return names == null ? code : pick(names.zh(), names.en());
    }

    /** The indicator's name: {@code 氨氮} or {@code ammonia nitrogen (NH3-N)}; {@code pH} in both. */
    public String indicator(Indicator indicator) {
        if (indicator.code().equals(indicator.englishName())) {
            return indicator.code();
        }
        return pick(indicator.chineseName(), indicator.englishName() + " (" + indicator.code() + ")");
    }

    /** A value axis title with the unit: {@code 氨氮 (mg/L)} or {@code NH3-N (mg/L)}. */
    public String valueAxis(Indicator indicator) {
        String name = pick(indicator.chineseName(), indicator.code());
        return indicator.unit().isEmpty() ? name : name + " (" + indicator.unit() + ")";
    }

    /** A class as a legend shows it: {@code Ⅲ类}, {@code 劣Ⅴ类}, {@code Class III}, {@code Worse than V}. */
    public String waterClass(WaterClass waterClass) {
        return pick(waterClass.label() + "类", waterClass == WaterClass.WORSE_THAN_V
                ? "Worse than V" : "Class " + waterClass.englishLabel());
    }

    /**
     * The label of one GB 3838 limit line.
     *
     * @param classes the classes whose limit lies on the line, best first (COD has one limit for Ⅰ
     *     and Ⅱ, pH the same bounds for Ⅰ–Ⅴ)
     * @param target true when the line is the target class's limit
     * @return e.g. {@code Ⅰ/Ⅱ类}, {@code Ⅲ类 目标} or {@code Class III (target)}
     */
    public String limit(List<WaterClass> classes, boolean target) {
        WaterClass first = classes.getFirst();
        WaterClass last = classes.getLast();
        String separator = classes.size() > 2 ? "–" : "/";
        String zh = first.label() + (classes.size() > 1 ? separator + last.label() : "") + "类";
        String en = "Class " + first.englishLabel() + (classes.size() > 1 ? separator + last.englishLabel() : "");
        return target ? pick(zh + " 目标", en + " (target)") : pick(zh, en);
    }

    /** A month's name: {@code 7月} or {@code Jul}. */
    public String month(Month month) {
        return pick(month.getValue() + "月", month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    /** A tick on a time axis: the year alone for January, else {@code 2009年7月} or {@code Jul 2009}. */
    public String monthTick(YearMonth month) {
        if (month.getMonth() == Month.JANUARY) {
            return Integer.toString(month.getYear());
        }
        return pick(month.getYear() + "年" + month(month.getMonth()), month(month.getMonth()) + " " + month.getYear());
    }

    /** The title of a time axis. */
    public String timeAxis() {
        return pick("时间", "Time");
    }

    /** The title of an axis of monitoring sections. */
    public String sectionAxis() {
        return pick("断面", "Section");
    }

    /** The legend entry of measured samples. */
    public String samples() {
        return pick("监测值", "Samples");
    }

    /** The legend entry of monthly means. */
    public String monthlyMeans() {
        return pick("月均值", "Monthly mean");
    }

    /** The legend entry marking months whose class misses the target. */
    public String belowTarget() {
        return pick("未达目标", "Below target");
    }

    /** The title of one indicator's time series at one section. */
    public String seriesTitle(String section, Indicator indicator) {
        return pick(section + "断面 " + indicator(indicator), section + ": " + indicator(indicator));
    }

    /** The title of the section × month class map, naming the target when there is one. */
    public String classMapTitle(Optional<WaterClass> target) {
        return pick("各断面月均水质类别", "Monthly water class by section")
                + target.map(t -> pick("（目标 " + waterClass(t) + "）", " (target: " + waterClass(t) + ")"))
                        .orElse("");
    }

    /**
     * The name of an account in a ledger: a party's name, or a fund account as {@code 基金 id} /
     * {@code Fund id}.
     *
     * @param code a party code, or a fund account {@code fund:<id>}
     * @return the name shown in legends
     */
    public String account(String code) {
        if (Clause.PooledFund.isAccount(code)) {
            String id = code.substring(Clause.PooledFund.ACCOUNT_PREFIX.length());
            return pick("基金 " + id, "Fund " + id);
        }
        return party(code);
    }

    /** The title of an axis of years. */
    public String yearAxis() {
        return pick("年份", "Year");
    }

    /** The title of an axis of money in 亿元 (10⁸ yuan). */
    public String amountAxis() {
        return pick("金额 (亿元)", "Amount (100 million CNY)");
    }

    /** The title of the chart of what each party paid, per year. */
    public String paymentsTitle() {
        return pick("各方年度支付额", "Payments by party and year");
    }

    /** The title of the chart of what each party received, per year. */
    public String receiptsTitle() {
        return pick("各方年度收入额", "Receipts by party and year");
    }

    /** The title of the chart of each party's cumulative net balance. */
    public String netBalanceTitle() {
        return pick("各方累计净收支", "Cumulative net balance by party");
    }

    /** The title of an axis of cumulative net balance (received − paid) in 亿元. */
    public String netBalanceAxis() {
        return pick("累计净收支 (亿元)", "Cumulative net (100 million CNY)");
    }

    /**
     * The name of a settlement figure ({@code Measure.name()}).
     *
     * @param measure e.g. {@code P}, {@code compliance_rate}, {@code annual_class}
     * @return e.g. {@code 月达标率} or {@code monthly compliance rate}; the name itself when it is not
     *     one of the figures charts know
     */
    public String measure(String measure) {
        return switch (measure) {
            case "P" -> pick("补偿指数 P", "compensation index P");
            case "compliance_rate" -> pick("月达标率", "monthly compliance rate");
            case "annual_class" -> pick("年均水质类别", "annual mean water class");
            case "pollution_index" -> pick("污染指数", "pollution index");
            case "flow_share_passing" -> pick("达标断面水量占比", "flow share of passing sections");
            default -> measure;
        };
    }

    /** The title of an axis of a settlement figure, with its unit: {@code 达标率 (%)}, {@code P}. */
    public String measureAxis(String measure) {
        return switch (measure) {
            case "compliance_rate" -> pick("达标率 (%)", "Compliance rate (%)");
            case "annual_class" -> pick("水质类别", "Water class");
            case "pollution_index" -> pick("污染指数", "Pollution index");
            case "flow_share_passing" -> pick("水量占比 (%)", "Flow share (%)");
            default -> measure;
        };
    }

    /** The title of the chart of one clause's figure per year. */
    public String clauseTitle(String clause, String measure) {
        return pick("条款 " + clause + "：" + measure(measure), "Clause " + clause + ": " + measure(measure));
    }

    /** The legend entry of what a figure is compared with: a threshold, a target, last year's value. */
    public String threshold(String measure) {
        return switch (measure) {
            case "compliance_rate" -> pick("目标达标率", "Target rate");
            case "annual_class" -> pick("目标类别", "Target class");
            case "pollution_index" -> pick("上年值", "Previous year");
            default -> pick("阈值", "Threshold");
        };
    }

    /** The legend entry of one section's threshold, when sections have different ones. */
    public String threshold(String measure, String section) {
        return pick(threshold(measure) + "（" + section + "）", threshold(measure) + " (" + section + ")");
    }

    /** The legend entry of years whose figure met its threshold. */
    public String met() {
        return pick("达标", "Met");
    }

    /** The legend entry of years whose figure missed its threshold. */
    public String notMet() {
        return pick("未达标", "Not met");
    }

    /** A class as a tick of a class axis: {@code Ⅲ}, {@code 劣Ⅴ}, {@code III}, {@code worse than V}. */
    public String classTick(WaterClass waterClass) {
        return pick(waterClass.label(), waterClass.englishLabel());
    }

    /** The title of the fan chart of every party's yearly net transfer over the Monte Carlo draws. */
    public String fanTitle() {
        return pick("各方年度净收支（蒙特卡洛）", "Yearly net transfer by party (Monte Carlo)");
    }

    /** The title of the fan chart of one party's yearly net transfer over the Monte Carlo draws. */
    public String fanTitle(String party) {
        return pick(party(party) + "年度净收支（蒙特卡洛）", party(party) + ": yearly net transfer (Monte Carlo)");
    }

    /** The title of an axis of a year's net transfer (received − paid) in 亿元. */
    public String yearlyNetAxis() {
        return pick("年度净收支 (亿元)", "Net transfer per year (100 million CNY)");
    }

    /** The legend entry of the median over the draws. */
    public String median() {
        return pick("中位数", "Median");
    }

    /**
     * The legend entry of the band between two percentiles of the draws.
     *
     * @param low the lower percentile, e.g. 5
     * @param high the upper percentile, e.g. 95
     * @return {@code 5%–95% 分位区间} or {@code 5th–95th percentile}
     */
    public String percentileBand(int low, int high) {
        return pick(low + "%–" + high + "% 分位区间", ordinal(low) + "–" + ordinal(high) + " percentile");
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The title of the chart of the distribution of each party's net transfer over the projection. */
    public String netDistributionTitle() {
        return pick("各方预测期累计净收支分布", "Distribution of net transfer over the projection");
    }

    /** The title of an axis of the net transfer summed over the projection, in 亿元. */
    public String totalNetAxis() {
        return pick("预测期累计净收支 (亿元)", "Total net transfer (100 million CNY)");
    }

    /** The title of an axis of the share of Monte Carlo draws in a histogram bin. */
    public String drawShareAxis() {
        return pick("抽样占比 (%)", "Share of draws (%)");
    }

    /** The legend entry of the lines that mark means. */
    public String mean() {
        return pick("均值", "Mean");
    }

    /**
     * A party's legend entry with its mean: {@code 江西（均值 3.21）} or {@code Jiangxi (mean 3.21)}.
     *
     * @param party the party code
     * @param mean the mean, already formatted with its precision
     * @return the legend entry
     */
    public String partyWithMean(String party, String mean) {
        return pick(party(party) + "（均值 " + mean + "）", party(party) + " (mean " + mean + ")");
    }

    /**
     * The legend entry of a party whose value is the same in every draw: {@code 中央财政（每次抽样均为 -48）}
     * or {@code Central government (-48 in every draw)}.
     *
     * @param party the party code
     * @param value the value, already formatted with its precision
     * @return the legend entry
     */
    public String sameInEveryDraw(String party, String value) {
        return pick(party(party) + "（每次抽样均为 " + value + "）", party(party) + " (" + value + " in every draw)");
    }

    /** The title of the chart of the probability of each party being a net payer, per year. */
    public String payProbabilityTitle() {
        return pick("各方年度净支付概率", "Probability of net payment by party and year");
    }

    /** The title of an axis of the probability of being a net payer in a year, in %. */
    public String payProbabilityAxis() {
        return pick("净支付概率 (%)", "Probability of net payment (%)");
    }

    /** The title of an axis of model parameters. */
    public String parameterAxis() {
        return pick("参数", "Parameter");
    }

    /** The title of the tornado chart of an output (one-at-a-time swings); the output name as written. */
    public String tornadoTitle(String output) {
        return pick("单因素敏感性（龙卷风图）：" + output, "One-at-a-time sensitivity (tornado): " + output);
    }

    /**
     * The legend entry of the bars of parameters moved down or up by a percentage of their base value.
     *
     * @param up true for the move up
     * @param percent the move, already formatted, without the sign or the {@code %}
     * @return {@code 参数下调 10%} or {@code Parameter +10%}
     */
    public String parameterMove(boolean up, String percent) {
        return up ? pick("参数上调 " + percent + "%", "Parameter +" + percent + "%")
                : pick("参数下调 " + percent + "%", "Parameter −" + percent + "%");
    }

    /** The legend entry of the line at the output of the base point, with its value already formatted. */
    public String baseOutput(String value) {
        return pick("基准输出 " + value, "Base output " + value);
    }

    /** The title of the chart of an output's Sobol' indices; the output name as written. */
    public String sobolTitle(String output) {
        return pick("Sobol 敏感性指数：" + output, "Sobol' indices: " + output);
    }

    /** The title of an axis of sensitivity indices. */
    public String sobolAxis() {
        return pick("敏感性指数", "Sensitivity index");
    }

    /** The legend entry of first-order Sobol' indices. */
    public String firstOrder() {
        return pick("一阶指数 S1", "First order S1");
    }

    /** The legend entry of total-order Sobol' indices. */
    public String totalOrder() {
        return pick("总效应指数 ST", "Total order ST");
    }

    /**
     * The legend entry of bootstrap confidence intervals.
     *
     * @param percent the confidence level in %, already formatted, e.g. {@code 95}
     * @return {@code 95% 置信区间} or {@code 95% confidence interval}
     */
    public String confidenceInterval(String percent) {
        return pick(percent + "% 置信区间", percent + "% confidence interval");
    }

    /** The note on a chart of sensitivity indices of an output that does not vary. */
    public String indicesUndefined() {
        return pick("输出不变，敏感性指数无定义", "The output does not vary: indices are undefined");
    }

    /** The title of the Morris μ*–σ chart of an output; the output name as written. */
    public String morrisTitle(String output) {
        return pick("Morris 筛选：" + output, "Morris screening: " + output);
    }

    /** The title of an axis of μ*, the mean absolute elementary effect. */
    public String muStarAxis() {
        return pick("μ*（基本效应绝对值的均值）", "μ* (mean absolute elementary effect)");
    }

    /** The title of an axis of σ, the standard deviation of the elementary effects. */
    public String sigmaAxis() {
        return pick("σ（基本效应的标准差）", "σ (standard deviation of elementary effects)");
    }

    /** The legend entry of the parameters' points in a Morris chart. */
    public String parameters() {
        return pick("参数", "Parameters");
    }

    /** The note on a Morris chart whose σ is undefined (one trajectory), drawn at 0. */
    public String sigmaUndefined() {
        return pick("σ 无定义（仅 1 条轨迹），画在 0 处", "σ undefined (one trajectory): drawn at 0");
    }

    /** The title of the scatter of an output against a parameter; both names as written. */
    public String scatterTitle(String output, String parameter) {
        return pick(output + " 与 " + parameter, output + " against " + parameter);
    }

    /**
     * The legend entry of the points of a sweep scatter, with the parameter's influence.
     *
     * @param shown how many points are drawn, already formatted
     * @param total how many points the sweep has, already formatted
     * @param subsampled whether fewer points are drawn than the sweep has
     * @param influence the parameter's influence on the output, from {@link #influence}
     * @return e.g. {@code 全部 512 个点（ST = 0.558）} or {@code 5,000 of 8,192 points (ST = 0.558)}
     */
    public String sweepPoints(String shown, String total, boolean subsampled, String influence) {
        String points = subsampled ? pick(total + " 个点中的 " + shown + " 个", shown + " of " + total + " points")
                : pick("全部 " + total + " 个点", "all " + total + " points");
        return pick(points + "（" + influence + "）", points + " (" + influence + ")");
    }

    /**
     * How much an output depends on a parameter, as a scatter's legend names it.
     *
     * @param measure {@code ST}, {@code mu*}, {@code swing} or {@code spearman}
     * @param value the value, already formatted
     * @return e.g. {@code ST = 0.558}, {@code μ* = 3.2}, {@code 摆幅 = 1.2}, {@code Spearman ρ = -0.43}
     */
    public String influence(String measure, String value) {
        return switch (measure) {
            case "ST" -> "ST = " + value;
            case "mu*" -> "μ* = " + value;
            case "swing" -> pick("摆幅 = ", "swing = ") + value;
            case "spearman" -> "Spearman ρ = " + value;
            default -> measure + " = " + value;
        };
    }

    /**
     * The name of a split rule ({@code Splits.Split.rule()}).
     *
     * @param rule e.g. {@code shapley}, {@code claims-talmud}, {@code local-responsibility}
     * @return e.g. {@code 核仁} or {@code Nucleolus}; the name itself when it is not one of the rules charts know
     */
    public String rule(String rule) {
        return switch (rule) {
            case "shapley" -> pick("Shapley 值", "Shapley value");
            case "nucleolus" -> pick("核仁", "Nucleolus");
            case "least-core" -> pick("最小核", "Least core");
            case "nash-bargaining" -> pick("纳什谈判解", "Nash bargaining");
            case "downstream-incremental" -> pick("下游增量分配", "Downstream incremental");
            case "claims-proportional" -> pick("索赔：比例", "Claims: proportional");
            case "claims-constrained-equal-awards" -> pick("索赔：受限均等收益", "Claims: equal awards");
            case "claims-constrained-equal-losses" -> pick("索赔：受限均等损失", "Claims: equal losses");
            case "claims-talmud" -> pick("索赔：塔木德", "Claims: Talmud");
            case "local-responsibility" -> pick("属地责任", "Local responsibility");
            case "upstream-equal-sharing" -> pick("上游均摊", "Upstream equal sharing");
            case "upstream-responsibility" -> pick("上游责任", "Upstream responsibility");
            default -> rule;
        };
    }

    /** The title of the chart of every welfare rule's split of the cooperative gain. */
    public String welfareSplitTitle() {
        return pick("各分配规则下的合作收益分配", "Split of the cooperative gain by rule");
    }

    /** The title of the chart of every cost rule's split of the cleaning cost. */
    public String costShareTitle() {
        return pick("各分担规则下的治理成本分担", "Split of the cleaning cost by rule");
    }

    /** The title of an axis of split rules, saying what an asterisk marks when some split is not in the core. */
    public String ruleAxis(boolean notInCoreMarked) {
        return notInCoreMarked ? pick("分配规则（* 不在核心内）", "Rule (* not in the core)") : pick("分配规则", "Rule");
    }

    /** The title of an axis of each player's share of the cooperative gain, in 亿元. */
    public String welfareShareAxis() {
        return pick("分得收益 (亿元)", "Share of the gain (100 million CNY)");
    }

    /** The title of an axis of each player's share of the cleaning cost, in 亿元. */
    public String costShareAxis() {
        return pick("分担成本 (亿元)", "Share of the cost (100 million CNY)");
    }

    /** The legend entry of splits that are not in the core. */
    public String notInCore() {
        return pick("不在核心内", "Not in the core");
    }

    /**
     * The name of an objective of a mechanism design ({@code Objective.name()}).
     *
     * @param objective e.g. {@code joint-welfare}, {@code upstream-risk}
     * @return e.g. {@code 联合福利} or {@code Joint welfare}; the name itself when it is not one of
     *     the objectives charts know
     */
    public String objective(String objective) {
        return switch (objective) {
            case "joint-welfare" -> pick("联合福利", "Joint welfare");
            case "water-quality" -> pick("Ⅲ类达标比例", "Share meeting Class III");
            case "fairness" -> pick("与 Shapley 分配的偏离", "Distance from the Shapley split");
            case "upstream-risk" -> pick("上游净支付概率", "Upstream net-payer probability");
            case "central-budget" -> pick("中央财政支出", "Central budget");
            default -> objective;
        };
    }

    /**
     * The title of an axis of an objective, with its unit and which way is better.
     *
     * @param objective the objective's name, as {@link #objective(String)} takes it
     * @param unit the unit as the axis shows it, e.g. {@code 亿元} or {@code %}; empty for none
     * @param maximised whether larger values are better
     * @return e.g. {@code 联合福利 (亿元，越大越好)} or {@code Central budget (100 million CNY; lower is better)}
     */
    public String objectiveAxis(String objective, String unit, boolean maximised) {
        String better = maximised ? pick("越大越好", "higher is better") : pick("越小越好", "lower is better");
        return objective(objective) + (unit.isEmpty() ? " (" + better + ")"
                : pick(" (" + unit + "，" + better + ")", " (" + unit + "; " + better + ")"));
    }

    /** The unit 亿元 as an axis title shows it: {@code 亿元} or {@code 100 million CNY}. */
    public String hundredMillionYuan() {
        return pick("亿元", "100 million CNY");
    }

    /** The title of an axis of objective values when the objective is not known. */
    public String objectiveValueAxis() {
        return pick("目标值", "Objective value");
    }

    /**
     * The title of the Pareto front chart.
     *
     * @param objectives how many objectives the front has; with more than two the chart shows the first two
     * @return {@code 帕累托前沿} or {@code Pareto front (first 2 of 3 objectives)}
     */
    public String paretoTitle(int objectives) {
        return objectives <= 2 ? pick("帕累托前沿", "Pareto front")
                : pick("帕累托前沿（" + objectives + " 个目标中的前 2 个）",
                        "Pareto front (first 2 of " + objectives + " objectives)");
    }

    /** The legend entry of the feasible points of a Pareto front. */
    public String paretoFeasible() {
        return pick("前沿解（可行）", "Front (feasible)");
    }

    /** The legend entry of the points of a Pareto front that violate a constraint. */
    public String paretoInfeasible() {
        return pick("前沿解（不可行）", "Front (infeasible)");
    }

    /** The label of the current agreement's point, saying when it violates a constraint. */
    public String currentAgreement(boolean feasible) {
        return feasible ? pick("现行协议", "Current agreement") : pick("现行协议（不可行）", "Current agreement (infeasible)");
    }

    /** The title of the convergence chart of a genetic search, naming the objective it optimises. */
    public String convergenceTitle(String objective) {
        return objective.isEmpty() ? pick("遗传算法收敛过程", "Genetic search convergence")
                : pick("遗传算法收敛过程：" + objective(objective), "Genetic search convergence: " + objective(objective));
    }

    /** The title of an axis of generations. */
    public String generationAxis() {
        return pick("代数", "Generation");
    }

    /** The legend entry of the best objective value found so far. */
    public String bestSoFar() {
        return pick("迄今最优值", "Best so far");
    }

    /** The legend entry of generations whose best candidate so far violates a constraint. */
    public String bestInfeasible() {
        return pick("最优解不可行", "Best is infeasible");
    }

    /** The legend entry of the population's mean objective value. */
    public String populationMean() {
        return pick("种群均值", "Population mean");
    }

    /** The legend entry and axis title of the share of a generation that is feasible, in %. */
    public String feasibleShareAxis() {
        return pick("可行解比例 (%)", "Feasible share (%)");
    }

    /** The title of the replicator dynamics' phase portrait. */
    public String phasePortraitTitle() {
        return pick("复制动态相图", "Replicator dynamics phase portrait");
    }

    /** The title of the axis of the share of the upstream population that protects. */
    public String upstreamProtectingAxis() {
        return pick("上游保护比例", "Share of upstream protecting");
    }

    /** The title of the axis of the share of the downstream population that compensates. */
    public String downstreamCompensatingAxis() {
        return pick("下游补偿比例", "Share of downstream compensating");
    }

    /** The legend entry of the trajectories of a phase portrait. */
    public String trajectories() {
        return pick("演化轨迹", "Trajectories");
    }

    /**
     * The legend entry of equilibria of one stability ({@code Stability.name()}).
     *
     * @param stability e.g. {@code EVOLUTIONARILY_STABLE}, {@code SADDLE}
     * @return e.g. {@code 演化稳定策略 (ESS)} or {@code Saddle point}
     */
    public String stability(String stability) {
        return switch (stability) {
            case "EVOLUTIONARILY_STABLE" -> pick("演化稳定策略 (ESS)", "Evolutionarily stable (ESS)");
            case "UNSTABLE_NODE" -> pick("不稳定结点", "Unstable node");
            case "SADDLE" -> pick("鞍点", "Saddle point");
            case "CENTRE" -> pick("中心", "Centre");
            case "NON_HYPERBOLIC" -> pick("非双曲平衡点", "Non-hyperbolic");
            default -> stability;
        };
    }
}
