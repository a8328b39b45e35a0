package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code java -cp <class path> dev.retort.cli.Main ...} in a process of its own, as an operator runs it: the class
 * path holds the revisions' index, the exit code is the process's.
 */
class ProcessTest {

    private record Ran(int exitCode, String out, String err) {}

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeHeadInAProcessOfItsOwn(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Ran upgrade = java(null, "upgrade", "head", "--url", database.url());

            assertEquals(0, upgrade.exitCode(), upgrade.err());
            assertTrue(upgrade.out().startsWith("Applied 4 revisions (upgrade head):\n"), upgrade.out());
            assertTrue(upgrade.err().startsWith("[1/4] upgrade a1, create customers ...\n"), upgrade.err());
            assertFalse(upgrade.err().contains("INFO"), "the runtime's log says what the progress says: " + upgrade.err());

            Ran check = java(null, "check", "--url", database.url(), "--json");
            assertEquals(0, check.exitCode(), check.err());
            JsonNode json = new ObjectMapper().readTree(check.out());
            assertTrue(json.get("clean").asBoolean());

            Ran failed = java(null, "downgrade", "z9", "--url", database.url());
            assertEquals(1, failed.exitCode());
            assertEquals("error: no revision has the id, id prefix or branch label 'z9'\n", failed.err());

            Ran usage = java(null, "downgrade", "--url", database.url());
            assertEquals(2, usage.exitCode());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void thePromptGoesToStandardErrorAndTheTypedPasswordNowhere(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Ran current = java("typed-Secret\n", "current", "--url", database.url(), "--json", "--password");

            assertEquals(0, current.exitCode(), current.err());
            assertEquals("Database password: ", current.err());
            assertEquals(0, new ObjectMapper().readTree(current.out()).get("current").size());
            assertFalse(current.out().contains("typed-Secret"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @SuppressWarnings("try") // the holder holds the lock while the block runs
    void anotherProcessHoldingTheLockTooLongExitsWithFour(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Ran waited;
            try (LockHolder holder = LockHolder.holding(database.url())) {
                waited = java(null, "upgrade", "head", "--url", database.url(), "--lock-wait", "1500ms");
            }
            assertEquals(4, waited.exitCode(), waited.err());
            assertTrue(waited.err().contains("error: gave up waiting for the migration lock"), waited.err());
        }
    }

    /** Runs the CLI in a new JVM on the test class path; {@code input} (if any) is its standard input. */
    private static Ran java(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // JDK 24 and later warn on standard error when the SQLite driver loads its native library.
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("RETORT_"));
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        CompletableFuture<String> out = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                out.complete(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                out.completeExceptionally(e);
            }
        }, "cli-stdout");
        reader.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI ended");
        return new Ran(process.exitValue(), out.join(), err);
    }
}
