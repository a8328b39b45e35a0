package com.example.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app boots against an empty database, brings it to head, and works with it; a second boot changes nothing. */
class SchoolAppTest {

    private static final String POSTGRES = System.getenv().getOrDefault(
            "RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    @Test
    void bootsOnSqlite(@TempDir Path dir) throws SQLException {
        assertBootsTwice("jdbc:sqlite:" + dir.resolve("school.db"));
    }

    @Test
    void bootsOnPostgres() throws SQLException {
        String database = "school_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connectToPostgres(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            try {
                assertBootsTwice(POSTGRES.replace("/postgres?", "/" + database + "?"));
            } finally {
                statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
    }

    private static void assertBootsTwice(String url) throws SQLException {
        String first = run(url);
        assertTrue(first.contains("Applied 4 revision(s)"), first);
        assertTrue(first.contains("fees (id "), first);
        assertTrue(first.contains("description varchar(500)"), first);
        assertTrue(first.contains("Fees recorded so far: 1"), first);

        String second = run(url);
        assertTrue(second.contains("Database already at head."), second);
        assertTrue(second.contains("Fees recorded so far: 2"), second);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM students")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    private static String run(String url) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SchoolApp.run(url, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Connection connectToPostgres() {
        try {
            return DriverManager.getConnection(POSTGRES);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + POSTGRES + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message, e);
            }
            Assumptions.abort(message);
            throw new AssertionError("unreachable");
        }
    }
}
