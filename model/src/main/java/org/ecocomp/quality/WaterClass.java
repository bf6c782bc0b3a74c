package org.ecocomp.quality;

import java.util.Optional;

/**
 * A GB 3838-2002 surface-water class, Ⅰ (best) to Ⅴ, plus 劣Ⅴ (worse than Class V).
 *
 * <p>{@link #number()} is 1–6 as CNEMC codes it (6 = 劣Ⅴ).
 */
public enum WaterClass {
    /** Class Ⅰ. */
    I(1, "Ⅰ", "I"),
    /** Class Ⅱ. */
    II(2, "Ⅱ", "II"),
    /** Class Ⅲ. */
    III(3, "Ⅲ", "III"),
    /** Class Ⅳ. */
    IV(4, "Ⅳ", "IV"),
    /** Class Ⅴ. */
    V(5, "Ⅴ", "V"),
    /** Worse than Class Ⅴ (劣Ⅴ). */
    WORSE_THAN_V(6, "劣Ⅴ", "worse than V");

    private final int number;
    private final String label;
    private final String englishLabel;

    WaterClass(int number, String label, String englishLabel) {
        this.number = number;
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /** 1–6, where 6 is 劣Ⅴ. */
    public int number() {
        return number;
    }

    /** The Chinese label with Roman numerals, Ⅰ…Ⅴ or 劣Ⅴ. */
    public String label() {
        return label;
    }

    /** The English label, I…V or "worse than V". */
    public String englishLabel() {
        return englishLabel;
    }

    /** True when this class is the same as or better than {@code target}. */
    public boolean meets(WaterClass target) {
        return number <= target.number;
    }

    /** The worse of two classes. */
    public WaterClass worse(WaterClass other) {
        return number >= other.number ? this : other;
    }

    /**
     * The class with the given number.
     *
     * @param number 1–6
     * @return the class
     * @throws IllegalArgumentException when the number is outside 1–6
     */
    public static WaterClass ofNumber(int number) {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("water class number must be 1–6, was " + number);
        }
        return values()[number - 1];
    }

    /**
     * Reads a class as written in monitoring tables and scenario files: {@code 1}–{@code 6},
     * {@code Ⅰ}…{@code Ⅴ}, {@code 劣Ⅴ}, ASCII {@code I}…{@code V}, {@code worse than V}, {@code 劣V},
     * optionally followed by 类 or prefixed by "Class".
     *
     * @param text the class as written
     * @return the class, or empty when the text is not a class (for example CNEMC's {@code -1},
     *     "no data")
     */
    public static Optional<WaterClass> parse(String text) {
        String t = text.strip().replace("类", "").replaceFirst("(?i)^class\\s*", "").strip();
        switch (t) {
            case "1", "Ⅰ", "I", "i" -> { return Optional.of(I); }
            case "2", "Ⅱ", "II", "ii" -> { return Optional.of(II); }
            case "3", "Ⅲ", "III", "iii" -> { return Optional.of(III); }
            case "4", "Ⅳ", "IV", "iv" -> { return Optional.of(IV); }
            case "5", "Ⅴ", "V", "v" -> { return Optional.of(V); }
            case "6", "劣Ⅴ", "劣V", "劣5", "worse than V", "VI" -> { return Optional.of(WORSE_THAN_V); }
            default -> { return Optional.empty(); }
        }
    }
}
