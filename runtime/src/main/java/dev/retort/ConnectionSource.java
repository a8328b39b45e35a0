package dev.retort;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the connection one command runs on; the command closes it. */
@FunctionalInterface
interface ConnectionSource {

    Connection open() throws SQLException;
}
