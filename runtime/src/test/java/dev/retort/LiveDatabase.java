package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the engine tests check on a live database: its schema and the rows of Retort's tables. */
final class LiveDatabase {

    private LiveDatabase() {}

    static Schema schema(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return Dialect.of(connection).readSchema(connection);
        }
    }

    /** {@code model} as {@link #schema} reads it back from this kind of database. */
    static Schema normalized(TestDatabase database, Schema model) throws SQLException {
        try (Connection connection = database.connect()) {
            return Dialect.of(connection).normalize(model);
        }
    }

    static boolean hasVersionTable(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return new VersionTable(Dialect.of(connection)).exists(connection);
        }
    }

    /** The rows of the version table; none when it does not exist (yet). */
    static Set<String> versionRows(TestDatabase database) throws SQLException {
        if (!hasTable(database, VersionTable.NAME)) {
            return Set.of();
        }
        return new HashSet<>(column(database, "SELECT revision FROM retort_version"));
    }

    static boolean hasTable(TestDatabase database, String name) throws SQLException {
        try (Connection connection = database.connect()) {
            return Tables.exists(connection, name);
        }
    }

    /**
     * The history table, one line per row, oldest first: {@code a1 upgrade ok}, {@code bad1 upgrade failed}, with
     * {@code unfinished} for a row without a finish time.
     */
    static List<String> historyRows(TestDatabase database) throws SQLException {
        return column(database, "SELECT revision || ' ' || direction || ' ' || CASE WHEN finished_at IS NULL"
                + " THEN 'unfinished' WHEN success THEN 'ok' ELSE 'failed' END FROM retort_history ORDER BY id");
    }

    static List<String> column(TestDatabase database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
