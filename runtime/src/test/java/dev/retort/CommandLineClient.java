package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Runs a script through the database's own command-line client, as a DBA would: psql or sqlite3. */
final class CommandLineClient {

    private CommandLineClient() {}

    static void run(TestDatabase database, String script) throws IOException, InterruptedException {
        Result result = execute(database, script);
        assertEquals(0, result.exitCode(), () -> result.command() + " failed:\n" + result.output());
    }

    /** Runs a script that must fail, and returns what the client printed. */
    static String runFailing(TestDatabase database, String script) throws IOException, InterruptedException {
        Result result = execute(database, script);
        assertNotEquals(0, result.exitCode(), () -> result.command() + " succeeded:\n" + result.output());
        return result.output();
    }

    private record Result(String command, int exitCode, String output) {}

    private static Result execute(TestDatabase database, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("retort-script", ".sql");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            List<String> command = database.kind() == TestDatabase.Kind.POSTGRESQL
                    ? List.of(client("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString(),
                            database.url().substring("jdbc:".length()))
                    : List.of(client("sqlite3"), "-bail", database.url().substring("jdbc:sqlite:".length()),
                            ".read " + file);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(String.join(" ", command), process.waitFor(), output);
        } finally {
            Files.delete(file);
        }
    }

    /** The client's path; the test is skipped without it, except on CI, where it fails. */
    private static String client(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = name + " is not on the PATH";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return name;
    }
}
