package org.ecocomp.report.chart;

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
            "CENTRAL", new Names("中央", "Central government"));

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
}
