package org.ecocomp.game;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Test games and generators of random games. */
final class Games {

    private Games() {
    }

    /** Player names P0, P1, …. */
    static List<String> names(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("P" + i);
        }
        return names;
    }

    static CharacteristicFunction of(double[] table) {
        return CharacteristicFunction.of(names(Integer.numberOfTrailingZeros(table.length)), table);
    }

    /** The largest |v(S)|, at least 1: the scale for absolute tolerances. */
    static double scale(CharacteristicFunction g) {
        double s = 1;
        for (double v : g.table()) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }

    static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /** Any game of 2..maxPlayers players, worths in [−10, 10]. */
    static Arbitrary<CharacteristicFunction> anyGame(int maxPlayers) {
        return Arbitraries.integers().between(2, maxPlayers).flatMap(n -> Arbitraries.doubles().between(-10, 10)
                .ofScale(3).array(double[].class).ofSize(1 << n).map(t -> {
                    t[0] = 0;
                    return of(t);
                }));
    }

    /** Any game whose imputation set is non-empty (v(N) raised to at least Σ v({i}) when needed). */
    static Arbitrary<CharacteristicFunction> gameWithImputations(int maxPlayers) {
        return anyGame(maxPlayers).map(g -> {
            double[] t = g.table();
            double singles = 0;
            for (int i = 0; i < g.size(); i++) {
                singles += t[1 << i];
            }
            t[t.length - 1] = Math.max(t[t.length - 1], singles);
            return of(t);
        });
    }

    /**
     * Convex games: a non-negative combination of unanimity games, plus f(|S|) with f convex and
     * f(0) = 0, plus an additive game; each part is supermodular, so the sum is.
     */
    static Arbitrary<CharacteristicFunction> convexGame(int maxPlayers) {
        return Arbitraries.integers().between(2, maxPlayers).flatMap(n -> {
            Arbitrary<List<Integer>> carriers = Arbitraries.integers().between(1, (1 << n) - 1).list().ofMaxSize(5);
            Arbitrary<List<Double>> coefficients = Arbitraries.doubles().between(0, 10).ofScale(3).list().ofSize(5);
            Arbitrary<List<Double>> increments = Arbitraries.doubles().between(-5, 5).ofScale(3).list().ofSize(n);
            Arbitrary<List<Double>> additive = Arbitraries.doubles().between(-5, 5).ofScale(3).list().ofSize(n);
            return Combinators.combine(carriers, coefficients, increments, additive).as((cs, alphas, inc, add) -> {
                List<Double> sorted = new ArrayList<>(inc);
                sorted.sort(null); // non-decreasing increments: f convex
                double[] f = new double[n + 1];
                for (int k = 1; k <= n; k++) {
                    f[k] = f[k - 1] + sorted.get(k - 1);
                }
                double[] t = new double[1 << n];
                for (int s = 1; s < t.length; s++) {
                    double v = f[Integer.bitCount(s)];
                    for (int i = 0; i < n; i++) {
                        if ((s & (1 << i)) != 0) {
                            v += add.get(i);
                        }
                    }
                    for (int k = 0; k < cs.size(); k++) {
                        if ((s & cs.get(k)) == cs.get(k)) {
                            v += alphas.get(k);
                        }
                    }
                    t[s] = v;
                }
                return of(t);
            });
        });
    }

    /**
     * Games with a non-empty core by construction: pick x, let v(N) = x(N) and v(S) = x(S) − slack with
     * a random slack ≥ 0, so x is in the core. Some slacks are 0, which makes ties and degenerate
     * programmes.
     */
    static Arbitrary<CharacteristicFunction> gameWithCore(int maxPlayers) {
        return Arbitraries.integers().between(2, maxPlayers).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-10, 10).ofScale(2).list().ofSize(n),
                Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 5).ofScale(2))
                        .list().ofSize((1 << n) - 2))
                .as((x, slack) -> {
                    double[] t = new double[1 << n];
                    for (int s = 1; s < t.length; s++) {
                        double v = 0;
                        for (int i = 0; i < n; i++) {
                            if ((s & (1 << i)) != 0) {
                                v += x.get(i);
                            }
                        }
                        t[s] = s == t.length - 1 ? v : v - slack.get(s - 1);
                    }
                    return of(t);
                }));
    }
}
