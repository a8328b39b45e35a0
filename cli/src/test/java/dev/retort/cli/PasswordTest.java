package dev.retort.cli;

import static dev.retort.cli.CliRunner.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.cli.CliRunner.Result;
import dev.retort.cli.DatabaseOptions.Login;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The password comes from RETORT_PASSWORD or from a prompt that does not echo; never from an argument. */
class PasswordTest {

    private static final String SECRET = "s3cret-Pw";

    @Test
    void theEnvironmentVariableIsThePasswordUnlessThePromptIsAsked() {
        Map<String, String> environment = Map.of("RETORT_PASSWORD", SECRET, "RETORT_USER", "app");
        assertEquals(new Login("jdbc:x", "app", SECRET), login(environment, "current", "--url", "jdbc:x"));
        assertEquals(new Login("jdbc:x", "admin", SECRET),
                login(environment, "current", "--url", "jdbc:x", "--user", "admin"));
        assertEquals(new Login("jdbc:x", null, null), login(Map.of(), "current", "--url", "jdbc:x"));
        assertFalse(new Login("jdbc:x", null, SECRET).toString().contains(SECRET));
    }

    @Test
    void thePromptReadsTheInputWithoutWritingIt() {
        Map<String, String> environment = Map.of("RETORT_PASSWORD", "from-the-environment");
        Login login = withInput(SECRET + "\n", () -> login(environment, "current", "--url", "jdbc:x", "--password"));
        assertEquals(SECRET, login.password(), "the prompt wins over the environment");

        try (TestDatabase database = TestDatabase.sqlite()) {
            ByteArrayOutputStream prompt = new ByteArrayOutputStream();
            PrintStream before = System.out;
            Result result;
            System.setOut(new PrintStream(prompt, true, StandardCharsets.UTF_8));
            try {
                result = withInput(SECRET + "\n", () -> cli().run("current", "--url", database.url(), "--password"));
            } finally {
                System.setOut(before);
            }
            result.assertExit(Exit.OK);
            // Without a console picocli prompts on System.out; Main.main points System.out at standard error.
            assertEquals("Database password: ", prompt.toString(StandardCharsets.UTF_8));
            assertFalse(result.out().contains(SECRET), result.out());
            assertFalse(result.err().contains(SECRET), result.err());
        }
    }

    @Test
    void aPasswordGivenAsAnArgumentIsRefusedUnreadAndUnrepeated() {
        for (String[] args : new String[][] {
                {"current", "--url", "jdbc:sqlite:x.db", "--password", SECRET},
                {"current", "--url", "jdbc:sqlite:x.db", "--password=" + SECRET},
                {"upgrade", "--password", SECRET, "head", "--url", "jdbc:sqlite:x.db"}}) {
            ByteArrayInputStream input = new ByteArrayInputStream("typed\n".getBytes(StandardCharsets.UTF_8));
            Result result = withInput(input, () -> cli().run(args)).assertExit(Exit.USAGE);

            assertEquals("error: --password takes no value: a password on the command line stays in the shell's "
                    + "history and shows in the process list; write --password alone (after the arguments) to be "
                    + "asked for it, or set RETORT_PASSWORD (see retort " + args[0] + " --help)\n", result.err());
            assertFalse(result.err().contains(SECRET));
            assertEquals("", result.out());
            assertEquals(6, input.available(), "nothing was read: no prompt");
        }
    }

    @Test
    void withoutAPasswordNoneIsSent() {
        assertNull(login(Map.of(), "current", "--url", "jdbc:x", "--user", "app").password());
    }

    private static Login login(Map<String, String> environment, String... args) {
        CommandLine commandLine = new CommandLine(new RetortCli(environment));
        ParseResult parsed = commandLine.parseArgs(args);
        CurrentCommand current = (CurrentCommand) parsed.subcommand().commandSpec().userObject();
        return current.database.login(environment);
    }

    private static <T> T withInput(String text, java.util.function.Supplier<T> body) {
        return withInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), body);
    }

    private static <T> T withInput(InputStream input, java.util.function.Supplier<T> body) {
        InputStream before = System.in;
        System.setIn(input);
        try {
            return body.get();
        } finally {
            System.setIn(before);
        }
    }
}
