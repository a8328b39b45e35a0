package dev.retort;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whether Retort's own tables exist, in the schema the connection works in. */
final class Tables {

    private Tables() {}

    static boolean exists(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
            while (tables.next()) {
                // The name is a LIKE pattern, in which _ matches any character.
                if (name.equals(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
