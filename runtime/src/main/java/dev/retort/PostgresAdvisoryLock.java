package dev.retort;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * PostgreSQL's session-level advisory lock on two keys: a constant for Retort, and a hash of the current database and
 * schema, so that each schema's revisions have their own lock. It is held across the transactions of a command (and
 * outside any, for non-transactional revisions), and PostgreSQL releases it when the session ends, however it ends.
 */
final class PostgresAdvisoryLock implements MigrationLock {

    /** "RETR". */
    static final int CLASS_KEY = 0x52455452;

    private static final String HOLDER = "SELECT a.pid, a.application_name, host(a.client_addr) AS client,"
            + " a.usename, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND l.classid::bigint = ? AND l.objid::bigint = ?";

    private final Connection connection;
    private final int objectKey;

    private PostgresAdvisoryLock(Connection connection, int objectKey) {
        this.connection = connection;
        this.objectKey = objectKey;
    }

    static PostgresAdvisoryLock acquire(Connection connection, Duration timeout, MigrationListener listener)
            throws SQLException {
        String scope = scope(connection);
        int objectKey = objectKey(scope);
        if (!tryLock(connection, objectKey)) {
            LockWait wait = new LockWait(timeout, "the migration lock of " + scope, listener);
            Waiting.run(() -> wait.await(LockWait.polling(() -> tryLock(connection, objectKey)),
                    () -> holder(connection, objectKey)));
        }
        return new PostgresAdvisoryLock(connection, objectKey);
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, CLASS_KEY);
            unlock.setInt(2, objectKey);
            unlock.executeQuery().close();
        }
    }

    /** {@code database app, schema public}. */
    private static String scope(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT current_database(), coalesce(current_schema(), '')");
                ResultSet row = query.executeQuery()) {
            row.next();
            return "database " + row.getString(1) + ", schema " + row.getString(2);
        }
    }

    /** A non-negative int, so that pg_locks shows it as the same number. */
    static int objectKey(String scope) {
        CRC32 crc = new CRC32();
        crc.update(scope.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() & 0x7fffffff);
    }

    /**
     * One try, which does not wait. Waiters poll rather than queue in {@code pg_advisory_lock}: a waiting statement
     * holds a snapshot, and the holder's {@code CREATE INDEX CONCURRENTLY} would wait for it to end.
     */
    private static boolean tryLock(Connection connection, int objectKey) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, CLASS_KEY);
            lock.setInt(2, objectKey);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static String holder(Connection connection, int objectKey) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(HOLDER)) {
            query.setLong(1, CLASS_KEY);
            query.setLong(2, objectKey);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String application = rows.getString("application_name");
                    String client = rows.getString("client");
                    holders.add("PostgreSQL backend pid " + rows.getInt("pid")
                            + (application == null || application.isEmpty() ? "" : ", application '" + application
                                    + "'")
                            + ", client " + (client == null ? "local socket" : client)
                            + ", user " + rows.getString("usename")
                            + ", connected since " + rows.getTimestamp("backend_start").toInstant());
                }
            }
        }
        return String.join("; ", holders);
    }
}
