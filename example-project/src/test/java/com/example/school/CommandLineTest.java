package com.example.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The retort command on the school's class path, as an operator runs it ({@code java -cp ... dev.retort.cli.Main}),
 * here in this JVM: it finds the school's revisions through the index the annotation processor wrote.
 */
class CommandLineTest {

    @TempDir
    Path directory;

    private record Run(int exitCode, String out) {}

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void theRetortCommandUpgradesChecksAndDowngradesTheSchoolsDatabase(ThrowawayDatabase.Kind kind) {
        try (ThrowawayDatabase database = ThrowawayDatabase.create(kind, directory)) {
            Run upgrade = retort("upgrade", "head", "--url", database.url());
            assertEquals(0, upgrade.exitCode());
            assertEquals("""
                    Applied 3 revisions (upgrade head):
                      8e2f2e66022e  create students and fees
                      b5d4111c37f0  add fee description
                      0735157293b1  index fees by status
                    """, upgrade.out());

            Run check = retort("check", "--url", database.url());
            assertEquals(0, check.exitCode());
            assertEquals("No drift: the database is what its revisions (at 0735157293b1) make.\n", check.out());

            Run current = retort("current", "--url", database.url(), "--json");
            assertEquals(0, current.exitCode());
            assertTrue(current.out().contains("\"id\": \"0735157293b1\""), current.out());

            Run downgrade = retort("downgrade", "-1", "--url", database.url());
            assertEquals(0, downgrade.exitCode());
            assertEquals("Undid 1 revision (downgrade -1):\n  0735157293b1  index fees by status\n",
                    downgrade.out());

            assertEquals(2, retort("downgrade", "nowhere", "--url", database.url(), "--lock-wait").exitCode(),
                    "a usage error");
        }
    }

    private static Run retort(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8));
    }
}
