package org.ecocomp.quality;

import java.util.Locale;
import java.util.Optional;

/**
 * A monitored quantity at a cross-section, with its canonical unit and direction.
 *
 * <p>Concentrations are held in mg/L, pH is dimensionless and flow is in m³/s. {@link #code()} is the
 * short name used in files and on the command line; {@link #chineseName()} is the name CNEMC uses.
 */
public enum Indicator {
    /** pH, dimensionless; 6–9 for every class. */
    PH("pH", "pH", "pH", "", Direction.RANGE),
    /** Dissolved oxygen 溶解氧, mg/L; a lower bound per class. */
    DO("DO", "溶解氧", "dissolved oxygen", "mg/L", Direction.LOWER_BOUND),
    /** Permanganate index 高锰酸盐指数, mg/L. */
    CODMN("CODMn", "高锰酸盐指数", "permanganate index", "mg/L", Direction.UPPER_BOUND),
    /** Chemical oxygen demand 化学需氧量, mg/L. */
    COD("COD", "化学需氧量", "chemical oxygen demand", "mg/L", Direction.UPPER_BOUND),
    /** Five-day biochemical oxygen demand 五日生化需氧量, mg/L. */
    BOD5("BOD5", "五日生化需氧量", "five-day BOD", "mg/L", Direction.UPPER_BOUND),
    /** Ammonia nitrogen 氨氮, mg/L. */
    NH3N("NH3-N", "氨氮", "ammonia nitrogen", "mg/L", Direction.UPPER_BOUND),
    /** Total phosphorus 总磷, mg/L; stricter limits for lakes and reservoirs. */
    TP("TP", "总磷", "total phosphorus", "mg/L", Direction.UPPER_BOUND),
    /** Total nitrogen 总氮, mg/L; graded for lakes and reservoirs only. */
    TN("TN", "总氮", "total nitrogen", "mg/L", Direction.UPPER_BOUND),
    /** Discharge 流量, m³/s. */
    FLOW("flow", "流量", "flow", "m3/s", Direction.NONE);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final String unit;
    private final Direction direction;

    Indicator(String code, String chineseName, String englishName, String unit, Direction direction) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.unit = unit;
        this.direction = direction;
    }

    /** Short code used in files and options, e.g. {@code NH3-N}. */
    public String code() {
        return code;
    }

    /** Chinese name as CNEMC prints it, e.g. {@code 氨氮}. */
    public String chineseName() {
        return chineseName;
    }

    /** English name, e.g. {@code ammonia nitrogen}. */
    public String englishName() {
        return englishName;
    }

    /** Canonical unit: {@code mg/L}, {@code m3/s}, or empty for pH. */
    public String unit() {
        return unit;
    }

    /** Whether higher or lower values are worse. */
    public Direction direction() {
        return direction;
    }

    /** True for a concentration, which can never be negative and is held in mg/L. */
    public boolean isConcentration() {
        return "mg/L".equals(unit);
    }

    /**
     * Whether this is a pollutant: a concentration whose limits are upper bounds (not DO, pH or flow),
     * which abatement lowers and development raises.
     *
     * @return true for CODMn, COD, BOD5, NH3-N, TP and TN
     */
    public boolean isPollutant() {
        return isConcentration() && direction == Direction.UPPER_BOUND;
    }

    /**
     * Finds an indicator by code or name, ignoring case, spaces, hyphens and underscores
     * ({@code NH3-N}, {@code nh3n}, {@code 氨氮}, {@code CODMn}, {@code 高锰酸盐指数}).
     *
     * @param name a code, Chinese name or English name
     * @return the indicator, or empty when the name is unknown
     */
    public static Optional<Indicator> parse(String name) {
        String key = normalise(name);
        for (Indicator i : values()) {
            if (key.equals(normalise(i.code)) || key.equals(normalise(i.chineseName))
                    || key.equals(normalise(i.englishName)) || key.equals(normalise(i.name()))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
