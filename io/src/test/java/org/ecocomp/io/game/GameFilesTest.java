package org.ecocomp.io.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecocomp.game.CharacteristicFunction;
import org.ecocomp.io.problem.ExitCode;
import org.ecocomp.io.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameFilesTest {

    private static final String GAME = "coalition,value\nA,1\nB,2\nA B,5\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsIgnoredBeforeTheHeaderOrAComment() throws Exception {
        for (String start : List.of("\uFEFF", "\uFEFF# saved by Excel\n")) {
            CharacteristicFunction game = GameFiles.read(write("bom.csv", start + GAME));
            assertEquals(List.of("A", "B"), game.players());
            assertEquals(5, game.value(0b11), 1e-12);
        }
    }

    @Test
    void aFileThatIsNotUtf8IsLocated65() throws Exception {
        Path file = Files.write(dir.resolve("gbk.csv"), "coalition,value\n江西,0\n广东,0\n江西 广东,100\n".getBytes(Charset.forName("GBK")));
        InputException e = assertThrows(InputException.class, () -> GameFiles.read(file));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(file + ": not UTF-8 text (save it as UTF-8)", e.getMessage());
    }

    @Test
    void aRowWithoutItsValueIsLocated() throws Exception {
        Path file = write("short.csv", GAME + "A B C\n");
        InputException e = assertThrows(InputException.class, () -> GameFiles.read(file));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(file + ":5: the row has 1 field; expected a coalition and its value (coalition,value)",
                e.problems().getFirst().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("CSVRecord")), e.getMessage());
    }
}
