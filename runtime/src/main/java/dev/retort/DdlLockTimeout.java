package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's {@code lock_timeout} for the statements of a command: DDL that waits longer than that for a table's lock
 * fails (SQLSTATE 55P03) instead of queueing every other query on the table behind it. Set for the session, put back
 * as it was at the end. Other databases have no such setting; there this does nothing.
 */
final class DdlLockTimeout implements AutoCloseable {

    /** SQLSTATE lock_not_available: lock_timeout expired, or NOWAIT found the lock taken. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final String previous;

    private DdlLockTimeout(Connection connection, String previous) {
        this.connection = connection;
        this.previous = previous;
    }

    static DdlLockTimeout apply(Connection connection, Dialect dialect, Duration timeout) throws SQLException {
        if (!dialect.name().equals("postgresql")) {
            return new DdlLockTimeout(connection, null);
        }
        String previous = current(connection);
        set(connection, timeout.toMillis() + "ms");
        return new DdlLockTimeout(connection, previous);
    }

    static boolean isLockTimeout(Throwable failure) {
        return failure instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState());
    }

    @Override
    public void close() throws SQLException {
        if (previous != null && !connection.isClosed()) {
            set(connection, previous);
        }
    }

    /** The session's lock_timeout, as {@link #set} takes it. */
    static String current(Connection connection) throws SQLException {
        try (PreparedStatement show = connection.prepareStatement("SELECT current_setting('lock_timeout')");
                ResultSet row = show.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    static void set(Connection connection, String value) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
            set.setString(1, value);
            set.executeQuery().close();
        }
    }
}
