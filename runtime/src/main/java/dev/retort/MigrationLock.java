package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps other processes and threads from changing the same database's revisions at the same time. Held by one
 * connection for a whole command; released by {@link #close()}, and by the database or the operating system when the
 * holder dies, so that it can never be left behind.
 */
interface MigrationLock extends AutoCloseable {

    /**
     * Waits, at most {@code timeout}, until this connection holds the lock of its database.
     *
     * @throws MigrationLockTimeoutException when the lock stayed held longer
     */
    static MigrationLock acquire(Connection connection, Dialect dialect, Duration timeout, MigrationListener listener)
            throws SQLException {
        return dialect.name().equals("postgresql")
                ? PostgresAdvisoryLock.acquire(connection, timeout, listener)
                : SqliteFileLock.acquire(connection, timeout, listener);
    }

    @Override
    void close() throws SQLException;
}
