package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.StepFrame;
import dev.retort.operation.BulkInsert;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One live database that property tests build, fill, change and read back, as the migrator would: the operations of
 * a step in one transaction, inside the dialect's {@link StepFrame}.
 */
final class LiveSchemas {

    /** Rows each table gets; ids 0 and 1, so that row n can always point at row n of another table. */
    static final int ROWS = 2;

    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, Object> fixedValues;

    LiveSchemas(Connection connection, Dialect dialect) {
        this(connection, dialect, Map.of());
    }

    /** @param fixedValues the value of some columns, by {@code table.column}, e.g. to satisfy a check constraint */
    LiveSchemas(Connection connection, Dialect dialect, Map<String, Object> fixedValues) {
        this.connection = connection;
        this.dialect = dialect;
        this.fixedValues = Map.copyOf(fixedValues);
    }

    /**
     * Builds {@code a} in the emptied database, fills it, upgrades it to {@code b} and downgrades it again, checking
     * the schema read back at each step and that the rows kept their values wherever their column lives on.
     */
    void roundTrip(Schema a, Schema b, Renames renames) throws SQLException {
        reset();
        Schema built = apply(SchemaDiff.diff(Schema.EMPTY, a), Schema.EMPTY);
        assertIs(built, "A");
        insertRows(built);
        Map<String, List<Map<String, String>>> rowsOfA = rows(built);

        List<Operation> upgrade = SchemaDiff.diff(built, b, renames);
        Schema upgraded = apply(upgrade, built);
        assertEquals(List.of(), SchemaDiff.diff(upgraded, b), "the upgrade leads to B");
        assertIs(upgraded, "B");
        RowsCompared.assertKept(rowsOfA, rows(upgraded), built, upgraded, renames, true);

        List<Operation> downgrade = new ArrayList<>(upgrade.stream().map(Operation::reverse).toList());
        Collections.reverse(downgrade);
        Schema downgraded = apply(downgrade, upgraded);
        assertEquals(List.of(), SchemaDiff.diff(downgraded, built), "the downgrade leads back to A");
        assertIs(downgraded, "A again");
        RowsCompared.assertKept(rowsOfA, rows(downgraded), built, downgraded,
                RowsCompared.survivors(built, upgraded, renames), false);
    }

