package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.game.evolution.Eigenvalue;
import org.ecocomp.game.evolution.Equilibrium;
import org.ecocomp.game.evolution.PayoffMatrix;
import org.ecocomp.game.evolution.PhasePortrait;
import org.ecocomp.game.evolution.ReplicatorDynamics;
import org.ecocomp.game.evolution.Stability;
import org.ecocomp.game.evolution.Trajectory;
import org.ecocomp.optimize.Evaluation;
import org.ecocomp.optimize.GenerationStatistics;
import org.ecocomp.optimize.Goal;
import org.ecocomp.optimize.Objective;
import org.ecocomp.optimize.ParetoPoint;
import org.ecocomp.scenario.Splits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class OptimizeChartsTest {

    @TempDir
    Path dir;

    private final OptimizeCharts en = new OptimizeCharts(ChartTheme.forLanguage(Language.EN, List.of()));

    static final List<String> PLAYERS = List.of("YN", "GZ", "GX");
    static final List<Objective> OBJECTIVES = List.of(new Objective("joint-welfare", Goal.MAXIMISE),
            new Objective("central-budget", Goal.MINIMISE));

    /** A three-province river game in yuan; its core is not empty and not every rule's split lies in it. */
    static CharacteristicFunction game() {
        double[] table = new double[8];
        table[0b001] = 1.0e8;
        table[0b010] = 2.0e8;
        table[0b100] = 4.0e8;
        table[0b011] = 4.5e8;
        table[0b101] = 7.0e8;
        table[0b110] = 7.5e8;
        table[0b111] = 11.0e8;
        return CharacteristicFunction.of(PLAYERS, table);
    }

    /** Every split of {@link #game()}, with hand-made cleaning costs, as {@code optimize} computes them. */
    static List<Splits.Split> splits() {
        return Splits.of(game(), Optional.of(new double[] {0.6e8, 1.5e8, 0.9e8}), Optional.empty(), new SplittableRandom(1));
    }

    /** Hand-made splits: shapley in the core, nash outside it (with a negative amount), a cost rule. */
    static List<Splits.Split> handSplits() {
        return List.of(
                new Splits.Split("shapley", "welfare", new double[] {2e8, 3e8, 6e8}, Optional.of(true), ""),
                new Splits.Split("nash-bargaining", "welfare", new double[] {-0.5e8, 4e8, 7.5e8}, Optional.of(false), ""),
                new Splits.Split("my-rule", "welfare", new double[] {1e8, Double.NaN, 5e8}, Optional.empty(), ""),
                new Splits.Split("local-responsibility", "cost", new double[] {0.6e8, 1.5e8, 0.9e8}, Optional.empty(), ""));
    }

    /**
     * Thirty generations of a search that finds its first feasible candidate in generation 3; the
     * mean of generation 5 is undefined.
     */
    static List<GenerationStatistics> history(int generations) {
        List<GenerationStatistics> out = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            double best = (20 - 8 * Math.exp(-g / 6.0)) * 1e8;
            double mean = g == 5 ? Double.NaN : best - (3 + 4 * Math.exp(-g / 8.0)) * 1e8;
            out.add(new GenerationStatistics(g, g < 3 ? best + 2e8 : best, g < 3 ? 0.5 : 0, mean,
                    Math.min(1, 0.1 + g * 0.04), 40L * (g + 1)));
        }
        return out;
    }

    /** A front of joint welfare against central budget, two of its points infeasible. */
    static List<ParetoPoint> front() {
        List<ParetoPoint> out = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            double budget = (1 + k * 0.5) * 1e8;
            double welfare = (14 + 6 * Math.sqrt(k / 11.0)) * 1e8;
            double violation = k >= 10 ? 0.3 : -0.1;
            out.add(new ParetoPoint(new double[] {k}, new Evaluation(new double[] {welfare, budget},
                    new double[] {violation})));
        }
        return out;
    }

    static final Evaluation CURRENT = new Evaluation(new double[] {15.5e8, 4.2e8}, new double[] {-0.2});

    /** Two ESS at (0,0) and (1,1), unstable nodes at (1,0) and (0,1), a saddle at (1/3, 1/3). */
    static final PayoffMatrix BISTABLE = new PayoffMatrix(2, -1, 0, 0, 2, 0, -1, 0);
    /** A centre at (1/2, 1/2) surrounded by closed orbits, saddles at the corners. */
    static final PayoffMatrix CYCLING = new PayoffMatrix(1, -1, 0, 0, 0, 1, 1, 0);

    static PhasePortrait portrait(PayoffMatrix payoffs) {
        return new ReplicatorDynamics(payoffs).phasePortrait(7, 12, 240);
    }

    static OptimizeResults full() {
        return OptimizeResults.of(PLAYERS, splits()).withDesign(OBJECTIVES, history(30), front(), CURRENT)
                .withPhasePortrait(portrait(BISTABLE));
    }

    private static List<String> pngs(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
    }

    /** The rectangles of a bar series: per bar {left, right, bottom, top} as drawn (4 points, then a gap). */
    private static List<double[]> rectangles(XYSeries series) {
        double[] x = series.getXData();
        double[] y = series.getYData();
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k + 3 < x.length; k += 5) {
            out.add(new double[] {x[k], x[k + 2], y[k], y[k + 1]});
        }
        return out;
    }

    @Test
    void writesOnlyTheChartsThereAreDataFor() throws IOException {
        assertEquals(List.of("allocations.png", "cost-shares.png", "pareto.png", "convergence.png", "phase-portrait.png"),
                pngs(en.write(dir.resolve("full"), full())));
        try (var files = Files.list(dir.resolve("full"))) {
            assertEquals(10, files.count());
        }

        List<Splits.Split> welfareOnly = splits().stream().filter(s -> s.kind().equals("welfare")).toList();
        assertEquals(List.of("allocations"), List.copyOf(en.charts(OptimizeResults.of(PLAYERS, welfareOnly)).keySet()));
        // one objective: no front to draw, but a convergence chart
        OptimizeResults single = OptimizeResults.of(PLAYERS, List.of())
                .withDesign(OBJECTIVES.subList(0, 1), history(1), List.of(), Evaluation.of(15e8));
        assertEquals(List.of("convergence"), List.copyOf(en.charts(single).keySet()));
        assertEquals(List.of(), en.write(dir.resolve("none"), OptimizeResults.of(List.of(), List.of())));
        assertFalse(Files.exists(dir.resolve("none")));
        assertEquals(List.of("phase-portrait"), List.copyOf(en.charts(OptimizeResults.of(PLAYERS, List.of())
                .withPhasePortrait(portrait(CYCLING))).keySet()));
    }

    @Test
    void theSameResultsGiveTheSameBytes() throws IOException {
        OptimizeResults hand = OptimizeResults.of(PLAYERS, handSplits()).withDesign(OBJECTIVES, history(1), front(),
                CURRENT).withPhasePortrait(portrait(CYCLING));
        for (OptimizeResults results : List.of(full(), hand)) {
            List<Path> first = en.write(dir.resolve("a"), results);
            List<Path> second = en.write(dir.resolve("b"), results);
            assertEquals(pngs(first), pngs(second));
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                        first.get(i).toString());
            }
        }
    }

    @Test
    void svgsParseAndCarryTheirTitles() throws Exception {
        en.write(dir, full());
        Map<String, String> titles = Map.of(
                "allocations", "Split of the cooperative gain by rule",
                "cost-shares", "Split of the cleaning cost by rule",
                "pareto", "Pareto front",
                "convergence", "Genetic search convergence: Joint welfare",
                "phase-portrait", "Replicator dynamics phase portrait");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve(t.getKey() + ".svg")))
                    .getElementsByTagName("title").item(0).getTextContent();
            assertEquals(t.getValue(), title, t.getKey());
        }
    }

    @Test
    void chineseChartsCarryChineseTitles() throws Exception {
        ChartTheme zh = ChartTheme.forLanguage(Language.ZH);
        assumeTrue(zh.effectiveLanguage() == Language.ZH, "no CJK font installed");
        new OptimizeCharts(zh).write(dir, full());
        Map<String, String> titles = Map.of(
                "allocations", "各分配规则下的合作收益分配",
                "pareto", "帕累托前沿",
                "convergence", "遗传算法收敛过程：联合福利",
                "phase-portrait", "复制动态相图");
        for (Map.Entry<String, String> t : titles.entrySet()) {
            String title = ChartWriterTest.parseSvg(Files.readAllBytes(dir.resolve(t.getKey() + ".svg")))
                    .getElementsByTagName("title").item(0).getTextContent();
            assertEquals(t.getValue(), title, t.getKey());
        }
    }

    @Test
    void theBarHeightsAreTheSplitAmountsInHundredMillionYuan() {
        List<Splits.Split> splits = splits();
        OptimizeResults results = OptimizeResults.of(PLAYERS, splits);
        for (String kind : List.of("welfare", "cost")) {
            List<Splits.Split> these = splits.stream().filter(s -> s.kind().equals(kind)).toList();
            XYChart chart = en.splitChart(results, kind);
            for (int p = 0; p < PLAYERS.size(); p++) {
                List<double[]> bars = rectangles(chart.getSeriesMap().get(PLAYERS.get(p)));
                assertEquals(these.size(), bars.size());
                for (int g = 0; g < these.size(); g++) {
                    assertEquals(0, bars.get(g)[2]);
                    assertEquals(these.get(g).amounts()[p] / 1e8, bars.get(g)[3], 1e-12, these.get(g).rule());
                    // each bar within its rule's column, players left to right
                    assertTrue(g - 0.5 < bars.get(g)[0] && bars.get(g)[1] < g + 0.5);
                    if (p > 0) {
                        double[] before = rectangles(chart.getSeriesMap().get(PLAYERS.get(p - 1))).get(g);
                        assertTrue(before[1] <= bars.get(g)[0]);
                    }
                }
            }
            assertEquals("Yunnan", chart.getSeriesMap().get("YN").getLabel());
        }
        XYChart welfare = en.splitChart(results, "welfare");
        Function<Double, String> ticks = welfare.getStyler().getxAxisTickLabelsFormattingFunction();
        List<String> names = IntStream.range(0, (int) splits.stream().filter(s -> s.kind().equals("welfare")).count())
                .mapToObj(i -> ticks.apply((double) i)).toList();
        assertEquals("Shapley value", names.getFirst());
        assertEquals(splits.stream().filter(s -> s.kind().equals("welfare"))
                .map(s -> s.inCore().orElseThrow() ? "" : "*").toList(),
                names.stream().map(n -> n.endsWith("*") ? "*" : "").toList());
    }

    @Test
    void splitsOutsideTheCoreAreHatchedAndStarred() {
        OptimizeResults results = OptimizeResults.of(PLAYERS, handSplits());
        XYChart chart = en.splitChart(results, "welfare");
        Function<Double, String> ticks = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        assertEquals(List.of("Shapley value", "Nash bargaining*", "my-rule"),
                IntStream.range(0, 3).mapToObj(i -> ticks.apply((double) i)).toList());
        assertEquals("Rule (* not in the core)", chart.getXAxisTitle());
        // the undefined amount has no bar; the negative one hangs from zero below a zero line
        List<double[]> gz = rectangles(chart.getSeriesMap().get("GZ"));
        assertEquals(2, gz.size());
        assertEquals(-0.5, rectangles(chart.getSeriesMap().get("YN")).get(1)[3]);
        assertTrue(chart.getStyler().getYAxisMin() < -0.5);
        assertTrue(chart.getSeriesMap().containsKey("zero"));
        // the veil covers the three bars of the Nash split, the hatch lies within them
        List<double[]> veil = rectangles(chart.getSeriesMap().get("veil"));
        assertEquals(3, veil.size());
        for (int p = 0; p < 3; p++) {
            assertArrayEquals(rectangles(chart.getSeriesMap().get(PLAYERS.get(p))).get(1), veil.get(p));
        }
        double[] hx = chart.getSeriesMap().get("hatch").getXData();
        assertTrue(DoubleStream.of(hx).allMatch(x -> x > 0.5 && x < 1.5));
        assertEquals("Not in the core", chart.getSeriesMap().get("not in core").getLabel());

        XYChart cost = en.splitChart(results, "cost");
        assertEquals("Rule", cost.getXAxisTitle());
        assertFalse(cost.getSeriesMap().containsKey("hatch"));
        assertFalse(cost.getSeriesMap().containsKey("not in core"));
        assertThrows(IllegalArgumentException.class, () -> en.splitChart(OptimizeResults.of(PLAYERS, List.of()), "welfare"));
    }

    @Test
    void theCurrentAgreementIsMarkedAtItsObjectives() {
        XYChart chart = en.paretoChart(full());
        XYSeries current = chart.getSeriesMap().get("current");
        assertArrayEquals(new double[] {15.5}, current.getXData(), 1e-12);
        assertArrayEquals(new double[] {4.2}, current.getYData(), 1e-12);
        assertEquals("Current agreement", current.getLabel());
        // ten feasible points in front order, two infeasible
        List<ParetoPoint> front = front();
        assertArrayEquals(front.subList(0, 10).stream().mapToDouble(p -> p.objectives()[0] / 1e8).toArray(),
                chart.getSeriesMap().get("feasible").getXData(), 1e-12);
        assertArrayEquals(front.subList(10, 12).stream().mapToDouble(p -> p.objectives()[1] / 1e8).toArray(),
                chart.getSeriesMap().get("infeasible").getYData(), 1e-12);
        assertEquals("Joint welfare (100 million CNY; higher is better)", chart.getXAxisTitle());
        assertEquals("Central budget (100 million CNY; lower is better)", chart.getYAxisTitle());
        assertTrue(chart.getStyler().getXAxisMin() < 14 && chart.getStyler().getXAxisMax() > 20);

        // three objectives, the first two drawn; shares in %; an infeasible current agreement
        List<Objective> three = List.of(new Objective("water-quality", Goal.MAXIMISE),
                new Objective("upstream-risk", Goal.MINIMISE), new Objective("fairness", Goal.MINIMISE));
        Evaluation now = new Evaluation(new double[] {0.62, 0.25, 3e7}, new double[] {1});
        OptimizeResults shares = OptimizeResults.of(PLAYERS, List.of()).withDesign(three, List.of(),
                List.of(new ParetoPoint(new double[] {0}, Evaluation.of(0.7, 0.3, 1e7)),
                        new ParetoPoint(new double[] {1}, Evaluation.of(0.8, 0.4, 2e7))), now);
        XYChart projected = en.paretoChart(shares);
        assertEquals("Pareto front (first 2 of 3 objectives)", projected.getTitle());
        assertArrayEquals(new double[] {62}, projected.getSeriesMap().get("current").getXData(), 1e-12);
        assertArrayEquals(new double[] {25}, projected.getSeriesMap().get("current").getYData(), 1e-12);
        assertEquals("Current agreement (infeasible)", projected.getSeriesMap().get("current").getLabel());
        assertFalse(projected.getSeriesMap().containsKey("front"));
        assertFalse(projected.getSeriesMap().containsKey("infeasible"));
    }

    @Test
    void convergenceShowsBestMeanAndFeasibleShare() {
        XYChart chart = en.convergenceChart(full());
        List<GenerationStatistics> history = history(30);
        XYSeries best = chart.getSeriesMap().get("best");
        assertArrayEquals(history.stream().mapToDouble(h -> h.best() / 1e8).toArray(), best.getYData(), 1e-12);
        assertArrayEquals(IntStream.range(0, 30).asDoubleStream().toArray(), best.getXData());
        assertTrue(Double.isNaN(chart.getSeriesMap().get("mean").getYData()[5]));
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("best infeasible").getXData());
        XYSeries feasible = chart.getSeriesMap().get("feasible");
        assertEquals(1, feasible.getYAxisGroup());
        assertEquals(10, feasible.getYData()[0], 1e-12);
        assertEquals("Feasible share (%)", chart.getYAxisGroupTitle(1));

        // one generation, no objective named, an unconstrained problem: no feasible share
        OptimizeResults one = new OptimizeResults(PLAYERS, List.of(), List.of(),
                List.of(new GenerationStatistics(0, 3, 0, Double.NaN, 1, 10)), List.of(), Optional.of(Evaluation.of(3)),
                Optional.empty());
        XYChart single = en.convergenceChart(one);
        assertFalse(single.getSeriesMap().containsKey("feasible"));
        assertFalse(single.getSeriesMap().containsKey("best infeasible"));
        assertEquals("Objective value", single.getYAxisTitle());
        assertEquals("Genetic search convergence", single.getTitle());
        assertTrue(single.getStyler().getXAxisMin() < 0 && single.getStyler().getXAxisMax() > 0);
        assertTrue(single.getStyler().getYAxisMin() < 3 && single.getStyler().getYAxisMax() > 3);
    }

    @Test
    void equilibriaAreMarkedAtTheirCoordinatesByStability() {
        PhasePortrait portrait = portrait(BISTABLE);
        XYChart chart = en.phasePortraitChart(portrait);
        for (Stability stability : Stability.values()) {
            List<Equilibrium> these = portrait.equilibria().stream().filter(e -> e.stability() == stability).toList();
            XYSeries series = chart.getSeriesMap().get(stability.name());
            if (these.isEmpty()) {
                assertFalse(chart.getSeriesMap().containsKey(stability.name()), stability.name());
                continue;
            }
            assertArrayEquals(these.stream().mapToDouble(Equilibrium::x).toArray(), series.getXData(), stability.name());
            assertArrayEquals(these.stream().mapToDouble(Equilibrium::y).toArray(), series.getYData(), stability.name());
        }
        XYSeries ess = chart.getSeriesMap().get("EVOLUTIONARILY_STABLE");
        assertEquals(2, ess.getXData().length);
        assertEquals(1.0 / 3, chart.getSeriesMap().get("SADDLE").getXData()[0], 1e-12);
        // every trajectory drawn, separated by points without value; one start dot each
        int samples = portrait.trajectories().stream().mapToInt(Trajectory::size).sum();
        int trajectories = portrait.trajectories().size();
        assertEquals(samples + trajectories - 1, chart.getSeriesMap().get("trajectories").getXData().length);
        assertEquals(trajectories, chart.getSeriesMap().get("starts").getXData().length);
        assertEquals("Share of upstream protecting", chart.getXAxisTitle());
        assertEquals("Share of downstream compensating", chart.getYAxisTitle());

        XYChart cycling = en.phasePortraitChart(portrait(CYCLING));
        assertArrayEquals(new double[] {0.5}, cycling.getSeriesMap().get("CENTRE").getXData(), 1e-12);
        assertEquals(4, cycling.getSeriesMap().get("SADDLE").getXData().length);

        // equilibria alone, one of them non-hyperbolic
        List<Eigenvalue> zero = List.of(new Eigenvalue(0, 0), new Eigenvalue(-1, 0));
        PhasePortrait bare = new PhasePortrait(List.of(), List.of(new Equilibrium(0, 1, 0, -1, zero, Stability.NON_HYPERBOLIC)));
        XYChart alone = en.phasePortraitChart(bare);
        assertArrayEquals(new double[] {1}, alone.getSeriesMap().get("NON_HYPERBOLIC").getYData());
        assertFalse(alone.getSeriesMap().containsKey("trajectories"));
    }

    @Test
    void objectivesAreDrawnInTheirUnits() {
        assertEquals(1e-8, OptimizeCharts.scale("joint-welfare"));
        assertEquals(1e-8, OptimizeCharts.scale("central-budget"));
        assertEquals(1e-8, OptimizeCharts.scale("fairness"));
        assertEquals(100, OptimizeCharts.scale("water-quality"));
        assertEquals(100, OptimizeCharts.scale("upstream-risk"));
        assertEquals(1, OptimizeCharts.scale("my-objective"));
    }

    @Test
    void resultsAreChecked() {
        List<Splits.Split> wrong = List.of(new Splits.Split("shapley", "welfare", new double[] {1, 2}, Optional.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> OptimizeResults.of(PLAYERS, wrong));
        assertThrows(IllegalArgumentException.class, () -> OptimizeResults.of(PLAYERS, List.of())
                .withDesign(OBJECTIVES, List.of(), front(), Evaluation.of(1, 2, 3)));
    }

    @Test
    void labelsInBothLanguages() {
        Labels zh = new Labels(Language.ZH);
        Labels enLabels = new Labels(Language.EN);
        assertEquals("核仁", zh.rule("nucleolus"));
        assertEquals("Claims: Talmud", enLabels.rule("claims-talmud"));
        assertEquals("my-rule", zh.rule("my-rule"));
        assertEquals("联合福利 (亿元，越大越好)", zh.objectiveAxis("joint-welfare", zh.hundredMillionYuan(), true));
        assertEquals("上游净支付概率 (%，越小越好)", zh.objectiveAxis("upstream-risk", "%", false));
        assertEquals("x (higher is better)", enLabels.objectiveAxis("x", "", true));
        assertEquals("帕累托前沿（3 个目标中的前 2 个）", zh.paretoTitle(3));
        assertEquals("上游保护比例", zh.upstreamProtectingAxis());
        assertEquals("下游补偿比例", zh.downstreamCompensatingAxis());
        assertEquals("演化稳定策略 (ESS)", zh.stability(Stability.EVOLUTIONARILY_STABLE.name()));
        assertEquals("分配规则（* 不在核心内）", zh.ruleAxis(true));
        assertTrue(Arrays.stream(Stability.values()).map(s -> enLabels.stability(s.name())).distinct().count() == 5);
    }
}
