package dev.retort.operation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Data work written in Java, run with the revision's connection inside its transaction (do not commit, roll back or
 * change auto-commit on it). It must not change the schema: Retort cannot see what it does.
 */
@FunctionalInterface
public interface JavaStep {

    void run(Connection connection) throws SQLException;
}