    /**
     * Empties the database (on PostgreSQL, every schema of the user's); on SQLite, foreign keys are on afterwards, so
     * that rebuilds are checked.
     */
    void reset() throws SQLException {
        if (dialect.name().equals("postgresql")) {
            List<String> drops = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT quote_ident(nspname) FROM pg_namespace"
                            + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'")) {
                while (rows.next()) {
                    drops.add("DROP SCHEMA " + rows.getString(1) + " CASCADE");
                }
            }
            drops.add("CREATE SCHEMA public");
            execute(drops);
            return;
        }
        execute(List.of("PRAGMA foreign_keys = OFF"));
        List<String> drops = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT type, name FROM sqlite_schema"
                        + " WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                drops.add("DROP " + rows.getString(1).toUpperCase() + " IF EXISTS \"" + rows.getString(2) + "\"");
            }
        }
        execute(drops);
        execute(List.of("PRAGMA foreign_keys = ON"));
    }

    /**
     * Runs the operations as one step, rendered against the live database by a dialect of its own, as the migrator
     * does for each command; returns the model after them.
     */
    Schema apply(List<Operation> operations, Schema before) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        List<String> statements = new ArrayList<>();
        Schema schema = before;
        for (Operation operation : operations) {
            statements.addAll(dialect.render(operation, schema, connection));
            schema = operation.applyTo(schema);
        }
        if (Boolean.getBoolean("retort.debug")) {
            statements.forEach(System.out::println);
        }
        StepFrame frame = dialect.frame(operations, before, connection);
        execute(frame.beforeBegin());
        connection.setAutoCommit(false);
        try {
            for (String sql : statements) {
                try {
                    dialect.execute(connection, sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + " [statement: " + sql + "]", e.getSQLState(), e);
                }
            }
            for (String check : frame.checksBeforeCommit()) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(check)) {
                    if (rows.next()) {
                        throw new AssertionError(check + " returned rows");
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            execute(frame.afterEnd());
        }
        return schema;
    }

    void assertIs(Schema model, String what) throws SQLException {
        Schema expected = dialect.normalize(model);
        Schema actual = dialect.readSchema(connection);
        if (!expected.equals(actual)) {
            StringBuilder message = new StringBuilder(what + " does not read back as its model:");
            for (Table table : expected.tables()) {
                Table read = actual.table(table.name()).orElse(null);
                if (!table.equals(read)) {
                    message.append("\n  expected ").append(table).append("\n  but read ").append(read);
                }
            }
            actual.tables().stream().filter(t -> expected.table(t.name()).isEmpty())
                    .forEach(t -> message.append("\n  and read ").append(t));
            if (!expected.sequences().equals(actual.sequences())) {
                message.append("\n  sequences ").append(expected.sequences()).append(" but read ")
                        .append(actual.sequences());
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * {@link #ROWS} rows in every table, a value in every column; row n of a table references row n of the tables it
     * references (distinct, for unique constraints). Tables go in after those they reference; a reference that closes
     * a cycle is set once all rows are in.
     */
    void insertRows(Schema schema) throws SQLException {
        TableOrder order = TableOrder.creationOrder(schema.tables());
        List<Operation> inserts = new ArrayList<>();
        for (Table table : order.tables()) {
            Table full = schema.requireTable(table.name());
            List<String> columns = full.columns().stream().map(Column::name).toList();
            List<List<Object>> rows = new ArrayList<>();
            for (int row = 0; row < ROWS; row++) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < full.columns().size(); i++) {
                    Column column = full.columns().get(i);
                    String key = table.name() + "." + column.name();
                    values.add(isReference(full, column) ? (isReference(table, column) ? (Object) (long) row : null)
                            : fixedValues.containsKey(key) ? fixedValues.get(key) : value(column.type(), row, i));
                }
                rows.add(values);
            }
            inserts.add(new BulkInsert(table.name(), columns, rows));
        }
        for (Map.Entry<String, ForeignKey> deferred : order.deferredForeignKeys()) {
            for (String column : deferred.getValue().columns()) {
                inserts.add(new ExecuteSql("UPDATE " + dialect.quote(deferred.getKey()) + " SET "
                        + dialect.quote(column) + " = " + dialect.quote("id")));
            }
        }
        apply(inserts, schema);
    }

    /** The rows of every table, by id, each column's value as JDBC gives it as a string. */
    Map<String, List<Map<String, String>>> rows(Schema schema) throws SQLException {
        Map<String, List<Map<String, String>>> result = new TreeMap<>();
        for (Table table : schema.tables()) {
            List<Map<String, String>> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet set = statement.executeQuery("SELECT * FROM " + dialect.quote(table.name())
                            + " ORDER BY " + dialect.quote("id"))) {
                ResultSetMetaData meta = set.getMetaData();
                while (set.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), String.valueOf(set.getString(i)));
                    }
                    rows.add(row);
                }
            }
            result.put(table.name(), rows);
        }
        return result;
    }

    private static boolean isReference(Table table, Column column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()));
    }

    /** A value of {@code type} for row {@code row}, column {@code index}: distinct per row, short enough for any. */
    private static Object value(ColumnType type, int row, int index) {
        return switch (type.kind()) {
            case SMALLINT -> (short) (row + index);
            case INTEGER -> row * 10 + index;
            case BIGINT -> (long) row;
            case BOOLEAN -> row % 2 == 0;
            case DOUBLE -> 1.5 + row;
            case NUMERIC -> new BigDecimal("12.50").add(BigDecimal.valueOf(row));
            case VARCHAR -> "v" + row + "'" + index;
            case DATE -> LocalDate.of(2026, 1, 1 + row);
            case TIMESTAMP -> LocalDateTime.of(2026, 1, 1 + row, 8, 30, 15);
            case TIMESTAMP_TZ -> OffsetDateTime.of(2026, 1, 1 + row, 8, 30, 15, 0, ZoneOffset.ofHours(2));
            case UUID -> new UUID(row, index);
            case BINARY, BLOB -> new byte[] {(byte) row, (byte) index};
            case REAL -> 1.5f + row;
            case CHAR -> String.valueOf((char) ('a' + row));
            case TIME -> LocalTime.of(8, 30, 15 + row);
            case CLOB -> "clob " + row + "'" + index;
            case CUSTOM -> switch (type.sqlType()) {
                case "jsonb" -> "{\"row\": " + row + "}";
                case "int4" -> row * 10 + index;
                default -> "c" + row + "'" + index;
            };
        };
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + " [statement: " + sql + "]", e.getSQLState(), e);
                }
            }
        }
    }
}
