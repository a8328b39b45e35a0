package dev.retort.testkit;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection to the database under test; the caller closes it. */
@FunctionalInterface
interface Connections {

    Connection open() throws SQLException;
}
