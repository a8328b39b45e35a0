package com.example.school;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.dialect.Dialect;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The school-fees application: at boot it brings the database to the newest revision, then uses it with plain SQL,
 * the way an ORM would. Run with {@code --url <jdbc url>}; the default is a SQLite file in the working directory.
 */
public final class SchoolApp {

    static final String DEFAULT_URL = "jdbc:sqlite:school.db";

    private SchoolApp() {}

    public static void main(String[] args) throws SQLException {
        String url = urlFrom(args);
        run(url, System.out);
    }

    static void run(String url, PrintStream out) throws SQLException {
        out.println("School fees on " + url);

        List<RevisionInfo> applied = Retort.at(url).upgrade("head");
        out.println(applied.isEmpty()
                ? "Database already at head."
                : "Applied " + applied.size() + " revision(s): "
                        + applied.stream().map(RevisionInfo::id).collect(Collectors.joining(", ")));

        out.println("Current revision:");
        Retort.at(url).current().forEach(r -> out.println("  " + r.id() + "  " + r.message()));
        out.println("History (newest first):");
        for (RevisionInfo revision : Retort.at(url).history()) {
            out.printf("  %s  %-28s %s%n", revision.id(), revision.message(), revision.applied() ? "applied" : "pending");
        }

        try (Connection connection = DriverManager.getConnection(url)) {
            out.println("Tables:");
            for (Table table : Dialect.of(connection).readSchema(connection).tables()) {
                out.println("  " + table.name() + " (" + table.columns().stream()
                        .map(SchoolApp::describe)
                        .collect(Collectors.joining(", ")) + ")");
            }
            recordAFee(connection);
            out.println("Fees recorded so far: " + count(connection, "fees"));
        }
    }

    /** Plain, unquoted SQL, as an ORM sends it: the names Retort created must be found. */
    private static void recordAFee(Connection connection) throws SQLException {
        long studentId;
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM students WHERE email = ?")) {
            find.setString(1, "ada@example.com");
            try (ResultSet rs = find.executeQuery()) {
                studentId = rs.next() ? rs.getLong(1) : insertStudent(connection);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO fees (student_id, amount, status, due_date, created_at, description)"
                        + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
            insert.setLong(1, studentId);
            insert.setBigDecimal(2, new BigDecimal("125.50"));
            insert.setString(3, FeeStatus.DUE.name());
            insert.setObject(4, LocalDate.now().plusDays(30));
            insert.setString(5, "term fee");
            insert.executeUpdate();
        }
    }

    private static long insertStudent(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO students (name, email, enrolled_on) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Ada Lovelace");
            insert.setString(2, "ada@example.com");
            insert.setObject(3, LocalDate.now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String describe(Column column) {
        return column.name() + " " + column.type() + (column.nullable() ? "" : " not null");
    }

    static String urlFrom(String[] args) {
        if (args.length == 0) {
            return DEFAULT_URL;
        }
        if (args.length == 2 && args[0].equals("--url")) {
            return args[1];
        }
        throw new IllegalArgumentException("usage: SchoolApp [--url <jdbc url>]");
    }
}
