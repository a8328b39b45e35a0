package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.testing.TestDatabase;
import dev.retort.testkit.KitRevisions.D4Audit;
import dev.retort.testkit.KitRevisions.D4BrokenDowngrade;
import dev.retort.testkit.KitRevisions.D4FailingUpgrade;
import dev.retort.testkit.KitRevisions.D4ForgetfulDowngrade;
import dev.retort.testkit.KitRevisions.E5Total;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** The kit's assertions pass on a sound history and fail, naming the revision and the step, on faulty ones. */
class RetortTestKitTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSoundHistoryFoundThroughTheIndexPassesEveryAssertion(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url());

            kit.assertSingleHead();
            kit.assertUpgradeToHead();
            kit.assertNoDrift();
            kit.assertStairway();
            // Each assertion starts from base, so the order does not matter, nor running one twice.
            kit.assertUpgradeToHead();

            assertEquals(List.of("c3"), ids(Retort.at(database.url()).current()), "the kit leaves it at head");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDataSourceWorksToo(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forDataSource(dataSource(database)).withRevisions(KitRevisions.SOUND);

            kit.assertUpgradeToHead();
            kit.assertNoDrift();
            kit.assertStairway();
        }
    }

    @Test
    void twoHeadsFailSingleHead() {
        try (TestDatabase database = TestDatabase.sqlite()) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url())
                    .withRevisions(KitRevisions.soundAnd(D4Audit.class, E5Total.class));

            AssertionError failure = assertThrows(AssertionError.class, kit::assertSingleHead);

            assertEquals("The revisions have 2 heads, d4 (" + D4Audit.class.getName() + ") 'create audit table by "
                    + "hand', e5 (" + E5Total.class.getName() + ") 'add order total'; the application's upgrade to "
                    + "head fails until a merge revision joins them: build the module (the processor writes it) and "
                    + "commit it", failure.getMessage());
        }
    }

    @Test
    void noRevisionsFailSingleHead() {
        try (TestDatabase database = TestDatabase.sqlite()) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url()).withRevisions(List.of());

            AssertionError failure = assertThrows(AssertionError.class, kit::assertSingleHead);

            assertTrue(failure.getMessage().startsWith("There are no revisions"), failure.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theStairwayNamesTheRevisionWhoseDowngradeDoesNotUndoItsUpgrade(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url())
                    .withRevisions(KitRevisions.soundAnd(D4ForgetfulDowngrade.class));
            kit.assertUpgradeToHead();

            AssertionError failure = assertThrows(AssertionError.class, kit::assertStairway);

            assertEquals("Stairway failed at revision 4 of 4, d4 (" + D4ForgetfulDowngrade.class.getName() + ") 'add "
                    + "order note': its downgrade does not undo its upgrade: compared with before the upgrade, the "
                    + "database has changed by: add column orders.note", failure.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theStairwayNamesTheRevisionWhoseDowngradeFails(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url())
                    .withRevisions(KitRevisions.soundAnd(D4BrokenDowngrade.class));

            AssertionError failure = assertThrows(AssertionError.class, kit::assertStairway);

            String message = failure.getMessage();
            assertTrue(message.startsWith("Stairway failed at revision 4 of 4, d4 ("
                    + D4BrokenDowngrade.class.getName() + ") 'add order note': its downgrade failed: "), message);
            assertTrue(message.contains("order_notes"), message);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void sqlThatMakesTablesBehindRetortsBackIsDrift(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url())
                    .withRevisions(KitRevisions.soundAnd(D4Audit.class));
            kit.assertStairway();

            AssertionError failure = assertThrows(AssertionError.class, kit::assertNoDrift);

            assertEquals("After upgrading from base to head, the database does not have the schema the revisions "
                    + "describe (drift); to have it, the database would need: drop table audit. SQL run with "
                    + "op.execute(...) is invisible to Retort: describe schema changes with the Operations methods "
                    + "instead", failure.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aTableMadeByHandIsDrift(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url()).withRevisions(KitRevisions.SOUND);
            kit.assertUpgradeToHead();
            // The kit's downgrade to base leaves a table made by hand alone, so its upgrade to head finds it there.
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE scratch (id INTEGER)");
            }

            AssertionError failure = assertThrows(AssertionError.class, kit::assertNoDrift);

            assertTrue(failure.getMessage().contains("the database would need: drop table scratch."),
                    failure.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailingUpgradeFailsTheUpgradeAssertionNamingTheRevision(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortTestKit kit = RetortTestKit.forUrl(database.url())
                    .withRevisions(KitRevisions.soundAnd(D4FailingUpgrade.class));

            AssertionError failure = assertThrows(AssertionError.class, kit::assertUpgradeToHead);

            String message = failure.getMessage();
            assertTrue(message.startsWith("Upgrading from base to head failed: "), message);
            assertTrue(message.contains("d4"), message);
            assertTrue(message.contains("legacy_customers"), message);
        }
    }

    private static javax.sql.DataSource dataSource(TestDatabase database) {
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            SQLiteDataSource sqlite = new SQLiteDataSource();
            sqlite.setUrl(database.url());
            return sqlite;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(database.url());
        return postgres;
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
