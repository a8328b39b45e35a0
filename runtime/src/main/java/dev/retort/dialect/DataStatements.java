package dev.retort.dialect;

import dev.retort.operation.BatchedUpdate;
import dev.retort.operation.BulkInsert;
import dev.retort.operation.DeleteRows;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Names;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The statements of the data operations: rows inserted or deleted as literals, updates in batches. */
final class DataStatements {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private DataStatements() {}

    /** The rows as literals; a value of a large-object column becomes a large object (PostgreSQL). */
    static List<String> insert(SqlDialect dialect, BulkInsert insert, Table table) {
        List<ColumnType> types = insert.columns().stream()
                .map(name -> table.column(name).map(Column::type).orElse(ColumnType.VARCHAR(1)))
                .toList();
        List<String> statements = new ArrayList<>();
        String into = "INSERT INTO " + dialect.quote(insert.table()) + " " + dialect.columnList(insert.columns())
                + " VALUES ";
        for (List<List<Object>> chunk : chunks(insert.rows())) {
            statements.add(into + chunk.stream()
                    .map(row -> IntStream.range(0, row.size())
                            .mapToObj(i -> dialect.valueLiteral(row.get(i), types.get(i)))
                            .collect(Collectors.joining(", ", "(", ")")))
                    .collect(Collectors.joining(", ")));
        }
        return statements;
    }

    static List<String> delete(SqlDialect dialect, DeleteRows delete, Table table) {
        List<String> keys = delete.matchedBy(table);
        List<Integer> positions = keys.stream().map(key -> delete.columns().indexOf(key)).toList();
        List<String> statements = new ArrayList<>();
        for (List<List<Object>> chunk : chunks(delete.rows())) {
            statements.add("DELETE FROM " + dialect.quote(delete.table()) + " WHERE " + chunk.stream()
                    .map(row -> matching(dialect, keys, positions, row, table))
                    .collect(Collectors.joining(" OR ")));
        }
        return statements;
    }

    /**
     * One UPDATE per range of the key, the first and last ranges open so that rows added after the table was measured
     * are updated too. Without a live database, an integer key or more than one batch of rows, one UPDATE.
     */
    static List<String> batchedUpdate(SqlDialect dialect, BatchedUpdate update, Table table,
            Optional<Connection> connection) throws SQLException {
        String statement = "UPDATE " + dialect.quote(update.table()) + " SET " + update.set();
        String where = update.where().map(condition -> "(" + condition + ")").orElse("");
        Optional<String> key = update.batchKey(table);
        List<Long> bounds = key.isPresent() && connection.isPresent()
                ? bounds(dialect, connection.get(), update, key.get())
                : List.of();
        if (bounds.isEmpty()) {
            return List.of(statement + (where.isEmpty() ? "" : " WHERE " + where));
        }
        String column = dialect.quote(key.get());
        String prefix = statement + " WHERE " + (where.isEmpty() ? "" : where + " AND ");
        List<String> statements = new ArrayList<>();
        statements.add(prefix + column + " < " + bounds.get(0));
        for (int i = 1; i < bounds.size(); i++) {
            statements.add(prefix + column + " >= " + bounds.get(i - 1) + " AND " + column + " < " + bounds.get(i));
        }
        statements.add(prefix + column + " >= " + bounds.get(bounds.size() - 1));
        return statements;
    }

    /** The text a date, time or UUID is written as: ISO dates, times with microseconds, instants in UTC. */
    static String text(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.format(LOCAL);
        } else if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(LOCAL) + "+00:00";
        } else if (value instanceof Instant instant) {
            return text(instant.atOffset(ZoneOffset.UTC));
        }
        return value.toString();
    }

    /**
     * The inner bounds of the ranges, measured now: the table may not exist yet (an earlier revision of the same
     * upgrade creates it), then there is nothing to measure and the update is one statement.
     */
    private static List<Long> bounds(SqlDialect dialect, Connection connection, BatchedUpdate update, String key)
            throws SQLException {
        String column = dialect.quote(key);
        String sql = "SELECT min(" + column + "), max(" + column + "), count(*) FROM " + dialect.quote(update.table());
        long min;
        long max;
        long count;
        if (!tableExists(dialect, connection, update.table())) {
            return List.of();
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            min = row.getLong(1);
            max = row.getLong(2);
            count = row.getLong(3);
        }
        long batches = (count + update.batchSize() - 1) / update.batchSize();
        if (batches <= 1) {
            return List.of();
        }
        long width = Math.max(1, (max - min + batches) / batches);
        List<Long> bounds = new ArrayList<>();
        for (long bound = min + width; bound <= max; bound += width) {
            bounds.add(bound);
        }
        return bounds;
    }

    private static boolean tableExists(SqlDialect dialect, Connection connection, String table) throws SQLException {
        return !Catalog.query(connection, dialect.tableExistsQuery(), row -> row.getInt(1),
                Names.schemaOf(table).map(dialect::fold).orElse(null), dialect.fold(Names.tableOf(table))).isEmpty();
    }

    /** A UUID key given as text is compared as a UUID (16 bytes on SQLite). */
    private static String matching(SqlDialect dialect, List<String> keys, List<Integer> positions, List<Object> row,
            Table table) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Object value = row.get(positions.get(i));
            String column = dialect.quote(keys.get(i));
            boolean uuid = table.column(keys.get(i)).map(c -> c.type().kind() == ColumnType.Kind.UUID).orElse(false);
            terms.add(value == null ? column + " IS NULL" : column + " = " + (uuid
                    ? dialect.valueLiteral(value, ColumnType.UUID)
                    : dialect.valueLiteral(value)));
        }
        return "(" + String.join(" AND ", terms) + ")";
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += SqlDialect.ROWS_PER_STATEMENT) {
            chunks.add(items.subList(i, Math.min(items.size(), i + SqlDialect.ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
