package org.ecocomp.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.ecocomp.agreement.Ledger;
import org.ecocomp.agreement.Settlement;
import org.ecocomp.agreement.SettlementException;
import org.ecocomp.agreement.Transfer;
import org.ecocomp.basin.ChainLink;
import org.ecocomp.economy.Abatement;
import org.ecocomp.economy.Benefit;
import org.ecocomp.economy.PartyEconomy;
import org.ecocomp.quality.Grade;
import org.ecocomp.quality.Indicator;
import org.ecocomp.quality.MonitoringRecord;
import org.ecocomp.quality.SeriesRecord;
import org.ecocomp.quality.SingleFactorEvaluation;
import org.ecocomp.quality.WaterClass;
import org.ecocomp.quality.WaterBodyType;
import org.ecocomp.random.Seeds;

/**
 * Seeded, parallel Monte Carlo projection of an agreement. Draw {@code i} draws section {@code j}'s
 * water from {@code Seeds.generator(seed, i, j)}, applies each party's abatement and the river chain,
 * settles the agreement on it and values each party's welfare. Draws are grouped in fixed blocks whose
 * results are combined in block order, so the result does not depend on the number of threads.
 */
public final class MonteCarlo {

    /** Draws per block: the unit of parallel work and of progress reports. */
    static final int BLOCK = 256;

    private final Projection projection;
    private final List<SectionKernel> kernels;
    private final List<String> parties;
    private final int firstYear;
    private final int years;

    /**
     * @param projection what to project
     */
    public MonteCarlo(Projection projection) {
        this.projection = projection;
        this.kernels = projection.quality().sections().stream().map(s -> s.kernel(projection.quality().years())).toList();
        this.parties = projection.parties();
        this.firstYear = projection.quality().years().from();
        this.years = projection.quality().years().to() - firstYear + 1;
    }

    /** The projection. */
    public Projection projection() {
        return projection;
    }

    /**
     * Runs one draw.
     *
     * @param seed the base seed
     * @param index the draw's index
     * @param efforts yearly abatement effort per party code (yuan); parties not listed spend 0
     * @return the draw's transfers and welfare
     * @throws SettlementException when the agreement cannot be settled on the projected water
     */
    public DrawOutcome draw(long seed, long index, Map<String, Double> efforts) throws SettlementException {
        MonitoringRecord record = MonitoringRecord.ofMonthlySeries(water(seed, index, efforts));
        Ledger ledger = new Settlement(projection.agreement(), record, projection.missingMonths()).settle();
        double[][] net = new double[parties.size()][years];
        List<DrawOutcome.Flow> flows = new ArrayList<>(ledger.transfers().size());
        Map<String, Integer> partyIndex = new HashMap<>();
        for (int p = 0; p < parties.size(); p++) {
            partyIndex.put(parties.get(p), p);
        }
        for (Transfer t : ledger.transfers()) {
            int y = t.year() - firstYear;
            Integer payer = partyIndex.get(t.payer());
            Integer payee = partyIndex.get(t.payee());
            if (payer != null) {
                net[payer][y] -= t.amount();
            }
            if (payee != null) {
                net[payee][y] += t.amount();
            }
            flows.add(new DrawOutcome.Flow(t.year(), t.clause(), t.payer(), t.payee(), t.amount()));
        }
        double[] welfare = new double[parties.size()];
        for (int p = 0; p < parties.size(); p++) {
            PartyEconomy e = projection.economyOf(parties.get(p));
            double effort = efforts.getOrDefault(parties.get(p), 0.0);
            double w = 0;
            for (int y = 0; y < years; y++) {
                w += net[p][y] - e.cost(effort);
                if (e.benefit().isPresent()) {
                    w += benefit(e.benefit().get(), record, firstYear + y);
                }
            }
            welfare[p] = w;
        }
        return new DrawOutcome(net, welfare, flows, waterQuality(record));
    }

