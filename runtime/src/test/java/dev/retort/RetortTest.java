package dev.retort;

import static dev.retort.LiveDatabase.normalized;
import static dev.retort.LiveDatabase.schema;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.SampleRevisions.BRANCHED;
import static dev.retort.SampleRevisions.LINEAR;
import static dev.retort.SampleRevisions.MERGED;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.SampleRevisions.modelAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.SampleRevisions.R1CreateUser;
import dev.retort.SampleRevisions.R2CreateOrder;
import dev.retort.SampleRevisions.R3AddNote;
import dev.retort.SampleRevisions.R4CreateFees;
import dev.retort.SampleRevisions.R5CreateCoupons;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** Every target form, the version table and the history views, on live SQLite and PostgreSQL databases. */
class RetortTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradesToHeadInOrderAndRecordsTheHead(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);

            List<RevisionInfo> applied = retort.upgrade("head");

            assertEquals(List.of(
                    new RevisionInfo("a1", List.of(), "create user", R1CreateUser.class.getName(), true),
                    new RevisionInfo("b2", List.of("a1"), "create order", R2CreateOrder.class.getName(), true),
                    new RevisionInfo("c3", List.of("b2"), "add order note", R3AddNote.class.getName(), true)),
                    applied);
            Schema live = schema(database);
            assertEquals(normalized(database, modelAfter(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class)),
                    live);
            assertEquals(List.of("order", "user"), live.tables().stream().map(t -> t.name()).toList());
            assertTrue(live.requireTable("order").column("note").isPresent());
            assertEquals(Set.of("c3"), versionRows(database));
            assertEquals(List.of(), retort.upgrade("head"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradesByCountAndToARevisionOrPrefix(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);

            assertEquals(List.of("a1"), ids(retort.upgrade("+1")));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class)), schema(database));
            assertEquals(Set.of("a1"), versionRows(database));

            assertEquals(List.of("b2"), ids(retort.upgrade("b2")));
            assertEquals(Set.of("b2"), versionRows(database));

            assertEquals(List.of("c3"), ids(retort.upgrade("c")));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class)),
                    schema(database));
            assertEquals(Set.of("c3"), versionRows(database));

            RetortException tooMany = assertThrows(RetortException.class, () -> retort.upgrade("+1"));
            assertEquals("cannot upgrade +1: only 0 revision(s) are not applied yet", tooMany.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToUpgradeToARevisionBehindTheDatabase(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);
            retort.upgrade("head");

            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("a1"));

            assertEquals("cannot upgrade to a1 (" + R1CreateUser.class.getName() + "): the database is past it, at"
                    + " c3; downgrade to go back", e.getMessage());
            assertEquals(Set.of("c3"), versionRows(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void downgradesByCountToARevisionAndToBase(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);
            retort.upgrade("head");

            List<RevisionInfo> undone = retort.downgrade("-1");
            assertEquals(List.of(new RevisionInfo("c3", List.of("b2"), "add order note", R3AddNote.class.getName(),
                    false)), undone);
            assertEquals(normalized(database, modelAfter(R1CreateUser.class, R2CreateOrder.class)), schema(database));
            assertEquals(Set.of("b2"), versionRows(database));

            retort.upgrade("head");
            assertEquals(List.of("c3", "b2"), ids(retort.downgrade("a")));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class)), schema(database));
            assertEquals(Set.of("a1"), versionRows(database));

            assertEquals(List.of("a1"), ids(retort.downgrade("base")));
            assertEquals(Schema.EMPTY, schema(database));
            assertEquals(Set.of(), versionRows(database));
            assertEquals(List.of(), retort.downgrade("base"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToDowngradeToARevisionNotApplied(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);
            retort.upgrade("a1");

            RetortException e = assertThrows(RetortException.class, () -> retort.downgrade("c3"));

            assertEquals("cannot downgrade to c3 (" + R3AddNote.class.getName() + "): it is not applied; upgrade to"
                    + " go forward", e.getMessage());
            assertEquals(Set.of("a1"), versionRows(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void recordsEveryHeadOfBranchesAndOneAfterTheirMerge(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort branched = Retort.at(database.url()).withRevisions(BRANCHED);
            RetortException ambiguous = assertThrows(RetortException.class, () -> branched.upgrade("head"));
            assertEquals("cannot use head: the history has 2 heads, d4 (" + R4CreateFees.class.getName()
                    + "), e5 (" + R5CreateCoupons.class.getName() + "); use heads, a branch label or one of them by id",
                    ambiguous.getMessage());

            assertEquals(List.of("a1", "b2", "c3", "e5"), ids(branched.upgrade("e5")));
            assertEquals(Set.of("e5"), versionRows(database));
            assertEquals(List.of("d4"), ids(branched.upgrade("heads")));
            assertEquals(Set.of("d4", "e5"), versionRows(database));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class,
                    R4CreateFees.class, R5CreateCoupons.class)), schema(database));

            Retort merged = Retort.at(database.url()).withRevisions(MERGED);
            assertEquals(List.of("f6"), ids(merged.upgrade("head")));
            assertEquals(Set.of("f6"), versionRows(database));

            assertEquals(List.of("f6"), ids(merged.downgrade("-1")));
            assertEquals(Set.of("d4", "e5"), versionRows(database));
            assertEquals(List.of("e5"), ids(merged.downgrade("-1")));
            assertEquals(Set.of("d4"), versionRows(database));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class,
                    R4CreateFees.class)), schema(database));

            assertEquals(List.of("d4"), ids(merged.downgrade("c3")));
            assertEquals(Set.of("c3"), versionRows(database));
            assertEquals(List.of("d4", "e5", "f6"), ids(merged.upgrade("heads")));
            assertEquals(Set.of("f6"), versionRows(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void reportsHistoryCurrentRevisionsAndHeads(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(BRANCHED);
            assertEquals(List.of(), retort.current());
            retort.upgrade("b2");

            List<RevisionInfo> history = retort.history();
            assertEquals(List.of("e5", "d4", "c3", "b2", "a1"), ids(history));
            assertEquals(List.of(false, false, false, true, true),
                    history.stream().map(RevisionInfo::applied).toList());
            assertEquals(List.of("b2"), ids(retort.current()));
            assertEquals(List.of("d4", "e5"), ids(retort.heads()));
            assertEquals(List.of(false, false), retort.heads().stream().map(RevisionInfo::applied).toList());

            retort.upgrade("heads");
            assertEquals(List.of("d4", "e5"), ids(retort.current()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void connectsThroughADataSource(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            DataSource dataSource;
            if (kind == TestDatabase.Kind.SQLITE) {
                SQLiteDataSource sqlite = new SQLiteDataSource();
                sqlite.setUrl(database.url());
                dataSource = sqlite;
            } else {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(database.url());
                dataSource = postgres;
            }

            assertEquals(List.of("a1", "b2", "c3"), ids(Retort.at(dataSource).withRevisions(LINEAR).upgrade("head")));
            assertEquals(Set.of("c3"), versionRows(database));
        }
    }
}
