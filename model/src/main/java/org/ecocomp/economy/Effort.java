package org.ecocomp.economy;

/** How much a party spends on abatement each year: fixed by the scenario, or its best response. */
public sealed interface Effort {

    /**
     * A fixed yearly effort.
     *
     * @param yuan yuan per year, 0 or more
     */
    record Fixed(double yuan) implements Effort {
        /** Checks the effort. */
        public Fixed {
            if (!(yuan >= 0)) {
                throw new IllegalArgumentException("effort is 0 or more");
            }
        }
    }

    /**
     * The effort that maximises the party's expected welfare under the agreement, searched over
     * {@code steps} levels from 0 to {@code max} with common random numbers.
     *
     * @param max the largest effort considered, yuan per year
     * @param steps the number of levels (at least 2)
     */
    record BestResponse(double max, int steps) implements Effort {
        /** Checks the grid. */
        public BestResponse {
            if (!(max > 0) || steps < 2) {
                throw new IllegalArgumentException("a best-response search needs max > 0 and at least 2 steps");
            }
        }

        /** The effort at level k of the grid. */
        public double level(int k) {
            return max * k / (steps - 1);
        }
    }
}
