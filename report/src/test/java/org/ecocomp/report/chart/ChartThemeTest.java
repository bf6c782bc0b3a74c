package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecocomp.quality.WaterClass;
import org.junit.jupiter.api.Test;

class ChartThemeTest {

    private static final List<String> INSTALLED =
            List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));

    @Test
    void chineseWithoutACjkFontFallsBackToEnglishAndSaysSo() {
        ChartTheme theme = ChartTheme.forLanguage(Language.ZH, List.of("DejaVu Sans"));
        assertEquals(Language.EN, theme.effectiveLanguage());
        assertEquals("Class III", theme.labels().waterClass(WaterClass.III));
        assertTrue(theme.fallbackWarning().orElseThrow().contains("fonts-noto-cjk"));
    }

    @Test
    void anUnknownFamilyIsNotTakenForACjkFont() {
        // Java maps an unknown family to Dialog, whose fall-back fonts may well draw Chinese.
        assertEquals(Optional.empty(), ChartTheme.cjkFamily(List.of("No Such Family", "Dialog", "SansSerif")));
    }

    @Test
    void englishWithoutACjkFontNeedsNoWarning() {
        ChartTheme theme = ChartTheme.forLanguage(Language.EN, List.of());
        assertEquals(Language.EN, theme.effectiveLanguage());
        assertEquals(Optional.empty(), theme.fallbackWarning());
    }

    @Test
    void chineseWithAnInstalledCjkFontKeepsChinese() {
        Optional<String> cjk = ChartTheme.cjkFamily(INSTALLED);
        assumeTrue(cjk.isPresent(), "no CJK font installed");
        ChartTheme theme = ChartTheme.forLanguage(Language.ZH);
        assertEquals(Language.ZH, theme.effectiveLanguage());
        assertEquals(cjk.get(), theme.fontFamily());
        assertEquals(Optional.empty(), theme.fallbackWarning());
        assertEquals("Ⅲ类", theme.labels().waterClass(WaterClass.III));
    }

    @Test
    void preferredFamiliesComeFirst() {
        assumeTrue(INSTALLED.contains("Noto Sans CJK SC"), "Noto Sans CJK SC not installed");
        List<String> installed = List.of("Noto Sans CJK JP", "Noto Sans CJK SC");
        assertEquals(Optional.of("Noto Sans CJK SC"), ChartTheme.cjkFamily(installed));
    }
}
