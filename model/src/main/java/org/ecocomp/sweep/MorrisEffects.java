package org.ecocomp.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Morris screening measures of every parameter.
 *
 * @param effects the measures of each parameter, in parameter order
 * @param trajectories r, the number of elementary effects behind each measure
 * @param levels p, the number of levels of the design
 * @param bootstrap how the intervals of mu* were computed
 * @param warnings problems worth a reader's attention, as sentences; empty if none
 */
public record MorrisEffects(List<Effect> effects, int trajectories, int levels, Bootstrap bootstrap,
                            List<String> warnings) {

    /** Keeps immutable copies. */
    public MorrisEffects {
        effects = List.copyOf(effects);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /**
     * The measures of one parameter.
     *
     * @param parameter the parameter's name
     * @return its measures
     * @throws IllegalArgumentException if there is no such parameter
     */
    public Effect of(String parameter) {
        for (Effect e : effects) {
            if (e.parameter().equals(parameter)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no parameter named " + parameter);
    }

    /**
     * The parameter names by decreasing mu* (ties in parameter order): the screening ranking.
     *
     * @return the names, most influential first
     */
    public List<String> ranking() {
        return effects.stream()
                .sorted(Comparator.comparingDouble((Effect e) -> e.muStar().value()).reversed())
                .map(Effect::parameter)
                .toList();
    }

    /**
     * The Morris measures of one parameter, over its r elementary effects
     * EE = (y(after move) − y(before move)) / (u after − u before), u being the unit-interval
     * coordinate (so for a uniform parameter, an output change per whole range).
     *
     * @param parameter the parameter's name
     * @param mu the mean of the elementary effects (Morris 1991)
     * @param muStar the mean of their absolute values (Campolongo, Cariboni &amp; Saltelli 2007), with
     *        a bootstrap interval
     * @param sigma their standard deviation (divisor r − 1; NaN for r = 1): nonlinearity or
     *        interactions
     */
    public record Effect(String parameter, double mu, Estimate muStar, double sigma) {

        /** Checks the name and mu*. */
        public Effect {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(muStar, "muStar");
        }
    }
}
