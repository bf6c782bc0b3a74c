package org.ecocomp.report.chart;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloChartsRenderTmpTest {
    @Test
    void render() throws Exception {
        for (Language lang : Language.values()) {
            MonteCarloCharts charts = new MonteCarloCharts(ChartTheme.forLanguage(lang));
            String l = lang.name().toLowerCase();
            charts.write(Path.of("/tmp/mc-charts/xinan-" + l), MonteCarloChartsTest.xinan());
            charts.write(Path.of("/tmp/mc-charts/five-" + l), MonteCarloChartsTest.fiveParties());
            charts.write(Path.of("/tmp/mc-charts/identical-" + l), MonteCarloChartsTest.identicalDraws());
            charts.write(Path.of("/tmp/mc-charts/one-year-" + l), MonteCarloChartsTest.bet(List.of("AH", "ZJ"), 1, 30));
            charts.write(Path.of("/tmp/mc-charts/hand-" + l), MonteCarloChartsTest.handMade());
        }
    }
}
