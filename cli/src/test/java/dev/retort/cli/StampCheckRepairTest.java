package dev.retort.cli;

import static dev.retort.cli.CliRunner.cli;
import static dev.retort.cli.UpgradeDowngradeTest.ids;
import static dev.retort.cli.UpgradeDowngradeTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.Retort;
import dev.retort.cli.CliRunner.Result;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Adopting a database (stamp, then check), drift, and revisions edited after they were applied (repair). */
class StampCheckRepairTest {

    private static final String[] EDITED = {"dev.retort.cli.CliRevisions$A1Customers",
            "dev.retort.cli.CliRevisions$B2Orders", "dev.retort.cli.CliRevisions$C3PhoneEdited",
            "dev.retort.cli.CliRevisions$D4Merge"};

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStampIsCheckedByCheck(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Result stamp = cli().run("stamp", "c3", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Stamped c3: the version table held nothing; it now records c3. Nothing ran.\n",
                    stamp.out());

            Result untrue = cli().run("check", "--url", database.url()).assertExit(Exit.DIFFERENCES);
            assertEquals("""
                    Drift: the live schema differs from what the applied revisions (at c3) make; it has changed by:
                      drop table customers
                    """, untrue.out());
            JsonNode json = cli().run("check", "--url", database.url(), "--json").assertExit(Exit.DIFFERENCES).json();
            assertEquals("check", json.get("command").asText());
            assertEquals(3, json.get("exitCode").asInt());
            assertFalse(json.get("clean").asBoolean());
            assertEquals(List.of("c3"), ids(json.get("current")));
            assertEquals("drop table customers", json.get("differences").get(0).get("description").asText());
            assertEquals(0, json.get("interrupted").size());
            assertEquals(0, json.get("changedRevisions").size());

            JsonNode purged = cli().run("stamp", "base", "--purge", "--url", database.url(), "--json")
                    .assertExit(Exit.OK).json();
            assertEquals("stamp", purged.get("command").asText());
            assertEquals("base", purged.get("target").asText());
            assertTrue(purged.get("purge").asBoolean());
            assertEquals(List.of("c3"), texts(purged.get("before")));
            assertEquals(List.of(), ids(purged.get("current")));

            // A database whose tables exist without a version table: made by hand, or by Hibernate.
            Retort.at(database.url()).upgrade("head");
            cli().run("stamp", "base", "--purge", "--url", database.url()).assertExit(Exit.OK);
            Result adopt = cli().run("stamp", "head", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Stamped head: the version table held nothing; it now records d4. Nothing ran.\n",
                    adopt.out());
            Result clean = cli().run("check", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("No drift: the database is what its revisions (at d4) make.\n", clean.out());
            JsonNode cleanJson = cli().run("check", "--url", database.url(), "--json").assertExit(Exit.OK).json();
            assertTrue(cleanJson.get("clean").asBoolean());
            assertEquals(0, cleanJson.get("differences").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void checkListsWhatChangedBehindTheRevisionsBack(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort.at(database.url()).upgrade("head");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE customers ADD COLUMN nickname varchar(40)");
                statement.execute("DROP INDEX ix_orders_customer_id");
            }

            Result drift = cli().run("check", "--url", database.url()).assertExit(Exit.DIFFERENCES);

            assertEquals("""
                    Drift: the live schema differs from what the applied revisions (at d4) make; it has changed by:
                      drop index ix_orders_customer_id on orders
                      add column customers.nickname
                    """, drift.out());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEditedRevisionStopsUpgradeUntilRepaired(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            cli().run("upgrade", "b2", "--url", database.url()).assertExit(Exit.OK);
            cli().run("upgrade", "c3", "--url", database.url()).assertExit(Exit.OK);
            CliRunner edited = cli().withRevisions(EDITED);

            Result refused = edited.run("upgrade", "head", "--url", database.url()).assertExit(Exit.DIFFERENCES);
            assertEquals("", refused.out());
            assertTrue(refused.err().startsWith("error: cannot upgrade: applied revision(s) changed since they "
                    + "were applied: c3 (dev.retort.cli.CliRevisions$C3PhoneEdited, checksum was "), refused.err());
            assertEquals(1, refused.err().lines().count(), "one line, no stack trace");
            JsonNode refusedJson = edited.run("upgrade", "head", "--url", database.url(), "--json")
                    .assertExit(Exit.DIFFERENCES).json();
            assertEquals("changed_revisions", refusedJson.get("error").get("kind").asText());
            JsonNode mismatch = refusedJson.get("error").get("changedRevisions").get(0);
            assertEquals("c3", mismatch.get("revision").get("id").asText());
            assertEquals(List.of(), ids(refusedJson.get("applied")));

            Result check = edited.run("check", "--url", database.url()).assertExit(Exit.DIFFERENCES);
            assertTrue(check.out().contains("""
                    Changed revisions (edited since they were applied; if the database matches them, run repair):
                      c3 (dev.retort.cli.CliRevisions$C3PhoneEdited): checksum was\s"""), check.out());
            JsonNode checkJson = edited.run("check", "--url", database.url(), "--json").json();
            String recorded = checkJson.get("changedRevisions").get(0).get("recordedChecksum").asText();
            String current = checkJson.get("changedRevisions").get(0).get("currentChecksum").asText();
            assertFalse(recorded.equals(current));

            Result repair = edited.run("repair", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Recorded the checksums of 1 revision:\n  c3 (dev.retort.cli.CliRevisions$C3PhoneEdited): "
                    + "checksum was " + recorded + ", is " + current + "\n", repair.out());
            JsonNode again = edited.run("repair", "--url", database.url(), "--json").assertExit(Exit.OK).json();
            assertEquals("repair", again.get("command").asText());
            assertEquals(0, again.get("accepted").size());
            assertEquals("Nothing to repair: the checksums of the applied revisions are recorded and unchanged.\n",
                    edited.run("repair", "--url", database.url()).assertExit(Exit.OK).out());

            Result upgrade = edited.run("upgrade", "head", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("Applied 1 revision (upgrade head):\n  d4  merge b2 and c3\n", upgrade.out());
        }
    }
}
