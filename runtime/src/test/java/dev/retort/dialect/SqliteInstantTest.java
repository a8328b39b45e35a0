package dev.retort.dialect;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.TIMESTAMP;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.operation.AlterColumn;
import dev.retort.operation.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An instant ({@code timestamp with time zone}) on SQLite is declared {@code timestamp}, as Hibernate 7 declares it
 * there; SQLite keeps it as a date-time, and its default as the date and time it is in UTC.
 */
class SqliteInstantTest {

    private final SqliteDialect dialect = new SqliteDialect();

    private static Column column(String name, DefaultValue defaultValue) {
        return new Column(name, TIMESTAMP_TZ, true, false, Optional.of(defaultValue), Optional.empty());
    }

    private static Table events() {
        return new Table("events", List.of(new Column("id", BIGINT, false, true),
                column("happened_at", DefaultValue.of("2026-01-31 08:00:00+01:00")),
                column("recorded_at", DefaultValue.CURRENT_TIMESTAMP),
                new Column("local_at", TIMESTAMP, false, false, Optional.of(DefaultValue.of("2026-01-31 08:00:00")),
                        Optional.empty()),
                new Column("plain_at", TIMESTAMP_TZ, true, false)), List.of("id"), List.of(), List.of(), List.of());
    }

    @Test
    void declaresAnInstantTimestampAndWritesItsDefaultInUtc() {
        assertEquals(List.of("CREATE TABLE \"events\" (\"id\" integer NOT NULL, \"happened_at\" timestamp"
                        + " DEFAULT '2026-01-31 07:00:00+00:00', \"recorded_at\" timestamp DEFAULT CURRENT_TIMESTAMP,"
                        + " \"local_at\" timestamp DEFAULT '2026-01-31 08:00:00' NOT NULL, \"plain_at\" timestamp,"
                        + " PRIMARY KEY (\"id\"))"),
                dialect.render(new CreateTable(events()), Schema.EMPTY));
    }

    @Test
    void keepsAnInstantAsADateTimeInUtc() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            Schema model = new Schema(List.of(events()));
            execute(connection, dialect.render(new CreateTable(events()), Schema.EMPTY));
            Schema read = dialect.readSchema(connection);
            assertEquals(dialect.normalize(model), read);
            assertEquals(new Column("happened_at", TIMESTAMP, true, false,
                    Optional.of(DefaultValue.of("2026-01-31 07:00:00")), Optional.empty()),
                    read.requireTable("events").column("happened_at").orElseThrow());
        }
    }

    @Test
    void readsColumnsThatEarlierVersionsDeclaredWithTimeZone() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            execute(connection, List.of("CREATE TABLE \"events\" (\"id\" integer NOT NULL,"
                    + " \"happened_at\" timestamp with time zone DEFAULT '2026-01-31 07:00:00+00:00',"
                    + " \"recorded_at\" timestamp with time zone DEFAULT CURRENT_TIMESTAMP,"
                    + " \"local_at\" timestamp DEFAULT '2026-01-31 08:00:00' NOT NULL,"
                    + " \"plain_at\" timestamp with time zone, PRIMARY KEY (\"id\"))"));
            assertEquals(dialect.normalize(new Schema(List.of(events()))), dialect.readSchema(connection));
        }
    }

    @Test
    void aDateTimeThatBecomesAnInstantChangesNothing() {
        Schema model = new Schema(List.of(events()));
        Column local = events().column("local_at").orElseThrow();
        AlterColumn toInstant = new AlterColumn("events", local, new Column("local_at", TIMESTAMP_TZ, false, false,
                Optional.of(DefaultValue.of("2026-01-31 08:00:00+00:00")), Optional.empty()));
        assertEquals(List.of(), dialect.render(toInstant, model));
        assertEquals(dialect.normalize(model), dialect.normalize(toInstant.applyTo(model)));
        // A change SQLite can see still rebuilds the table.
        AlterColumn otherTime = new AlterColumn("events", local, new Column("local_at", TIMESTAMP_TZ, false, false,
                Optional.of(DefaultValue.of("2026-01-31 09:00:00+00:00")), Optional.empty()));
        assertEquals("CREATE TABLE \"retort_rebuild_events\" (\"id\" integer NOT NULL, \"happened_at\" timestamp"
                        + " DEFAULT '2026-01-31 07:00:00+00:00', \"recorded_at\" timestamp DEFAULT CURRENT_TIMESTAMP,"
                        + " \"local_at\" timestamp DEFAULT '2026-01-31 09:00:00+00:00' NOT NULL, \"plain_at\" timestamp,"
                        + " PRIMARY KEY (\"id\"))",
                dialect.render(otherTime, model).stream().filter(s -> s.startsWith("CREATE TABLE")).findFirst()
                        .orElseThrow());
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
