package org.ecocomp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.ecocomp.io.problem.Problem;
import org.ecocomp.report.chart.ChartTheme;
import org.ecocomp.report.chart.Language;
import picocli.CommandLine.Option;

/** Options every command accepts. */
final class CommonOptions {

    @Option(names = "--lang", defaultValue = "en", paramLabel = "zh|en",
            description = "Language of chart and report labels: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces for input errors too.")
    boolean debug;

    @Option(names = "--excel-bom", description = "Write CSV tables with a UTF-8 byte-order mark, so that Excel on "
            + "Chinese Windows reads them as UTF-8.")
    boolean excelBom;

    /**
     * The chart theme for the chosen language; says once on stderr when Chinese was asked for but no
     * CJK font is installed (labels then fall back to English).
     */
    ChartTheme theme(PrintWriter err) throws InputException {
        Language language = Language.parse(lang).orElseThrow(() -> new InputException(ExitCode.USAGE, List.of(
                new Problem(Path.of("ecocomp"), 0, 0, "--lang", "'" + lang + "' is not a language; expected zh or en"))));
        ChartTheme theme = ChartTheme.forLanguage(language);
        theme.fallbackWarning().ifPresent(w -> {
            err.println("ecocomp: " + w);
            err.flush();
        });
        return theme;
    }
}
