package org.ecocomp.game;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * A transferable-utility cooperative game: n named players and the worth v(S) of every coalition S,
 * with v(∅) = 0.
 *
 * <p>A coalition is an {@code int} bit mask: bit i is set when player i (in {@link #players()}
 * order) belongs to it, so the grand coalition N is {@code (1 << n) - 1}. Masks limit games to
 * {@value #MAX_PLAYERS} players. Up to {@value #MAX_EXACT_PLAYERS} players the worths are held in a
 * table of 2ⁿ doubles and the exact methods (Shapley subset formula, core, nucleolus, the
 * superadditivity and convexity checks) are available; beyond that a game built from a function
 * keeps the function and evaluates it on demand, which is all that permutation sampling of the
 * Shapley value needs.
 *
 * <p>Instances are immutable; a game built from a function relies on the function being pure (the
 * same coalition always gives the same finite worth) and safe to call from several threads.
 */
public final class CharacteristicFunction {

    /** The largest number of players a bit mask can hold here. */
    public static final int MAX_PLAYERS = 30;

    /** The largest number of players for which worths are tabulated and exact methods run. */
    public static final int MAX_EXACT_PLAYERS = 20;

    private final List<String> players;
    private final double[] table;
    private final IntToDoubleFunction function;

    private CharacteristicFunction(List<String> players, double[] table, IntToDoubleFunction function) {
        this.players = players;
        this.table = table;
        this.function = function;
    }

    /**
     * A game from its table of worths.
     *
     * @param players the player names, distinct and not blank; 1 to {@value #MAX_PLAYERS} of them
     * @param table v(S) at index S for every mask S in [0, 2ⁿ); finite, {@code table[0] == 0}; copied
     * @return the game
     * @throws IllegalArgumentException if the players or the table break those rules
     */
    public static CharacteristicFunction of(List<String> players, double[] table) {
        List<String> names = checkPlayers(players);
        Objects.requireNonNull(table, "table");
        int n = names.size();
        if (table.length != 1 << n) {
            throw new IllegalArgumentException("a game of " + n + " players needs 2^" + n + " = " + (1 << n)
                    + " worths, got " + table.length);
        }
        double[] copy = table.clone();
        for (int s = 0; s < copy.length; s++) {
            if (!Double.isFinite(copy[s])) {
                throw new IllegalArgumentException("v(" + describe(names, s) + ") is not finite: " + copy[s]);
            }
        }
        if (copy[0] != 0) {
            throw new IllegalArgumentException("v(∅) must be 0, got " + copy[0]);
        }
        return new CharacteristicFunction(names, copy, null);
    }

    /**
     * A game from a function of the coalition mask. Up to {@value #MAX_EXACT_PLAYERS} players the
     * function is evaluated once per coalition and tabulated; beyond that it is kept and evaluated on
     * demand (it must then be pure and thread-safe).
     *
     * @param players the player names, distinct and not blank; 1 to {@value #MAX_PLAYERS} of them
     * @param worth v(S) for a mask S; must give 0 for the empty coalition and finite worths
     * @return the game
     * @throws IllegalArgumentException if the players break those rules, v(∅) ≠ 0 or (when tabulated)
     *     a worth is not finite
     */
    public static CharacteristicFunction of(List<String> players, IntToDoubleFunction worth) {
        List<String> names = checkPlayers(players);
        Objects.requireNonNull(worth, "worth");
        int n = names.size();
        if (n <= MAX_EXACT_PLAYERS) {
            double[] table = new double[1 << n];
            for (int s = 0; s < table.length; s++) {
                table[s] = worth.applyAsDouble(s);
            }
            return of(names, table);
        }
        double empty = worth.applyAsDouble(0);
        if (empty != 0) {
            throw new IllegalArgumentException("v(∅) must be 0, got " + empty);
        }
        return new CharacteristicFunction(names, null, worth);
    }

    /**
     * The unanimity game u_T: v(S) = 1 when S contains the carrier T, 0 otherwise.
     *
     * @param players the player names
     * @param carrier the non-empty coalition T
     * @return the game
     */
    public static CharacteristicFunction unanimity(List<String> players, int carrier) {
        int n = checkPlayers(players).size();
        if (carrier == 0 || (carrier & ~grand(n)) != 0) {
            throw new IllegalArgumentException("the carrier must be a non-empty coalition of the " + n + " players");
        }
        return of(players, s -> (s & carrier) == carrier ? 1.0 : 0.0);
    }

    /**
     * The mask of a coalition from player indices.
     *
     * @param members player indices in [0, {@value #MAX_PLAYERS})
     * @return the bit mask with those bits set
     */
    public static int coalition(int... members) {
        int mask = 0;
        for (int i : members) {
            if (i < 0 || i >= MAX_PLAYERS) {
                throw new IllegalArgumentException("player index " + i + " out of range");
            }
            mask |= 1 << i;
        }
        return mask;
    }

    /** {@return the player names in index order (unmodifiable)} */
    public List<String> players() {
        return players;
    }

    /** {@return the number of players n} */
    public int size() {
        return players.size();
    }

    /** {@return the mask of the grand coalition N, {@code (1 << n) - 1}} */
    public int grandCoalition() {
        return grand(size());
    }

    /**
     * The index of a player.
     *
     * @param player a player name
     * @return its index
     * @throws IllegalArgumentException if the name is not a player
     */
    public int indexOf(String player) {
        int i = players.indexOf(player);
        if (i < 0) {
            throw new IllegalArgumentException("no player named " + player);
        }
        return i;
    }

    /**
     * The worth of a coalition.
     *
     * @param coalition a mask within the grand coalition
     * @return v(S)
     * @throws IllegalArgumentException if the mask has bits outside the grand coalition
     * @throws IllegalStateException if a function-backed game gives a non-finite worth
     */
    public double value(int coalition) {
        if ((coalition & ~grandCoalition()) != 0) {
            throw new IllegalArgumentException("coalition " + Integer.toBinaryString(coalition)
                    + " has members outside the " + size() + " players");
        }
        if (table != null) {
            return table[coalition];
        }
        double v = function.applyAsDouble(coalition);
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("v(" + describe(players, coalition) + ") is not finite: " + v);
        }
        return v;
    }

    /** {@return v(N), the worth of the grand coalition} */
    public double grandValue() {
        return value(grandCoalition());
    }

    /** {@return whether the worths are tabulated, which the exact methods need} */
    public boolean isTabulated() {
        return table != null;
    }

    /**
     * The table of worths.
     *
     * @return a copy of v(S) indexed by mask
     * @throws IllegalStateException if the game has more than {@value #MAX_EXACT_PLAYERS} players and
     *     was built from a function
     */
    public double[] table() {
        return tableView().clone();
    }

    /** The table itself, for the exact methods of this package; never changed by them. */
    double[] tableView() {
        if (table == null) {
            throw new IllegalStateException("exact methods need at most " + MAX_EXACT_PLAYERS
                    + " players; this game has " + size());
        }
        return table;
    }

    /**
     * The sum game v + w, on the same players.
     *
     * @param other a game with the same players in the same order
     * @return (v + w)(S) = v(S) + w(S)
     */
    public CharacteristicFunction plus(CharacteristicFunction other) {
        if (!players.equals(other.players)) {
            throw new IllegalArgumentException("games on different players cannot be added");
        }
        return of(players, s -> value(s) + other.value(s));
    }

    /**
     * The game scaled by a factor.
     *
     * @param factor a finite factor a
     * @return (a·v)(S) = a·v(S)
     */
    public CharacteristicFunction scaled(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("the factor must be finite");
        }
        return of(players, s -> factor * value(s));
    }

    /**
     * Whether the game is superadditive: v(S ∪ T) ≥ v(S) + v(T) − tolerance for all disjoint S, T.
     * Checks every pair of disjoint non-empty coalitions, O(3ⁿ).
     *
     * @param tolerance a non-negative slack
     * @return whether every pair passes
     */
    public boolean isSuperadditive(double tolerance) {
        double[] v = tableView();
        checkTolerance(tolerance);
        int grand = grandCoalition();
        for (int s = 1; s < grand; s++) {
            int rest = grand & ~s;
            // each unordered pair {s, t} once: t runs over the non-empty submasks of the complement, t < s
            for (int t = rest; t > 0; t = (t - 1) & rest) {
                if (t > s) {
                    continue;
                }
                if (v[s | t] < v[s] + v[t] - tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the game is convex (supermodular): v(S ∪ T) + v(S ∩ T) ≥ v(S) + v(T) − tolerance for all S,
     * T. Uses the equivalent local condition v(S ∪ {i, j}) − v(S ∪ {i}) − v(S ∪ {j}) + v(S) ≥ −tolerance
     * for every S and distinct i, j outside S, O(2ⁿ n²).
     *
     * @param tolerance a non-negative slack
     * @return whether the condition holds
     */
    public boolean isConvex(double tolerance) {
        double[] v = tableView();
        checkTolerance(tolerance);
        int n = size();
        for (int s = 0; s < v.length; s++) {
            for (int i = 0; i < n; i++) {
                int bi = 1 << i;
                if ((s & bi) != 0) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    int bj = 1 << j;
                    if ((s & bj) == 0 && v[s | bi | bj] - v[s | bi] - v[s | bj] + v[s] < -tolerance) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The excess of a coalition at an allocation, e(S, x) = v(S) − Σ_{i∈S} xᵢ: how much the coalition
     * would gain by leaving.
     *
     * @param coalition a mask within the grand coalition
     * @param allocation one amount per player
     * @return e(S, x)
     */
    public double excess(int coalition, double[] allocation) {
        checkAllocation(allocation);
        double sum = 0;
        for (int i = 0; i < size(); i++) {
            if ((coalition & (1 << i)) != 0) {
                sum += allocation[i];
            }
        }
        return value(coalition) - sum;
    }

    /** Checks that an allocation has one finite amount per player. */
    void checkAllocation(double[] allocation) {
        Objects.requireNonNull(allocation, "allocation");
        if (allocation.length != size()) {
            throw new IllegalArgumentException("an allocation needs " + size() + " amounts, got " + allocation.length);
        }
        for (double a : allocation) {
            if (!Double.isFinite(a)) {
                throw new IllegalArgumentException("allocation amounts must be finite: " + Arrays.toString(allocation));
            }
        }
    }

    /**
     * Coalition names for messages, e.g. {@code {JX, GD}}.
     *
     * @param coalition a mask within the grand coalition
     * @return the members' names in braces
     */
    public String describe(int coalition) {
        return describe(players, coalition);
    }

    /** Equal when the players and every worth are equal (function-backed games only when identical). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CharacteristicFunction g && table != null && g.table != null
                && players.equals(g.players) && Arrays.equals(table, g.table);
    }

    @Override
    public int hashCode() {
        return table == null ? System.identityHashCode(this) : 31 * players.hashCode() + Arrays.hashCode(table);
    }

    @Override
    public String toString() {
        if (table == null) {
            return "CharacteristicFunction" + players + " (function)";
        }
        return "CharacteristicFunction" + players + (table.length <= 64 ? " v=" + Arrays.toString(table)
                : " v(N)=" + table[table.length - 1]);
    }

    static int grand(int n) {
        return (1 << n) - 1;
    }

    private static void checkTolerance(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be finite and non-negative");
        }
    }

    private static List<String> checkPlayers(List<String> players) {
        Objects.requireNonNull(players, "players");
        if (players.isEmpty() || players.size() > MAX_PLAYERS) {
            throw new IllegalArgumentException("a game has 1 to " + MAX_PLAYERS + " players, got " + players.size());
        }
        Set<String> seen = new HashSet<>();
        for (String p : players) {
            if (p == null || p.isBlank()) {
                throw new IllegalArgumentException("player names must not be blank");
            }
            if (!seen.add(p)) {
                throw new IllegalArgumentException("duplicate player " + p);
            }
        }
        return List.copyOf(players);
    }

    private static String describe(List<String> players, int coalition) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < players.size(); i++) {
            if ((coalition & (1 << i)) != 0) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(players.get(i));
            }
        }
        return sb.append('}').toString();
    }
}
