package dev.retort;

import static dev.retort.LiveDatabase.historyRows;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.Revisions.revision;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's lock_timeout: DDL that waits for a busy table gives up instead of queueing the application behind it,
 * and the revision runs again after a pause.
 */
class LockTimeoutTest {

    private static final List<LoadedRevision> HISTORY = List.of(
            revision("t1", List.of(), true, op -> op.createTable("t", t -> t.column("id", BIGINT, c -> c.primaryKey())),
                    op -> op.dropTable("t")),
            revision("t2", List.of("t1"), true, op -> op.addColumn("t", "note", VARCHAR(10)),
                    op -> op.dropColumn("t", "note")));

    @Test
    void failsTheRevisionWhenTheTableStaysBusy() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres(); Connection blocker = database.connect()) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(HISTORY)
                    .withDdlLockTimeout(Duration.ofMillis(200), 0);
            retort.upgrade("t1");
            readInOpenTransaction(blocker);

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));

            assertEquals("55P03", assertInstanceOf(SQLException.class, e.getCause()).getSQLState());
            assertEquals("ALTER TABLE \"t\" ADD COLUMN \"note\" varchar(10)", e.statement());
            assertEquals(Set.of("t1"), versionRows(database));
            assertEquals(List.of("t1 upgrade ok", "t2 upgrade failed"), historyRows(database));
        }
    }

    @Test
    void runsTheRevisionAgainOnceTheTableIsFree() throws SQLException {
        List<LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TestDatabase database = TestDatabase.postgres(); Connection blocker = database.connect()) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(HISTORY)
                    .withDdlLockTimeout(Duration.ofMillis(200), 3);
            retort.upgrade("t1");
            readInOpenTransaction(blocker);
            // The reader ends its transaction as soon as Retort reports the first lock timeout.
            Handler releaseOnRetry = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getLevel() == Level.WARNING) {
                        warnings.add(record);
                        try {
                            blocker.commit();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            Logger logger = Logger.getLogger(Retort.class.getName());
            logger.addHandler(releaseOnRetry);
            try {
                assertEquals(List.of("t2"), ids(retort.upgrade("head")));
            } finally {
                logger.removeHandler(releaseOnRetry);
            }

            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).getMessage().startsWith("upgrade of revision t2 (test.t2) waited longer than"
                    + " lock_timeout (200 ms) for a lock [statement: ALTER TABLE \"t\" ADD COLUMN \"note\""
                    + " varchar(10)]; running it again in "), warnings.get(0).getMessage());
            assertEquals(Set.of("t2"), versionRows(database));
            assertEquals(List.of("t1 upgrade ok", "t2 upgrade failed", "t2 upgrade ok"), historyRows(database));
            assertEquals("retry 1 after lock_timeout", retort.show("t2").runs().get(1).note());
        }
    }

    /** An open transaction that has read the table holds a lock that ALTER TABLE must wait for. */
    private static void readInOpenTransaction(Connection blocker) throws SQLException {
        blocker.setAutoCommit(false);
        try (Statement statement = blocker.createStatement()) {
            statement.executeQuery("SELECT * FROM t").close();
        }
    }
}
