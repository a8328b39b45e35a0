package com.example.school;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty database that exists for one test: a SQLite file in a temporary directory, or a new database on the
 * PostgreSQL server of {@code RETORT_PG_URL} (default: local, user postgres), dropped afterwards. Without a reachable
 * server the test is skipped, or fails when {@code CI=true}.
 */
final class ThrowawayDatabase implements AutoCloseable {

    enum Kind { SQLITE, POSTGRESQL }

    private static final String POSTGRES = System.getenv().getOrDefault(
            "RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private final String url;
    private final Runnable drop;

    private ThrowawayDatabase(String url, Runnable drop) {
        this.url = url;
        this.drop = drop;
    }

    static ThrowawayDatabase create(Kind kind, Path directory) {
        return kind == Kind.SQLITE
                ? new ThrowawayDatabase("jdbc:sqlite:" + directory.resolve("school.db"), () -> {})
                : postgres();
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        drop.run();
    }

    private static ThrowawayDatabase postgres() {
        String name = "school_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return new ThrowawayDatabase(POSTGRES.replace("/postgres?", "/" + name + "?"),
                () -> execute("DROP DATABASE " + name + " WITH (FORCE)"));
    }

    private static void execute(String sql) {
        try (Connection admin = DriverManager.getConnection(POSTGRES); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + POSTGRES + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message, e);
            }
            Assumptions.abort(message);
        }
    }
}