    /**
     * Runs many draws in parallel.
     *
     * @param draws the number of draws
     * @param seed the base seed
     * @param threads worker threads (1 or more)
     * @param efforts yearly abatement effort per party code
     * @param listener hears progress per finished block
     * @return the aggregated results
     * @throws SettlementException when a draw cannot be settled
     */
    public MonteCarloResult run(int draws, long seed, int threads, Map<String, Double> efforts, ProgressListener listener)
            throws SettlementException {
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("draws and threads must be at least 1");
        }
        MonteCarloResult.Builder result = new MonteCarloResult.Builder(parties, firstYear, years, draws);
        int blocks = (draws + BLOCK - 1) / BLOCK;
        List<Map<MonteCarloResult.FlowKey, double[]>> blockFlows = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            blockFlows.add(null);
        }
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int block = b;
                futures.add(pool.submit(() -> {
                    Map<MonteCarloResult.FlowKey, double[]> flows = new TreeMap<>();
                    int end = Math.min(draws, (block + 1) * BLOCK);
                    for (int i = block * BLOCK; i < end; i++) {
                        DrawOutcome o = draw(seed, i, efforts);
                        result.record(i, o);
                        for (DrawOutcome.Flow f : o.flows()) {
                            double[] a = flows.computeIfAbsent(new MonteCarloResult.FlowKey(f.year(), f.clause(), f.payer(), f.payee()),
                                    k -> new double[2]);
                            a[0]++;
                            a[1] += f.amount();
                        }
                    }
                    blockFlows.set(block, flows);
                    listener.advanced(done.addAndGet(end - block * BLOCK), draws);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SettlementException s) {
                throw s;
            }
            throw new IllegalStateException("a Monte Carlo draw failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        for (Map<MonteCarloResult.FlowKey, double[]> flows : blockFlows) {
            result.addFlows(flows);
        }
        return result.build();
    }

    /** One draw of every section's monthly water, after abatement and the river chain. */
    private List<SeriesRecord.Series> water(long seed, long index, Map<String, Double> efforts) {
        Map<String, SeriesRecord.Series> bySection = new HashMap<>();
        for (int j = 0; j < kernels.size(); j++) {
            SectionKernel k = kernels.get(j);
            double[][] values = new double[k.indicators().size()][k.months()];
            k.fill(Seeds.generator(seed, index, j), values);
            abate(k, values, efforts);
            bySection.put(k.section(), new SeriesRecord.Series(k.section(), k.first(), k.indicators(), values));
        }
        for (ChainLink link : projection.chain()) {
            carry(bySection.get(link.from()), bySection.get(link.to()), link.carryover());
        }
        List<SeriesRecord.Series> out = new ArrayList<>(kernels.size());
        kernels.forEach(k -> out.add(bySection.get(k.section())));
        return out;
    }

    /** Multiplies the pollutants of a section by each abating party's factor, from its lag on. */
    private void abate(SectionKernel k, double[][] values, Map<String, Double> efforts) {
        for (String party : parties) {
            Optional<Abatement> a = projection.economyOf(party).abatement();
            double e = efforts.getOrDefault(party, 0.0);
            if (a.isEmpty() || e <= 0 || !a.get().sections().contains(k.section())) {
                continue;
            }
            double f = a.get().factor(e);
            int from = Math.min(k.months(), 12 * a.get().lagYears() - (k.first().getMonthValue() - 1));
            for (int i = 0; i < values.length; i++) {
                if (a.get().indicators().contains(k.indicators().get(i))) {
                    for (int t = Math.max(0, from); t < k.months(); t++) {
                        values[i][t] *= f;
                    }
                }
            }
        }
    }

    /** Adds a share of the upstream section's pollutant concentrations to the downstream section's. */
    private static void carry(SeriesRecord.Series from, SeriesRecord.Series to, double carryover) {
        for (int i = 0; i < to.indicators().size(); i++) {
            Indicator indicator = to.indicators().get(i);
            int u = from.indicators().indexOf(indicator);
            if (u < 0 || !indicator.isConcentration() || indicator == Indicator.DO) {
                continue;
            }
            for (int t = 0; t < to.values()[i].length; t++) {
                to.values()[i][t] += carryover * from.values()[u][t];
            }
        }
    }

    /** The share of (agreement section, month) pairs of the projection whose monthly class meets Class Ⅲ. */
    private double waterQuality(MonitoringRecord record) {
        int meets = 0;
        int pairs = 0;
        for (var section : projection.agreement().sections().values()) {
            for (int y = 0; y < years; y++) {
                for (var m : record.monthsOf(section.name(), firstYear + y)) {
                    pairs++;
                    Optional<Grade> g = SingleFactorEvaluation.CNEMC.grade(m.means(), section.waterBody());
                    meets += g.isPresent() && g.get().waterClass().meets(WaterClass.III) ? 1 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : (double) meets / pairs;
    }

    /** A year's benefit: full value × the share of (section, month) pairs whose monthly class meets the target. */
    private double benefit(Benefit b, MonitoringRecord record, int year) {
        int meets = 0;
        int pairs = 0;
        for (String section : b.sections()) {
            WaterBodyType type = projection.agreement().sections().containsKey(section)
                    ? projection.agreement().sections().get(section).waterBody() : WaterBodyType.RIVER;
            for (int m = 1; m <= 12; m++) {
                pairs++;
                Optional<Grade> g = record.month(section, YearMonth.of(year, m)).flatMap(mm -> b.evaluation().grade(mm.means(), type));
                meets += g.isPresent() && g.get().waterClass().meets(b.target()) ? 1 : 0;
            }
        }
        return b.fullValue() * meets / pairs;
    }
}
