package org.ecocomp.simulation;

import java.util.List;

/**
 * Builds {@link MonteCarloResult}s by hand for the report's tests, through the package-private
 * builder (this class shares its package; the modules are plain class-path jars).
 */
public final class MonteCarloResults {

    private MonteCarloResults() {
    }

    /**
     * A result from each draw's yearly net transfers; welfare is zero and no flows are recorded.
     *
     * @param parties the party codes
     * @param firstYear the first projection year
     * @param net yuan, {@code net[draw][party][yearIndex]}
     * @return the result
     */
    public static MonteCarloResult of(List<String> parties, int firstYear, double[][][] net) {
        int years = net[0][0].length;
        MonteCarloResult.Builder builder = new MonteCarloResult.Builder(parties, firstYear, years, net.length);
        for (int d = 0; d < net.length; d++) {
            builder.record(d, new DrawOutcome(net[d], new double[parties.size()], List.of(), Double.NaN));
        }
        return builder.build();
    }
}
