package dev.retort.cli;

import static dev.retort.cli.CliRunner.cli;
import static dev.retort.cli.UpgradeDowngradeTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.Retort;
import dev.retort.cli.CliRunner.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sql: the offline script on standard output, without a database. */
class SqlCommandTest {

    @Test
    void writesTheOfflineScriptOfTheRuntime() {
        Result postgres = cli().run("sql", "base:head", "--dialect", "postgresql").assertExit(Exit.OK);

        assertEquals(Retort.offline().sql("base:head", "postgresql").text(), postgres.out());
        assertTrue(postgres.out().startsWith("-- Retort offline script for postgresql: upgrade from base to head"),
                postgres.out());
        assertTrue(postgres.out().contains("CREATE TABLE \"customers\""), postgres.out());
        assertEquals("", postgres.err());
    }

    @Test
    void inJsonTheScriptComesWithWhatItRuns() {
        JsonNode json = cli().run("sql", "head:a1", "--dialect", "sqlite", "--json").assertExit(Exit.OK).json();

        assertEquals("sql", json.get("command").asText());
        assertEquals("head:a1", json.get("range").asText());
        assertEquals("sqlite", json.get("dialect").asText());
        assertEquals("downgrade", json.get("direction").asText());
        assertEquals(List.of("d4", "c3", "b2"), ids(json.get("revisions")));
        assertEquals(Retort.offline().sql("head", "a1", "sqlite").text(), json.get("script").asText());
    }

    @Test
    void anUnknownDialectFailsAndAMissingOneIsAUsageError() {
        Result oracle = cli().run("sql", "base:head", "--dialect", "oracle").assertExit(Exit.FAILED);
        assertEquals("error: unknown dialect 'oracle'; use postgresql or sqlite\n", oracle.err());
        assertEquals("", oracle.out());

        Result missing = cli().run("sql", "base:head").assertExit(Exit.USAGE);
        assertEquals("error: Missing required option: '--dialect=<dialect>' (see retort sql --help)\n",
                missing.err());

        Result notARange = cli().run("sql", "head", "--dialect", "sqlite").assertExit(Exit.FAILED);
        assertTrue(notARange.err().startsWith("error: 'head' is not a range; write from:to"), notARange.err());
    }
}
