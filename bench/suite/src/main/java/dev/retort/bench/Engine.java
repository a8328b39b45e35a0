package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A database server or file format the scenarios run on, and how to get an empty database of it. */
sealed interface Engine {

    /** Where a tool connects; {@code user} empty when the URL says it all. */
    record Target(String url, String user, String password) {

        List<String> args() {
            return List.of(url, user, password);
        }

        Connection connect() throws SQLException {
            return user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }
    }

    /** {@code SQLite}, {@code PostgreSQL}. */
    String displayName();

    /** A new, empty database called {@code name} (the old one of that name is gone). */
    Target fresh(String name);

    /** The database {@code name} as it is. */
    Target existing(String name);

    /** Removes the database {@code name}. */
    void drop(String name);

    /** The server's or library's version. */
    String version();

    /** SQLite files in a directory; the JDBC driver creates a file on first connect. */
    record Sqlite(Path directory) implements Engine {

        @Override
        public String displayName() {
            return "SQLite";
        }

        @Override
        public Target fresh(String name) {
            drop(name);
            return existing(name);
        }

        @Override
        public Target existing(String name) {
            return new Target("jdbc:sqlite:" + file(name), "", "");
        }

        @Override
        public void drop(String name) {
            try {
                Files.createDirectories(directory);
                for (String suffix : List.of("", "-journal", "-wal", "-shm", ".retort-lock")) {
                    Files.deleteIfExists(Path.of(file(name) + suffix));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path file(String name) {
            return directory.resolve(name + ".db");
        }

        @Override
        public String version() {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT sqlite_version()")) {
                row.next();
                return row.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Databases of one PostgreSQL server, made and dropped through its administrative URL; each keeps that URL's
     * parameters (user, password).
     */
    record Postgres(String adminUrl) implements Engine {

        @Override
        public String displayName() {
            return "PostgreSQL";
        }

        @Override
        public Target fresh(String name) {
            drop(name);
            admin("CREATE DATABASE " + name);
            return existing(name);
        }

        @Override
        public Target existing(String name) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String parameters = query < 0 ? "" : adminUrl.substring(query);
            return new Target(base.substring(0, base.lastIndexOf('/') + 1) + name + parameters, "", "");
        }

        @Override
        public void drop(String name) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        @Override
        public String version() {
            try (Connection connection = DriverManager.getConnection(adminUrl);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SHOW server_version")) {
                row.next();
                return row.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Whether the server answers. */
        boolean reachable() {
            try (Connection connection = DriverManager.getConnection(adminUrl)) {
                return connection.isValid(5);
            } catch (SQLException e) {
                return false;
            }
        }

        private void admin(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
