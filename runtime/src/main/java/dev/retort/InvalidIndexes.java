package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's INVALID indexes: what an interrupted or failed {@code CREATE INDEX CONCURRENTLY} leaves. The catalog
 * lists them like any index, so a schema read from it looks right; the drift check names them.
 */
final class InvalidIndexes {

    /** In every schema of the user's, as the schema reader reads them; a table outside the current one qualified. */
    private static final String QUERY = "SELECT c.relname, CASE WHEN n.nspname = current_schema() THEN t.relname"
            + " ELSE n.nspname || '.' || t.relname END FROM pg_index i"
            + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' AND NOT i.indisvalid"
            + " ORDER BY n.nspname, c.relname";

    private InvalidIndexes() {}

    static List<SchemaDifference> of(Connection connection, Dialect dialect) throws SQLException {
        List<SchemaDifference> differences = new ArrayList<>();
        if (!dialect.name().equals("postgresql")) {
            return differences;
        }
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                differences.add(new SchemaDifference("index " + rows.getString(1) + " on " + rows.getString(2)
                        + " is INVALID: a CREATE INDEX CONCURRENTLY did not finish; upgrade builds it again if a"
                        + " non-transactional revision creates it, otherwise drop it and build it again", null));
            }
        }
        return differences;
    }
}
