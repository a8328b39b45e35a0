package com.example.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
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
            List<RevisionInfo> history = new ArrayList<>(Retort.offline().history());
            Collections.reverse(history);
            RevisionInfo head = history.get(history.size() - 1);

            Run upgrade = retort("upgrade", "head", "--url", database.url());
            assertEquals(0, upgrade.exitCode());
            assertEquals("Applied " + history.size() + " revisions (upgrade head):\n" + history.stream()
                    .map(revision -> "  " + revision.id() + "  " + revision.message() + "\n")
                    .collect(Collectors.joining()), upgrade.out());
            assertTrue(upgrade.out().contains("  8e2f2e66022e  create students and fees\n"), upgrade.out());

            Run check = retort("check", "--url", database.url());
            assertEquals(0, check.exitCode());
            assertEquals("No drift: the database is what its revisions (at " + head.id() + ") make.\n", check.out());

            Run current = retort("current", "--url", database.url(), "--json");
            assertEquals(0, current.exitCode());
            assertTrue(current.out().contains("\"id\": \"" + head.id() + "\""), current.out());

            Run downgrade = retort("downgrade", "-1", "--url", database.url());
            assertEquals(0, downgrade.exitCode());
            assertEquals("Undid 1 revision (downgrade -1):\n  " + head.id() + "  " + head.message() + "\n",
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
