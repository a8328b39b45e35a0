package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where Retort records the state of a database: {@code retort_version}, one row per head of the applied revisions (as
 * Alembic keeps it). Its changes are statements like a revision's own, run in the revision's transaction, so that
 * they are reported, and rolled back, the same way; an offline script holds the same statements.
 */
final class VersionTable {

    static final String NAME = "retort_version";
    private static final String COLUMN = "revision";

    private final Dialect dialect;

    VersionTable(Dialect dialect) {
        this.dialect = dialect;
    }

    boolean exists(Connection connection) throws SQLException {
        return Tables.exists(connection, NAME);
    }

    /** The recorded revision ids; none when the table does not exist yet. */
    Set<String> read(Connection connection) throws SQLException {
        Set<String> revisions = new HashSet<>();
        if (!exists(connection)) {
            return revisions;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT " + dialect.quote(COLUMN) + " FROM " + dialect.quote(NAME))) {
            while (rows.next()) {
                revisions.add(rows.getString(1));
            }
        }
        return revisions;
    }

    String create() {
        return "CREATE TABLE IF NOT EXISTS " + dialect.quote(NAME) + " (" + dialect.quote(COLUMN)
                + " varchar(32) NOT NULL PRIMARY KEY)";
    }

    /**
     * The statements that change the recorded revisions from {@code before} to {@code after}: one UPDATE when a head
     * moves on to the next revision (the usual step), else a DELETE for each row that goes and an INSERT for each that
     * comes.
     */
    List<String> update(Set<String> before, Set<String> after) {
        String table = dialect.quote(NAME);
        String column = dialect.quote(COLUMN);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        Collections.sort(removed);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        Collections.sort(added);
        if (removed.size() == 1 && added.size() == 1) {
            return List.of("UPDATE " + table + " SET " + column + " = " + Sql.literal(added.get(0)) + " WHERE "
                    + column + " = " + Sql.literal(removed.get(0)));
        }
        List<String> statements = new ArrayList<>();
        removed.forEach(id -> statements.add("DELETE FROM " + table + " WHERE " + column + " = " + Sql.literal(id)));
        added.forEach(id -> statements.add(
                "INSERT INTO " + table + " (" + column + ") VALUES (" + Sql.literal(id) + ")"));
        return statements;
    }

    /** Empties the table, whatever it holds: the first statement of a purging stamp. */
    String deleteAll() {
        return "DELETE FROM " + dialect.quote(NAME);
    }
}
