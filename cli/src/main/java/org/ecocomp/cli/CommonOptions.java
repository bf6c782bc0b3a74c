package org.ecocomp.cli;

import picocli.CommandLine.Option;

/** Options every command accepts. */
final class CommonOptions {

    @Option(names = "--lang", defaultValue = "en", paramLabel = "zh|en",
            description = "Language of chart and report labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces for input errors too.")
    boolean debug;

    /** Label languages. */
    enum Lang { zh, en }
}
