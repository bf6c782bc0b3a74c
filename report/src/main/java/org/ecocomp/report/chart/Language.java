package org.ecocomp.report.chart;

import java.util.Locale;
import java.util.Optional;

/** The language of chart and report labels ({@code --lang zh|en}). */
public enum Language {
    /** Simplified Chinese. */
    ZH,
    /** English. */
    EN;

    /**
     * Reads a language code as given on the command line.
     *
     * @param code {@code zh} or {@code en}, in any case
     * @return the language, or empty when the code is neither
     */
    public static Optional<Language> parse(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
