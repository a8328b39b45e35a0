package dev.retort;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A transaction for try-with-resources: closing it without {@link #commit()} rolls back, and either way auto-commit
 * goes back to what it was. A failure while closing is added, as suppressed, to the exception that caused the close.
 */
final class Transaction implements AutoCloseable {

    private final Connection connection;
    private final boolean autoCommit;
    private boolean committed;

    private Transaction(Connection connection, boolean autoCommit) {
        this.connection = connection;
        this.autoCommit = autoCommit;
    }

    static Transaction begin(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        return new Transaction(connection, autoCommit);
    }

    void commit() throws SQLException {
        connection.commit();
        committed = true;
    }

    @Override
    public void close() throws SQLException {
        if (!committed) {
            // If this fails, auto-commit stays off: switching it on would commit what the rollback did not undo.
            connection.rollback();
        }
        connection.setAutoCommit(autoCommit);
    }
}
