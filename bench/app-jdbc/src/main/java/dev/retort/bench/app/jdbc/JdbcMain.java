package dev.retort.bench.app.jdbc;

import dev.retort.bench.app.Probe;
import dev.retort.bench.app.SqlFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor: what any tool must do at least, with nothing but JDBC.
 *
 * <pre>
 * connect URL USER PASSWORD          open a connection and close it (the floor of a boot)
 * apply URL USER PASSWORD DIR        run each *.sql file of DIR, in name order, in a transaction of its own
 * script URL USER PASSWORD FILE      run the statements of FILE with auto-commit (the file holds its own BEGIN/COMMIT);
 *                                    a statement that returns rows (PRAGMA foreign_key_check) fails the run
 * </pre>
 */
public final class JdbcMain {

    private JdbcMain() {}

    public static void main(String[] args) throws Exception {
        String url = args[1];
        String user = args[2];
        String password = args[3];
        switch (args[0]) {
            case "connect" -> Probe.measure(() -> {
                try (Connection connection = Probe.connect(url, user, password)) {
                    return connection.isClosed() ? 0 : 1;
                }
            });
            case "apply" -> Probe.measure(() -> apply(url, user, password, Path.of(args[4])));
            case "script" -> Probe.measure(() -> script(url, user, password, Path.of(args[4])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static long apply(String url, String user, String password, Path directory) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        try (Connection connection = Probe.connect(url, user, password)) {
            connection.setAutoCommit(false);
            for (Path file : files) {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : SqlFiles.statements(file)) {
                        statement.execute(sql);
                    }
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw new SQLException(file + ": " + e.getMessage(), e);
                }
            }
        }
        return files.size();
    }

    private static long script(String url, String user, String password, Path file) throws Exception {
        List<String> statements = SqlFiles.statements(file);
        try (Connection connection = Probe.connect(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                if (statement.execute(sql)) {
                    try (ResultSet rows = statement.getResultSet()) {
                        if (rows.next()) {
                            throw new SQLException("the check returned rows: " + sql);
                        }
                    }
                }
            }
        }
        return statements.size();
    }
}
