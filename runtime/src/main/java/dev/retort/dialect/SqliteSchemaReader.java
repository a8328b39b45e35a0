package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads SQLite's tables from its pragmas under the names they are stored with, and the tables that stand for
 * sequences ({@link SqliteSequences}) as sequences; constraint names, which the pragmas do not report, come from the
 * CREATE TABLE text (see {@link SqliteConstraintNames}). A constraint written without a name, which Retort never does,
 * reads back with the name Retort would have given it.
 */
final class SqliteSchemaReader {

    private static final String TABLES = "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name";
    private static final String COLUMNS =
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid";
    /** Origin 'c': made by CREATE INDEX; 'u': by a UNIQUE constraint; 'pk': by a primary key that is not the rowid. */
    private static final String INDEXES = "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name";
    /** The key columns of an index (not the rowid that index_xinfo lists after them), each with its order. */
    private static final String INDEX_COLUMNS =
            "SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE \"key\" ORDER BY seqno";
    private static final String FOREIGN_KEYS = "SELECT id, \"table\", \"from\", \"to\", on_delete"
            + " FROM pragma_foreign_key_list(?) ORDER BY id, seq";

    private record StoredColumn(String name, String declaredType, boolean notNull, String defaultSql, int keyPosition) {}

    private record StoredIndex(String name, boolean unique, String origin) {}

    private record IndexColumn(String name, boolean descending) {}

    private record ForeignKeyColumn(
            int id, String referencedTable, String column, String referencedColumn, String onDelete) {}

    private SqliteSchemaReader() {}

    static Schema read(Connection connection) throws SQLException {
        record StoredTable(String name, String sql) {}
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (StoredTable stored : Catalog.query(connection, TABLES,
                row -> new StoredTable(row.getString("name"), row.getString("sql")))) {
            if (SqlDialect.isInternalTable(stored.name())) {
                continue;
            }
            if (SqliteSequences.isSequence(stored.sql())) {
                sequences.add(SqliteSequences.kept(stored.name()));
            } else {
                tables.add(table(connection, stored.name(), SqliteConstraintNames.parse(stored.sql())));
            }
        }
        return new Schema(tables, sequences);
    }

    private static Table table(Connection connection, String name, SqliteConstraintNames constraintNames)
            throws SQLException {
        List<StoredColumn> stored = Catalog.query(connection, COLUMNS, row -> new StoredColumn(row.getString("name"),
                row.getString("type"), row.getBoolean("notnull"), row.getString("dflt_value"), row.getInt("pk")),
                name);
        List<String> primaryKey = stored.stream()
                .filter(c -> c.keyPosition() > 0)
                .sorted(Comparator.comparingInt(StoredColumn::keyPosition))
                .map(StoredColumn::name)
                .toList();
        List<StoredIndex> indexes = Catalog.query(connection, INDEXES,
                row -> new StoredIndex(row.getString("name"), row.getBoolean("unique"), row.getString("origin")), name);
        // A single-column primary key declared exactly "integer" is the rowid, unless an index backs the key
        // (a WITHOUT ROWID table): then the database generates its values.
        boolean rowidKey = primaryKey.size() == 1
                && stored.stream().anyMatch(c -> c.name().equals(primaryKey.get(0))
                        && "integer".equalsIgnoreCase(c.declaredType()))
                && indexes.stream().noneMatch(i -> i.origin().equals("pk"));
        List<Column> columns = new ArrayList<>();
        for (StoredColumn column : stored) {
            if (rowidKey && column.name().equals(primaryKey.get(0))) {
                columns.add(new Column(column.name(), ColumnType.INTEGER, false, true));
                continue;
            }
            ColumnType type = type(name, column);
            columns.add(SqliteTypes.read(column.name(), type, !column.notNull(),
                    Optional.ofNullable(column.defaultSql()).map(sql -> DefaultLiterals.parse(
                            "column " + name + "." + column.name(), sql, type))));
        }
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        List<Index> plainIndexes = new ArrayList<>();
        for (StoredIndex index : indexes) {
            List<IndexColumn> keyColumns = Catalog.query(connection, INDEX_COLUMNS,
                    row -> new IndexColumn(row.getString(1), row.getBoolean(2)), index.name());
            List<String> indexColumns = keyColumns.stream().map(IndexColumn::name).toList();
            if (index.origin().equals("u")) {
                uniqueConstraints.add(new UniqueConstraint(constraintNames.uniqueConstraint(indexColumns)
                        .orElseGet(() -> Names.uniqueConstraint(name, indexColumns)), indexColumns));
            } else if (index.origin().equals("c")) {
                plainIndexes.add(new Index(index.name(), indexColumns, index.unique(), keyColumns.stream()
                        .filter(IndexColumn::descending).map(IndexColumn::name).collect(Collectors.toSet())));
            }
        }
        List<CheckConstraint> checks = constraintNames.checks().entrySet().stream()
                .map(check -> new CheckConstraint(check.getKey(), check.getValue()))
                .toList();
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys(connection, name, constraintNames),
                plainIndexes, checks, Optional.empty());
    }

    private static List<ForeignKey> foreignKeys(Connection connection, String table,
            SqliteConstraintNames constraintNames) throws SQLException {
        Map<Integer, List<ForeignKeyColumn>> byId = new LinkedHashMap<>();
        for (ForeignKeyColumn column : Catalog.query(connection, FOREIGN_KEYS, row -> new ForeignKeyColumn(
                row.getInt("id"), row.getString("table"), row.getString("from"), row.getString("to"),
                row.getString("on_delete")), table)) {
            byId.computeIfAbsent(column.id(), id -> new ArrayList<>()).add(column);
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (List<ForeignKeyColumn> parts : byId.values()) {
            List<String> columns = parts.stream().map(ForeignKeyColumn::column).toList();
            String referencedTable = parts.get(0).referencedTable();
            String name = constraintNames.foreignKey(columns, referencedTable)
                    .orElseGet(() -> Names.foreignKey(table, columns));
            foreignKeys.add(new ForeignKey(name, columns, referencedTable,
                    parts.stream().map(ForeignKeyColumn::referencedColumn).toList(),
                    ReferentialAction.fromSql(parts.get(0).onDelete())));
        }
        return foreignKeys;
    }

    private static ColumnType type(String table, StoredColumn column) {
        try {
            return SqliteTypes.read(column.declaredType());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("column " + table + "." + column.name()
                    + " has a type Retort cannot represent: '" + column.declaredType() + "' (" + e.getMessage() + ")",
                    e);
        }
    }
}
