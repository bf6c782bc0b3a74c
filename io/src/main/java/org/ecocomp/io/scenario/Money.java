package org.ecocomp.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as scenario files write it: a number (yuan) or a string with a unit — 元, 万元, 亿元, 万, 亿,
 * {@code million CNY}, {@code CNY}, {@code yuan}. 万 = 1e4 yuan, 亿 = 1e8 yuan.
 */
public final class Money {

    private static final Pattern TEXT = Pattern.compile(
            "\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(元|万元|亿元|万|亿|million\\s+CNY|CNY|yuan)?\\s*");

    private Money() {
    }

    /**
     * Reads an amount.
     *
     * @param node a number or a string
     * @return yuan, or empty when the node is not money
     */
    public static OptionalDouble parse(JsonNode node) {
        if (node.isNumber()) {
            return OptionalDouble.of(node.doubleValue());
        }
        return node.isTextual() ? parse(node.asText()) : OptionalDouble.empty();
    }

    /**
     * Reads an amount written as text, e.g. {@code 6000万} or {@code 1.5e8}.
     *
     * @param text the text
     * @return yuan, or empty when the text is not money
     */
    public static OptionalDouble parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        double factor = switch (unit) {
            case "万", "万元" -> 1e4;
            case "亿", "亿元" -> 1e8;
            case "million cny" -> 1e6;
            default -> 1;
        };
        return OptionalDouble.of(v * factor);
    }
}
