package org.ecocomp.game.evolution;

/**
 * Parameter sets in the style of the numerical examples of the Chinese literature (amounts of a few
 * 亿元 per year), entered in yuan per year; {@link #UNIT} = 1 亿元 = 1e8 yuan is the money unit of
 * the dynamics.
 */
final class Examples {

    /** 1 亿元, the money unit of the dynamics. */
    static final double UNIT = 1e8;

    /**
     * Central government with a strong fine on the downstream: C_u = 10, E_u = 3, E_d = 12, L = 6,
     * T = 5, K = 0, R = 2, F_u = 1, F_d = 6 (亿元 per year). (Protect, compensate) is the unique ESS.
     */
    static final CompensationGame COOPERATIVE = game(10, 3, 12, 6, 5, 0, 2, 1, 6);

    /**
     * As {@link #COOPERATIVE} but T = 8 and a weak fine F_d = 2 &lt; T: the interior point (0.25, 0.5)
     * is a centre and the corners are saddles.
     */
    static final CompensationGame CYCLING = game(10, 3, 12, 6, 8, 0, 2, 1, 2);

    /**
     * The textbook prisoners' dilemma without a central government: C_u = 10, E_u = 3, E_d = 12,
     * L = 6, T = 5 paid whatever the upstream does (K = −T). (Not protect, not compensate) is the
     * unique ESS.
     */
    static final CompensationGame DILEMMA = game(10, 3, 12, 6, 5, -5, 0, 0, 0);

    private Examples() {
    }

    /** A game from amounts in 亿元 per year. */
    static CompensationGame game(double cu, double eu, double ed, double l, double t, double k, double r, double fu,
                                 double fd) {
        return new CompensationGame(cu * UNIT, eu * UNIT, ed * UNIT, l * UNIT, t * UNIT, k * UNIT, r * UNIT, fu * UNIT,
                fd * UNIT);
    }

    /** The dynamics of a game with payoffs in 亿元 per year. */
    static ReplicatorDynamics dynamics(CompensationGame game) {
        return new ReplicatorDynamics(game.payoffs().scaled(UNIT));
    }
}
