package dev.retort.dialect;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BINARY;
import static dev.retort.schema.ColumnType.UUID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.operation.AddColumn;
import dev.retort.operation.BulkInsert;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DeleteRows;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A UUID on SQLite is 16 bytes in a {@code blob(16)} column, as Hibernate 7 keeps it: every value Retort writes there
 * (default, backfill, rows) is those bytes, most significant first, and the column reads back as a UUID.
 */
class SqliteUuidTest {

    private static final java.util.UUID TOKEN = java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    private static final java.util.UUID OTHER = java.util.UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");

    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void declaresSixteenBytesAndWritesLiteralsAsThem() {
        Table devices = new Table("devices", List.of(new Column("id", UUID, false, false),
                new Column("token", UUID, true, false, Optional.of(DefaultValue.of(TOKEN.toString())),
                        Optional.empty())), List.of("id"), List.of(), List.of(), List.of());
        assertEquals(List.of("CREATE TABLE \"devices\" (\"id\" blob(16) NOT NULL, \"token\" blob(16)"
                        + " DEFAULT X'123e4567e89b12d3a456426614174000', PRIMARY KEY (\"id\"))"),
                dialect.render(new CreateTable(devices), Schema.EMPTY));
        Schema schema = new Schema(List.of(devices));
        assertEquals(List.of("INSERT INTO \"devices\" (\"id\", \"token\") VALUES"
                        + " (X'f81d4fae7dec11d0a76500a0c91e6bf6', NULL), (X'123e4567e89b12d3a456426614174000', NULL)"),
                dialect.render(new BulkInsert("devices", List.of("id", "token"),
                        List.of(Arrays.asList(OTHER, null), Arrays.asList(TOKEN.toString(), null))), schema));
        assertEquals(List.of("DELETE FROM \"devices\" WHERE (\"id\" = X'123e4567e89b12d3a456426614174000')"),
                dialect.render(new DeleteRows("devices", List.of("id"), List.of(List.of(TOKEN.toString()))), schema));
    }

    @Test
    void valuesRetortWritesReadBackAsTheSameUuid() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            Table devices = new Table("devices", List.of(new Column("id", BIGINT, false, true),
                    new Column("token", UUID, true, false, Optional.of(DefaultValue.of(TOKEN.toString())),
                            Optional.empty()),
                    new Column("data", BINARY, true, false)), List.of("id"), List.of(), List.of(), List.of());
            Schema schema = Schema.EMPTY;
            List<Operation> operations = List.of(new CreateTable(devices),
                    new BulkInsert("devices", List.of("id", "token"), List.of(List.of(1L, OTHER),
                            List.of(2L, OTHER.toString()))),
                    new BulkInsert("devices", List.of("id"), List.of(List.of(3L))),
                    // Rows exist: the NOT NULL column is backfilled, here with the nil UUID (the zero value).
                    new AddColumn("devices", new Column("owner", UUID, false, false), null,
                            Optional.of(DefaultValue.zero(UUID))));
            for (Operation operation : operations) {
                execute(connection, dialect.render(operation, schema, connection));
                schema = operation.applyTo(schema);
            }
            assertEquals(dialect.normalize(schema), dialect.readSchema(connection));
            assertEquals(UUID, dialect.readSchema(connection).requireTable("devices").column("token").orElseThrow()
                    .type());
            assertEquals(List.of("blob(16)", "blob(16)", "BLOB"), declaredTypes(connection, "devices", "token",
                    "owner", "data"));
            assertEquals(List.of(OTHER + " " + new java.util.UUID(0, 0), OTHER + " " + new java.util.UUID(0, 0),
                    TOKEN + " " + new java.util.UUID(0, 0)), uuids(connection));
        }
    }

    @Test
    void readsColumnsThatEarlierVersionsDeclaredUuid() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            execute(connection, List.of("CREATE TABLE \"devices\" (\"id\" integer NOT NULL, \"token\" uuid"
                    + " DEFAULT '123e4567-e89b-12d3-a456-426614174000', PRIMARY KEY (\"id\"))"));
            Table model = new Table("devices", List.of(new Column("id", BIGINT, false, true),
                    new Column("token", UUID, true, false, Optional.of(DefaultValue.of(TOKEN.toString())),
                            Optional.empty())), List.of("id"), List.of(), List.of(), List.of());
            assertEquals(dialect.normalize(new Schema(List.of(model))), dialect.readSchema(connection));
        }
    }

    /** Each row's UUIDs read from their 16 bytes as Hibernate reads them: most significant 64 bits first. */
    private static List<String> uuids(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT \"token\", \"owner\", typeof(\"token\"),"
                        + " length(\"token\") FROM \"devices\" ORDER BY \"id\"")) {
            while (row.next()) {
                assertEquals("blob 16", row.getString(3) + " " + row.getInt(4));
                rows.add(uuid(row.getBytes(1)) + " " + uuid(row.getBytes(2)));
            }
        }
        return rows;
    }

    private static java.util.UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new java.util.UUID(buffer.getLong(), buffer.getLong());
    }

    private static List<String> declaredTypes(Connection connection, String table, String... columns)
            throws SQLException {
        List<String> types = new ArrayList<>();
        for (String column : columns) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT type FROM pragma_table_info('" + table + "')"
                            + " WHERE name = '" + column + "'")) {
                row.next();
                types.add(row.getString(1));
            }
        }
        return types;
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
