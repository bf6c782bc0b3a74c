package org.ecocomp.sweep;

import java.util.List;
import java.util.Objects;

/**
 * Sobol' sensitivity indices of one model output, with bootstrap intervals.
 *
 * @param parameters the parameter names, in design order
 * @param baseSamples N, the rows of each base matrix
 * @param variance the output variance estimated from the rows of A and B
 * @param firstOrder S1 of each parameter, in parameter order
 * @param totalOrder ST of each parameter, in parameter order
 * @param secondOrder S2 of each pair i &lt; j, ordered by i then j; empty unless requested
 * @param bootstrap how the intervals were computed
 * @param warnings problems worth a reader's attention, as sentences; empty if none
 */
public record SobolIndices(List<String> parameters, int baseSamples, double variance,
                           List<Estimate> firstOrder, List<Estimate> totalOrder,
                           List<SecondOrderIndex> secondOrder, Bootstrap bootstrap, List<String> warnings) {

    /** Checks one first- and total-order index per parameter; keeps immutable copies. */
    public SobolIndices {
        parameters = List.copyOf(parameters);
        firstOrder = List.copyOf(firstOrder);
        totalOrder = List.copyOf(totalOrder);
        secondOrder = List.copyOf(secondOrder);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(bootstrap, "bootstrap");
        if (firstOrder.size() != parameters.size() || totalOrder.size() != parameters.size()) {
            throw new IllegalArgumentException("expected one first- and one total-order index per parameter");
        }
    }

    /**
     * S1 of a parameter.
     *
     * @param parameter the parameter's name
     * @return its first-order index
     * @throws IllegalArgumentException if there is no such parameter
     */
    public Estimate firstOrder(String parameter) {
        return firstOrder.get(indexOf(parameter));
    }

    /**
     * ST of a parameter.
     *
     * @param parameter the parameter's name
     * @return its total-order index
     * @throws IllegalArgumentException if there is no such parameter
     */
    public Estimate totalOrder(String parameter) {
        return totalOrder.get(indexOf(parameter));
    }

    /**
     * S2 of a pair of parameters, in either order.
     *
     * @param first one parameter's name
     * @param second the other's
     * @return their second-order index
     * @throws IllegalArgumentException if there is no such pair or no second-order index was computed
     */
    public Estimate secondOrder(String first, String second) {
        int i = indexOf(first);
        int j = indexOf(second);
        for (SecondOrderIndex s : secondOrder) {
            if (s.first() == Math.min(i, j) && s.second() == Math.max(i, j)) {
                return s.estimate();
            }
        }
        throw new IllegalArgumentException("no second-order index of " + first + " and " + second
                + (secondOrder.isEmpty() ? "; none was computed (secondOrder = false)" : ""));
    }

    private int indexOf(String parameter) {
        int i = parameters.indexOf(parameter);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter named " + parameter + "; expected one of " + parameters);
        }
        return i;
    }

    /**
     * The second-order index of a pair of parameters.
     *
     * @param first the index of the first parameter
     * @param second the index of the second, above {@code first}
     * @param estimate S2 with its interval
     */
    public record SecondOrderIndex(int first, int second, Estimate estimate) {

        /** Checks {@code 0 <= first < second}. */
        public SecondOrderIndex {
            Objects.requireNonNull(estimate, "estimate");
            if (first < 0 || second <= first) {
                throw new IllegalArgumentException("expected 0 <= first < second, got " + first + ", " + second);
            }
        }
    }
}
