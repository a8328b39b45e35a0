package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test: a new SQLite file, or a new PostgreSQL database on the server named by
 * {@code RETORT_PG_URL} (default {@value #DEFAULT_POSTGRES_URL}). Closing it deletes it.
 *
 * <p>When PostgreSQL cannot be reached, a test fails if {@code CI=true} and is skipped otherwise.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind {
        SQLITE,
        POSTGRESQL
    }

    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final Kind kind;
    private final String url;
    private final Runnable cleanup;

    private TestDatabase(Kind kind, String url, Runnable cleanup) {
        this.kind = kind;
        this.url = url;
        this.cleanup = cleanup;
    }

    public static TestDatabase create(Kind kind) {
        return kind == Kind.SQLITE ? sqlite() : postgres();
    }

    public static TestDatabase sqlite() {
        try {
            Path dir = Files.createTempDirectory("retort-sqlite");
            return new TestDatabase(Kind.SQLITE, "jdbc:sqlite:" + dir.resolve("test.db"), () -> deleteTree(dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestDatabase postgres() {
        String serverUrl = postgresServerUrl();
        String name = "retort_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(serverUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + serverUrl + " (set RETORT_PG_URL): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message, e);
            }
            Assumptions.abort(message);
        }
        return new TestDatabase(Kind.POSTGRESQL, withDatabase(serverUrl, name), () -> dropPostgres(serverUrl, name));
    }

    public static String postgresServerUrl() {
        String configured = System.getenv("RETORT_PG_URL");
        return configured == null || configured.isBlank() ? DEFAULT_POSTGRES_URL : configured;
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() {
        cleanup.run();
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }

    /** The server URL with its database path replaced by {@code database}, keeping the query (user, ...). */
    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + params;
    }

    private static void dropPostgres(String serverUrl, String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
