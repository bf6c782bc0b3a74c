package org.ecocomp.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharacteristicFunctionTest {

    private static final CharacteristicFunction GLOVE = CharacteristicFunction.of(List.of("L", "R1", "R2"),
            s -> (s & 1) != 0 && (s & 6) != 0 ? 1 : 0);

    @Test
    void tableAndFunctionAgree() {
        CharacteristicFunction fromTable = CharacteristicFunction.of(List.of("L", "R1", "R2"),
                new double[] {0, 0, 0, 1, 0, 1, 0, 1});
        assertEquals(fromTable, GLOVE);
        assertEquals(fromTable.hashCode(), GLOVE.hashCode());
        assertEquals(3, GLOVE.size());
        assertEquals(7, GLOVE.grandCoalition());
        assertEquals(1, GLOVE.grandValue());
        assertEquals(1, GLOVE.indexOf("R1"));
        assertEquals("{L, R2}", GLOVE.describe(CharacteristicFunction.coalition(0, 2)));
        assertEquals(0.25, GLOVE.excess(CharacteristicFunction.coalition(0, 1), new double[] {0.5, 0.25, 0.25}));
    }

    @Test
    void invariants() {
        List<String> two = List.of("A", "B");
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(two, new double[] {1, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(two, new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(two, new double[] {0, Double.NaN, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(List.of("A", "A"), new double[4]));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(List.of("A", " "), new double[4]));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(List.of(), new double[1]));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(Games.names(31), s -> 0));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.of(Games.names(25), s -> 1));
        assertThrows(IllegalArgumentException.class, () -> GLOVE.value(8));
        double[] table = {0, 1, 1, 3};
        CharacteristicFunction g = CharacteristicFunction.of(two, table);
        table[3] = 100;
        g.table()[3] = 100;
        assertEquals(3, g.grandValue());
    }

    @Test
    void functionBackedBeyondTwentyPlayers() {
        CharacteristicFunction g = CharacteristicFunction.of(Games.names(25), s -> s == 5 ? Double.NaN : Integer.bitCount(s));
        assertFalse(g.isTabulated());
        assertEquals(25, g.grandValue());
        assertThrows(IllegalStateException.class, () -> g.value(5));
        assertThrows(IllegalStateException.class, g::table);
        assertThrows(IllegalStateException.class, () -> g.isConvex(0));
    }

    @Test
    void superadditivityAndConvexity() {
        assertTrue(GLOVE.isSuperadditive(0));
        assertFalse(GLOVE.isConvex(0)); // v(N) + v({L}) = 1 < v({L, R1}) + v({L, R2}) = 2
        CharacteristicFunction majority = CharacteristicFunction.of(Games.names(3), s -> Integer.bitCount(s) >= 2 ? 1 : 0);
        assertTrue(majority.isSuperadditive(0));
        assertFalse(majority.isConvex(0));
        CharacteristicFunction square = CharacteristicFunction.of(Games.names(5), s -> Math.pow(Integer.bitCount(s), 2));
        assertTrue(square.isSuperadditive(0));
        assertTrue(square.isConvex(0));
        CharacteristicFunction subadditive = Games.of(new double[] {0, 1, 1, 1.5});
        assertFalse(subadditive.isSuperadditive(0));
        assertTrue(subadditive.isSuperadditive(0.5));
        assertFalse(subadditive.isConvex(0));
    }

    @Test
    void unanimityPlusAndScaled() {
        List<String> names = Games.names(3);
        CharacteristicFunction u = CharacteristicFunction.unanimity(names, CharacteristicFunction.coalition(0, 1));
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 0, 0, 1}, u.table(), 0);
        CharacteristicFunction sum = u.plus(u.scaled(2));
        assertArrayEquals(new double[] {0, 0, 0, 3, 0, 0, 0, 3}, sum.table(), 0);
        assertArrayEquals(new double[] {1.5, 1.5, 0}, ShapleyValue.exact(sum), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> u.plus(GLOVE));
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.unanimity(names, 0));
    }
}
