package dev.retort.cli;

import static dev.retort.cli.CliRunner.cli;
import static dev.retort.cli.UpgradeDowngradeTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.Retort;
import dev.retort.cli.CliRunner.Result;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Usage errors (2), failures (1) and lock timeouts (4): one line on standard error, JSON on request. */
class ErrorsTest {

    @Test
    void usageErrorsExitWithTwoAndPointToTheHelp() {
        assertEquals("error: name a command: upgrade, downgrade, current, history, heads, branches, show, stamp, "
                + "check, sql, repair (see retort --help)\n", cli().run().assertExit(Exit.USAGE).err());
        assertEquals("error: Unmatched argument at index 0: 'migrate' (see retort --help)\n",
                cli().run("migrate").assertExit(Exit.USAGE).err());
        assertEquals("error: Missing required parameter: '<target>' (see retort upgrade --help)\n",
                cli().run("upgrade", "--url", "jdbc:sqlite:x.db").assertExit(Exit.USAGE).err());
        assertEquals("error: upgrade needs a database: give --url <jdbc url> or set $RETORT_URL (see retort upgrade "
                + "--help)\n", cli().run("upgrade", "head").assertExit(Exit.USAGE).err());
        assertEquals("error: Unknown option: '--urll' (see retort current --help)\n",
                cli().run("current", "--urll").assertExit(Exit.USAGE).err());
        Result wait = cli().run("upgrade", "head", "--url", "jdbc:sqlite:x.db", "--lock-wait", "soon");
        assertEquals("error: Invalid value for option '--lock-wait': 'soon' is not a duration; write e.g. 500ms, 30s, "
                + "5m, 1h (see retort upgrade --help)\n", wait.assertExit(Exit.USAGE).err());

        JsonNode json = cli().run("upgrade", "--json").assertExit(Exit.USAGE).json();
        assertEquals("upgrade", json.get("command").asText());
        assertEquals(2, json.get("exitCode").asInt());
        assertEquals("usage", json.get("error").get("kind").asText());
        assertEquals("Missing required parameter: '<target>'", json.get("error").get("message").asText());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Result help = cli().run("--help").assertExit(Exit.OK);
        assertTrue(help.out().contains("  upgrade    Apply revisions up to <target>"), help.out());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().contains("4   gave up waiting for the migration lock"), help.out());
        Result upgradeHelp = cli().run("upgrade", "--help").assertExit(Exit.OK);
        assertTrue(upgradeHelp.out().contains("--password"), upgradeHelp.out());
        assertTrue(cli().run("--version").assertExit(Exit.OK).out().matches("retort \\d+\\.\\d+\\.\\d+.*\n"));
    }

    @Test
    void theDatabaseMayComeFromTheEnvironment() {
        try (TestDatabase database = TestDatabase.sqlite()) {
            Result result = cli().withEnvironment(Map.of("RETORT_URL", database.url()))
                    .run("upgrade", "a1", "--quiet").assertExit(Exit.OK);
            assertEquals("Applied 1 revision (upgrade a1):\n  a1  create customers\n", result.out());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailedCommandSaysWhyOnOneLineWithTheStackTraceOnlyUnderDebug(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Result failed = cli().run("upgrade", "z9", "--url", database.url()).assertExit(Exit.FAILED);
            assertEquals("", failed.out());
            assertEquals("error: no revision has the id, id prefix or branch label 'z9'\n", failed.err());

            Result debug = cli().run("upgrade", "z9", "--url", database.url(), "--debug").assertExit(Exit.FAILED);
            List<String> lines = debug.err().lines().toList();
            assertEquals("error: no revision has the id, id prefix or branch label 'z9'", lines.get(0));
            assertEquals("dev.retort.RetortException: no revision has the id, id prefix or branch label 'z9'",
                    lines.get(1));
            assertTrue(lines.get(2).startsWith("\tat dev.retort."), lines.get(2));
        }
    }

    @Test
    void anUnreachableDatabaseFails() {
        Result result = cli().run("current", "--url", "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2")
                .assertExit(Exit.FAILED);
        assertTrue(result.err().startsWith("error: current failed: Connection to 127.0.0.1:1 refused."),
                result.err());
        assertEquals(1, result.err().lines().count());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailedRevisionIsNamedAndTheRevisionsBeforeItStayApplied(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE orders (id integer)");
            }

            Result result = cli().run("upgrade", "head", "--url", database.url(), "--json").assertExit(Exit.FAILED);

            assertTrue(result.err().contains("error: upgrade of revision b2 (dev.retort.cli.CliRevisions$B2Orders) "
                    + "failed and was rolled back: "), result.err());
            JsonNode json = result.json();
            assertEquals(1, json.get("exitCode").asInt());
            JsonNode error = json.get("error");
            assertEquals("revision_failed", error.get("kind").asText());
            assertEquals("b2", error.get("revision").asText());
            assertEquals("dev.retort.cli.CliRevisions$B2Orders", error.get("class").asText());
            assertTrue(error.get("statement").asText().startsWith("CREATE TABLE \"orders\""), error.toString());
            assertEquals(List.of("a1"), ids(json.get("applied")));
            assertEquals(List.of("a1"), UpgradeDowngradeTest.ids(Retort.at(database.url()).current()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @SuppressWarnings("try") // the holder holds the lock while the block runs
    void aLockHeldTooLongExitsWithFourNamingTheHolder(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Result result;
            try (LockHolder holder = LockHolder.holding(database.url())) {
                result = cli().run("upgrade", "head", "--url", database.url(), "--lock-wait", "1500ms", "--json");
            }

            result.assertExit(Exit.LOCK_TIMEOUT);
            List<String> err = result.err().lines().toList();
            assertTrue(err.get(0).startsWith("waiting for the migration lock held by "), result.err());
            assertTrue(err.get(err.size() - 1).startsWith("error: gave up waiting for the migration lock of "),
                    result.err());
            JsonNode error = result.json().get("error");
            assertEquals("lock_timeout", error.get("kind").asText());
            assertFalse(error.get("holder").asText().isEmpty());
            assertEquals(4, result.json().get("exitCode").asInt());
        }
    }
}
