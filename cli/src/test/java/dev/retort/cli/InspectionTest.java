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
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** current, history, heads, branches and show: with a database, and (but current) without one. */
class InspectionTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void currentNamesTheRowsOfTheVersionTable(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Result base = cli().run("current", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("No revision is applied: the database is at base.\n", base.out());
            assertEquals(List.of(), ids(cli().run("current", "--url", database.url(), "--json").json().get("current")));

            Retort.at(database.url()).upgrade("b2");
            Result atB2 = cli().run("current", "--url", database.url()).assertExit(Exit.OK);
            assertEquals("b2 (applied), create orders\n", atB2.out());
            Retort.at(database.url()).upgrade("c3");
            JsonNode json = cli().run("current", "--url", database.url(), "--json").assertExit(Exit.OK).json();
            assertEquals("current", json.get("command").asText());
            assertEquals(List.of("b2", "c3"), ids(json.get("current")));

            Retort.at(database.url()).upgrade("head");
            assertEquals("""
                    Rev: d4 (head) (mergepoint) (applied)
                    Merges: b2, c3
                    Class: dev.retort.cli.CliRevisions$D4Merge

                        merge b2 and c3

                    """, cli().run("current", "--verbose", "--url", database.url()).assertExit(Exit.OK).out());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historyMarksWhatIsAppliedAndTakesARange(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort.at(database.url()).upgrade("b2");

            assertEquals("""
                    b2, c3 -> d4 (head) (mergepoint), merge b2 and c3
                    a1 -> c3, add customer phone
                    a1 -> b2 (applied), create orders
                    <base> -> a1 (branchpoint) (applied), create customers
                    """, cli().run("history", "--url", database.url()).assertExit(Exit.OK).out());

            JsonNode pending = cli().run("history", "current:heads", "--url", database.url(), "--json")
                    .assertExit(Exit.OK).json();
            assertEquals("history", pending.get("command").asText());
            assertEquals("current:heads", pending.get("range").asText());
            // What follows b2 (or is it) and what heads need: c3 is on the other branch.
            assertEquals(List.of("d4", "b2"), ids(pending.get("revisions")));
            assertEquals(List.of(false, true), applied(pending.get("revisions")));

            assertEquals("""
                    Rev: c3
                    Parent: a1
                    Class: dev.retort.cli.CliRevisions$C3Phone

                        add customer phone

                    """, cli().run("history", "c3:c3", "-v", "--url", database.url()).assertExit(Exit.OK).out());
        }
    }

    @Test
    void historyHeadsBranchesAndShowNeedNoDatabase() {
        JsonNode history = cli().run("history", "--json").assertExit(Exit.OK).json();
        assertEquals(List.of("d4", "c3", "b2", "a1"), ids(history.get("revisions")));
        assertTrue(history.get("range").isNull());
        assertEquals(List.of(false, false, false, false), applied(history.get("revisions")));
        assertEquals("""
                b2, c3 -> d4 (head) (mergepoint), merge b2 and c3
                a1 -> c3, add customer phone
                a1 -> b2, create orders
                <base> -> a1 (branchpoint), create customers
                """, cli().run("history", "base:head").assertExit(Exit.OK).out());

        assertEquals("d4 (head) (mergepoint), merge b2 and c3\n", cli().run("heads").assertExit(Exit.OK).out());
        JsonNode heads = cli().run("heads", "--json").assertExit(Exit.OK).json();
        assertEquals("heads", heads.get("command").asText());
        assertEquals(List.of("d4"), ids(heads.get("heads")));
        assertEquals(List.of("b2", "c3"), texts(heads.get("heads").get(0).get("parents")));
        assertTrue(cli().run("heads", "--verbose").assertExit(Exit.OK).out().startsWith("Rev: d4 (head)"));

        assertEquals("""
                a1 (branchpoint), create customers
                  -> b2, create orders
                  -> c3, add customer phone
                """, cli().run("branches").assertExit(Exit.OK).out());
        JsonNode branches = cli().run("branches", "--json").assertExit(Exit.OK).json();
        assertEquals(1, branches.get("branchPoints").size());
        JsonNode a1 = branches.get("branchPoints").get(0);
        assertEquals("a1", a1.get("revision").get("id").asText());
        assertEquals(List.of("b2", "c3"), texts(a1.get("children")));

        Result show = cli().run("show", "b").assertExit(Exit.OK);
        assertTrue(show.out().startsWith("""
                Rev: b2
                Parent: a1
                Class: dev.retort.cli.CliRevisions$B2Orders

                    create orders

                Children: d4
                Dependents: -
                Checksum:\s"""), show.out());
        assertTrue(show.out().endsWith("""
                Upgrade:
                  create table orders
                  create index ix_orders_customer_id on orders
                Downgrade:
                  drop index ix_orders_customer_id on orders
                  drop table orders
                """), show.out());
        assertFalse(show.out().contains("Runs:"), "without a database there are no runs to show");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void showListsTheRunsOfTheRevision(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort.at(database.url()).upgrade("head");
            Retort.at(database.url()).downgrade("a1");

            Result show = cli().run("show", "c3", "--url", database.url()).assertExit(Exit.OK);
            List<String> runs = show.out().lines().dropWhile(line -> !line.equals("Runs:")).skip(1).toList();
            assertEquals(2, runs.size(), show.out());
            assertTrue(runs.get(0).matches("  \\S+Z upgrade ok \\d+ ms by .+"), runs.get(0));
            assertTrue(runs.get(1).matches("  \\S+Z downgrade ok \\d+ ms by .+"), runs.get(1));

            JsonNode json = cli().run("show", "c3", "--url", database.url(), "--json").assertExit(Exit.OK).json();
            assertEquals("show", json.get("command").asText());
            assertEquals("c3", json.get("revision").get("id").asText());
            assertFalse(json.get("revision").get("applied").asBoolean());
            assertEquals(List.of("d4"), texts(json.get("children")));
            assertEquals(List.of(), texts(json.get("dependents")));
            assertFalse(json.get("head").asBoolean());
            assertFalse(json.get("branchPoint").asBoolean());
            assertEquals(List.of("add column customers.phone"), texts(json.get("upgrade")));
            assertEquals(List.of("drop column customers.phone"), texts(json.get("downgrade")));
            assertEquals(64, json.get("checksum").asText().length());
            JsonNode runs2 = json.get("runs");
            assertEquals(2, runs2.size());
            assertEquals("upgrade", runs2.get(0).get("direction").asText());
            assertEquals("downgrade", runs2.get(1).get("direction").asText());
            assertEquals(json.get("checksum").asText(), runs2.get(0).get("checksum").asText());
            assertTrue(runs2.get(0).get("success").asBoolean());
            assertTrue(runs2.get(0).get("durationMillis").isIntegralNumber());
            assertTrue(runs2.get(0).get("startedAt").asText().endsWith("Z"));
            assertTrue(runs2.get(0).get("note").isNull());
        }
    }

    private static List<Boolean> applied(JsonNode revisions) {
        return StreamSupport.stream(revisions.spliterator(), false).map(r -> r.get("applied").asBoolean()).toList();
    }
}
