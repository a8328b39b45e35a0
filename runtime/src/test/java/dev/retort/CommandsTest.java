package dev.retort;

import static dev.retort.LiveDatabase.execute;
import static dev.retort.LiveDatabase.historyRows;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.SampleRevisions.LINEAR;
import static dev.retort.SampleRevisions.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.LabelledRevisions.V1Account;
import dev.retort.LabelledRevisions.V5HostOwner;
import dev.retort.LabelledRevisions.V6HostOwnerIndex;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The commands beside upgrade and downgrade, and the branch targets, on live SQLite and PostgreSQL databases. */
class CommandsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void followsLabelledBranchesAndDependencies(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LabelledRevisions.ALL);

            assertEquals(List.of("l1", "l2s", "l3s", "l2n", "l3n", "l4i"), ids(retort.upgrade("net@head")));
            // l3s has no row of its own: l3n, which depends on it, is applied (as in Alembic).
            assertEquals(Set.of("l4i"), versionRows(database));

            assertEquals(List.of("l4i", "l3n", "l3s"), ids(retort.downgrade("shop@-1")));
            assertEquals(Set.of("l2s", "l2n"), versionRows(database));
            assertEquals(List.of("l3s"), ids(retort.upgrade("shop@+1")));
            assertEquals(Set.of("l3s", "l2n"), versionRows(database));
            assertEquals(List.of("l2n"), ids(retort.downgrade("net@base")));
            assertEquals(Set.of("l3s"), versionRows(database));
            assertEquals(List.of("l2n", "l3n", "l4i"), ids(retort.upgrade("l4i")));
            assertEquals(List.of("l4i"), ids(retort.downgrade("l4i-1")));
            assertEquals(Set.of("l3n"), versionRows(database));
            assertEquals(List.of("l4i"), ids(retort.upgrade("l3n+1")));
            assertEquals(List.of("l4i"), ids(retort.downgrade("head-1")));
            assertEquals(List.of("l4i"), ids(retort.upgrade("heads")));

            assertTrue(retort.check().isClean(), () -> retort.check().toString());
            assertEquals(List.of("l1 upgrade ok", "l2s upgrade ok", "l3s upgrade ok", "l2n upgrade ok",
                    "l3n upgrade ok", "l4i upgrade ok", "l4i downgrade ok", "l3n downgrade ok", "l3s downgrade ok",
                    "l3s upgrade ok", "l2n downgrade ok", "l2n upgrade ok", "l3n upgrade ok", "l4i upgrade ok",
                    "l4i downgrade ok", "l4i upgrade ok", "l4i downgrade ok", "l4i upgrade ok"),
                    historyRows(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void reportsTheHistoryInRangesWithWhatEachRevisionDeclares(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LabelledRevisions.ALL);
            retort.upgrade("shop@head");

            assertEquals(List.of("l4i", "l3n", "l2n", "l3s", "l2s", "l1"), ids(retort.history()));
            assertEquals(List.of(false, false, false, true, true, true),
                    retort.history().stream().map(RevisionInfo::applied).toList());
            assertEquals(List.of("l4i", "l3n", "l2n"), ids(retort.history("l2n:")));
            assertEquals(List.of("l3s", "l2s", "l1"), ids(retort.history(":shop@head")));
            assertEquals(List.of("l4i", "l3n", "l3s"), ids(retort.history("current:heads")));
            assertEquals(List.of("l3n", "l2n", "l3s", "l2s", "l1"), ids(retort.history("base:l3n")));
            assertEquals(List.of("l3s", "l2s", "l1"), ids(retort.history(":current")));

            assertEquals(new RevisionInfo("l3n", List.of("l2n"), "add host owner", V5HostOwner.class.getName(), false,
                    List.of("l3s"), List.of("net"), true), retort.history("l3n:l3n").get(0));
            assertFalse(retort.history("l4i:").get(0).transactional());
            RetortException notARange = assertThrows(RetortException.class, () -> retort.history("l2n"));
            assertEquals("'l2n' is not a range; write from:to, e.g. base:head, a1b2:, :billing@head or"
                    + " current:heads", notARange.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listsHeadsAndBranchPointsAndShowsARevision(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LabelledRevisions.ALL);
            retort.upgrade("heads");

            assertEquals(List.of("l4i"), ids(retort.heads()));
            List<BranchPoint> branches = retort.branches();
            assertEquals(1, branches.size());
            assertEquals("l1", branches.get(0).revision().id());
            assertEquals(V1Account.class.getName(), branches.get(0).revision().className());
            assertEquals(List.of("l2s", "l2n"), branches.get(0).children());

            RevisionDetails index = retort.show("net@head");
            assertEquals(new RevisionInfo("l4i", List.of("l3n"), "index host owner",
                    V6HostOwnerIndex.class.getName(), true, List.of(), List.of("net"), false), index.revision());
            assertEquals(List.of("create index ix_host_owner on host"), index.upgradeOperations());
            assertEquals(List.of("drop index ix_host_owner on host"), index.downgradeOperations());
            assertTrue(index.head());
            assertFalse(index.branchPoint());
            assertEquals(1, index.runs().size());
            assertEquals(index.checksum(), index.runs().get(0).checksum());
            assertTrue(index.runs().get(0).note().startsWith("non-transactional"), index.runs().get(0).note());

            RevisionDetails note = retort.show("shop@l3");
            assertEquals("l3s", note.revision().id());
            assertEquals(List.of("l3n"), note.dependents());
            assertFalse(note.head());
            assertTrue(retort.show("l1").branchPoint());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampsAnExistingDatabaseAndChecksWhetherTheStampIsTrue(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);
            // A database made without Retort (by hand, or by Hibernate): its tables, none of Retort's.
            retort.upgrade("b2");
            execute(database, "DROP TABLE retort_version");
            execute(database, "DROP TABLE retort_history");

            StampResult stamped = retort.stamp("b2");
            assertEquals(List.of(), stamped.before());
            assertEquals(List.of("b2"), ids(stamped.current()));
            assertTrue(retort.check().isClean());
            assertEquals(List.of("a1 upgrade ok", "b2 upgrade ok"), historyRows(database));

            retort.stamp("c3");
            DriftReport lie = retort.check();
            assertFalse(lie.isClean());
            assertEquals(List.of("drop column order.note"),
                    lie.differences().stream().map(SchemaDifference::description).toList());
            assertEquals(List.of("c3"), ids(lie.current()));

            assertEquals(List.of("c3"), retort.stamp("-1").before());
            assertEquals(List.of("c3"), ids(retort.upgrade("head")));
            assertTrue(retort.check().isClean());

            execute(database, "INSERT INTO retort_version (revision) VALUES ('zz9')");
            assertThrows(RetortException.class, () -> retort.stamp("head"));
            StampResult purged = retort.stamp("head", true);
            assertEquals(List.of("c3", "zz9"), purged.before());
            assertEquals(Set.of("c3"), versionRows(database));

            assertEquals(List.of(), retort.stamp("base").current());
            assertEquals(Set.of(), versionRows(database));
            assertEquals(List.of("a1 upgrade ok", "b2 upgrade ok", "c3 upgrade ok", "c3 downgrade ok", "c3 upgrade ok",
                    "c3 downgrade ok", "b2 downgrade ok", "a1 downgrade ok"), historyRows(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void checkListsWhatTheLiveSchemaHasThatTheRevisionsDoNot(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);
            assertTrue(retort.check().isClean());
            retort.upgrade("head");
            assertTrue(retort.check().isClean());

            execute(database, "ALTER TABLE \"order\" ADD COLUMN extra integer");
            execute(database, "DROP INDEX ix_order_user_id");

            DriftReport report = retort.check();
            assertEquals(List.of("drop index ix_order_user_id on order", "add column order.extra"),
                    report.differences().stream().map(SchemaDifference::description).toList());
            assertEquals(List.of(), report.interrupted());
        }
    }

    @Test
    void answersWithoutADatabaseWhatNeedsNone() {
        Retort offline = Retort.offline().withRevisions(LabelledRevisions.ALL);

        assertEquals(List.of("l4i", "l3n", "l2n", "l3s", "l2s", "l1"), ids(offline.history()));
        assertTrue(offline.history().stream().noneMatch(RevisionInfo::applied));
        assertEquals(List.of("l4i"), ids(offline.heads()));
        assertEquals(List.of("l2s", "l2n"), offline.branches().get(0).children());
        assertEquals(List.of("add column host.owner"), offline.show("l3n").upgradeOperations());
        assertEquals(List.of(), offline.show("l3n").runs());

        RetortException current = assertThrows(RetortException.class, offline::current);
        assertEquals("current needs a database, and this Retort is offline; use Retort.at(...)", current.getMessage());
        RetortException range = assertThrows(RetortException.class, () -> offline.history("current:"));
        assertEquals("'current' needs a database, and this Retort is offline", range.getMessage());
        assertThrows(RetortException.class, () -> offline.upgrade("head"));
    }
}
