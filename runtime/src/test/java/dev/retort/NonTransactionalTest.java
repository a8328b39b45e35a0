package dev.retort;

import static dev.retort.LiveDatabase.column;
import static dev.retort.LiveDatabase.execute;
import static dev.retort.LiveDatabase.historyRows;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.Revisions.revision;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Revisions with {@code transactional = false}: run statement by statement, and safe to run again. */
class NonTransactionalTest {

    private static final LoadedRevision TABLE = revision("n1", List.of(), true,
            op -> op.createTable("t", t -> t.column("id", BIGINT, c -> c.primaryKey()).column("code", VARCHAR(10))),
            op -> op.dropTable("t"));
    private static final LoadedRevision INDEXES = revision("n2", List.of("n1"), false,
            op -> {
                op.createIndex("ix_t_id_code", "t", "id", "code");
                op.createUniqueIndex("ux_t_code", "t", "code");
            },
            op -> {
                op.dropIndex("ux_t_code", "t");
                op.dropIndex("ix_t_id_code", "t");
            });

    @Test
    void dropsTheInvalidIndexOfATableInADatabaseSchemaBeforeBuildingItAgain() throws SQLException {
        LoadedRevision table = revision("q1", List.of(), true, op -> op.createTable("billing.t", t -> t
                .column("id", BIGINT, c -> c.primaryKey()).column("code", VARCHAR(10))), op -> op.dropTable("billing.t"));
        LoadedRevision index = revision("q2", List.of("q1"), false,
                op -> op.createUniqueIndex("ux_t_code", "billing.t", "code"),
                op -> op.dropIndex("ux_t_code", "billing.t"));
        try (TestDatabase database = TestDatabase.postgres()) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(List.of(table, index));
            retort.upgrade("q1");
            execute(database, "INSERT INTO billing.t (id, code) VALUES (1, 'x'), (2, 'x')");

            assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));
            assertTrue(retort.check().differences().stream().anyMatch(d -> d.description().startsWith(
                    "index ux_t_code on billing.t is INVALID")), () -> retort.check().toString());

            execute(database, "DELETE FROM billing.t WHERE id = 2");
            assertEquals(List.of("q2"), ids(retort.upgrade("head")));
            assertEquals(List.of("true"), column(database,
                    "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'billing.ux_t_code'::regclass"));
            assertTrue(retort.check().isClean(), () -> retort.check().toString());
            assertEquals(List.of("q2"), ids(retort.downgrade("-1")));
            assertTrue(retort.check().isClean(), () -> retort.check().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void runsAgainAfterFailingHalfway(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(List.of(TABLE, INDEXES));
            retort.upgrade("n1");
            execute(database, "INSERT INTO t (id, code) VALUES (1, 'x'), (2, 'x')");

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));
            String create = kind == TestDatabase.Kind.POSTGRESQL ? "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS"
                    : "CREATE UNIQUE INDEX IF NOT EXISTS";
            assertEquals(create + " \"ux_t_code\" ON \"t\" (\"code\")", e.statement());
            assertTrue(e.getMessage().startsWith("upgrade of revision n2 (test.n2) failed; it runs without a"
                    + " transaction, so its statements before this one stay applied, and the next upgrade runs it"
                    + " again from its first statement: "), e.getMessage());
            assertEquals(Set.of("n1"), versionRows(database));
            assertEquals(List.of("n1 upgrade ok", "n2 upgrade failed"), historyRows(database));
            DriftReport halfway = retort.check();
            assertTrue(halfway.differences().stream().anyMatch(d -> d.description().startsWith(
                    "create index ix_t_id_code")), halfway.toString());
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                // The failed concurrent build left an INVALID index, which the drift check names.
                assertTrue(halfway.differences().stream().anyMatch(d -> d.description().startsWith(
                        "index ux_t_code on t is INVALID")), halfway.toString());
            }

            execute(database, "DELETE FROM t WHERE id = 2");
            assertEquals(List.of("n2"), ids(retort.upgrade("head")));

            assertTrue(retort.check().isClean(), () -> retort.check().toString());
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertEquals(List.of("true"), column(database,
                        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ux_t_code'::regclass"));
            }
            assertEquals(List.of("n1 upgrade ok", "n2 upgrade failed", "n2 upgrade ok"), historyRows(database));
            assertEquals(StepRunner.NON_TRANSACTIONAL_DONE, retort.show("n2").runs().get(1).note());

            // A failed downgrade is finished by the next command before anything else.
            execute(database, "CREATE TABLE blocker (id integer)");
            LoadedRevision failingDowngrade = revision("n3", List.of("n2"), false,
                    op -> op.execute("DROP TABLE IF EXISTS never_there"),
                    op -> op.execute("DROP TABLE blocker"));
            Retort withN3 = Retort.at(database.url()).withLoadedRevisions(List.of(TABLE, INDEXES, failingDowngrade));
            withN3.upgrade("head");
            execute(database, "DROP TABLE blocker");
            RevisionFailedException failed = assertThrows(RevisionFailedException.class,
                    () -> withN3.downgrade("-1"));
            assertTrue(failed.getMessage().contains("the next upgrade or downgrade runs its downgrade again from its"
                    + " first statement"), failed.getMessage());
            execute(database, "CREATE TABLE blocker (id integer)");
            assertEquals(List.of("n3"), ids(withN3.upgrade("head")));
            assertEquals(List.of("n3 upgrade ok", "n3 downgrade failed", "n3 downgrade ok", "n3 upgrade ok"),
                    historyRows(database).subList(3, 7));
            execute(database, "CREATE TABLE blocker (id integer)");

            assertEquals(List.of("n3", "n2"), ids(withN3.downgrade("-2")));
            assertTrue(retort.check().isClean(), () -> retort.check().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void finishesADowngradeTheProcessDidNotSurviveBeforeGoingOn(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(List.of(TABLE, INDEXES));
            retort.upgrade("head");
            // What a process killed in the middle of n2's downgrade leaves: one index dropped, a row never finished.
            execute(database, "DROP INDEX ux_t_code");
            execute(database, "INSERT INTO retort_history (revision, direction, checksum, started_at, success,"
                    + " applied_by, note) VALUES ('n2', 'downgrade', NULL, '2026-01-01T00:00:00Z', false, 'test',"
                    + " 'non-transactional: running')");

            DriftReport report = retort.check();
            assertFalse(report.isClean());
            assertEquals(List.of("n2"), report.interrupted().stream().map(HistoryEntry::revision).toList());

            assertEquals(List.of("n2"), ids(retort.upgrade("head")));
            assertTrue(retort.check().isClean(), () -> retort.check().toString());
            assertEquals(List.of("n1 upgrade ok", "n2 upgrade ok", "n2 downgrade unfinished", "n2 downgrade ok",
                    "n2 upgrade ok"), historyRows(database));
        }
    }

    @Test
    void refusesWhatCouldNotRunAgainAfterAnInterruption() {
        try (TestDatabase database = TestDatabase.sqlite()) {
            LoadedRevision table = revision("x1", List.of(), false,
                    op -> op.createTable("t", t -> t.column("id", BIGINT)), op -> op.dropTable("t"));

            RetortException e = assertThrows(RetortException.class,
                    () -> Retort.at(database.url()).withLoadedRevisions(List.of(table)).upgrade("head"));

            assertEquals("revision x1 (test.x1) runs without a transaction (transactional = false), which suits index"
                    + " builds and hand-written statements only, but its upgrade also does: create table t; move that"
                    + " into a transactional revision (nothing was changed)", e.getMessage());
        }
    }
}
