package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** What the engine tests check on a live database: its schema and the rows of its version table. */
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

    static Set<String> versionRows(TestDatabase database) throws SQLException {
        Set<String> rows = new HashSet<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT revision FROM retort_version")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
