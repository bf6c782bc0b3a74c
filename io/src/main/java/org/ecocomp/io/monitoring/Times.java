package org.ecocomp.io.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Sample times as monitoring tables write them. */
final class Times {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-MM-dd HH:mm"), strict("uuuu-MM-dd HH:mm:ss"),
            strict("uuuu-MM-dd'T'HH:mm"), strict("uuuu-MM-dd'T'HH:mm:ss"));
    private static final DateTimeFormatter DATE = strict("uuuu-MM-dd");
    private static final DateTimeFormatter FORMAT = strict("uuuu-MM-dd'T'HH:mm");

    private Times() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Parses a time with its year: {@code 2026-08-26 13:00}, {@code 2026-08-26T13:00[:00]}, or a date
     * {@code 2026-08-26} (taken as midnight).
     */
    static Optional<LocalDateTime> parse(String text) {
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE).atStartOfDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Parses CNEMC's {@code MM-DD HH:MM} in a given year. */
    static Optional<LocalDateTime> parseInYear(String text, int year) {
        return text.matches("\\d\\d-\\d\\d \\d\\d:\\d\\d") ? parse(year + "-" + text) : Optional.empty();
    }

    /** The canonical form written to files: {@code 2026-08-26T13:00}. */
    static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }
}
