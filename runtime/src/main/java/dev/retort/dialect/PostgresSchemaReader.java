package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads PostgreSQL's tables and sequences from its catalog, under the names they are stored with: those of the current
 * schema by their name, those of every other schema of the database's own (not {@code pg_catalog},
 * {@code information_schema}, {@code pg_toast}, ...) by a qualified name ({@link SqlDialect#storedQualifiedName}).
 */
final class PostgresSchemaReader {

    /** The database's own schemas, which hold no user tables. */
    private static final String USER_SCHEMA = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

    private static final String TABLES = """
            SELECT n.nspname, t.relname, obj_description(t.oid, 'pg_class') AS comment,
                   n.nspname = current_schema() AS current
            FROM pg_class t
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE %s AND t.relkind IN ('r', 'p') AND NOT t.relispartition
            ORDER BY n.nspname, t.relname""".formatted(USER_SCHEMA);

    /**
     * The columns, each type as {@code format_type} prints it; the default of a generated column is its expression,
     * which is not a default.
     */
    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
                   a.attidentity <> '' AS identity,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS column_default,
                   col_description(a.attrelid, a.attnum) AS comment
            FROM pg_attribute a
            JOIN pg_class t ON t.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ? AND t.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";

    /** One row per column of each primary key, unique constraint and foreign key, in key order. */
    private static final String CONSTRAINTS = """
            SELECT con.conname, con.contype, col.attname, ref.relname AS referenced_table,
                   refns.nspname AS referenced_schema, refns.nspname = current_schema() AS referenced_current,
                   refcol.attname AS referenced_column, con.confdeltype
            FROM pg_constraint con
            JOIN pg_class t ON t.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refattnum, position)
            JOIN pg_attribute col ON col.attrelid = con.conrelid AND col.attnum = k.attnum
            LEFT JOIN pg_class ref ON ref.oid = con.confrelid
            LEFT JOIN pg_namespace refns ON refns.oid = ref.relnamespace
            LEFT JOIN pg_attribute refcol ON refcol.attrelid = con.confrelid AND refcol.attnum = k.refattnum
            WHERE n.nspname = ? AND t.relname = ? AND con.contype IN ('p', 'u', 'f')
            ORDER BY con.conname, k.position""";

    /**
     * The check constraints, with the expression as PostgreSQL rewrote it and, in the constraint's comment, as Retort
     * wrote it.
     */
    private static final String CHECKS = """
            SELECT con.conname, pg_get_constraintdef(con.oid) AS definition,
                   obj_description(con.oid, 'pg_constraint') AS written
            FROM pg_constraint con
            JOIN pg_class t ON t.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ? AND t.relname = ? AND con.contype = 'c'
            ORDER BY con.conname""";

    /** Sequences of their own: not those behind identity ('i') or serial ('a') columns. */
    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement, n.nspname = current_schema() AS current
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
            ORDER BY n.nspname, c.relname""".formatted(USER_SCHEMA);

    /**
     * One row per column of each index that no primary key, unique or exclusion constraint owns, with its order (bit 1
     * of indoption: DESC). (A foreign key also names an index in conindid, the referenced table's, which is why the
     * constraint type matters.)
     */
    private static final String INDEXES = """
            SELECT i.relname, x.indisunique, col.attname, (k.option & 1) = 1 AS descending
            FROM pg_index x
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_class i ON i.oid = x.indexrelid
            CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indoption::int2[])
                WITH ORDINALITY AS k(attnum, option, position)
            JOIN pg_attribute col ON col.attrelid = t.oid AND col.attnum = k.attnum
            WHERE n.nspname = ? AND t.relname = ?
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = x.indexrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY i.relname, k.position""";

    private record ConstraintColumn(String name, String type, String column, String referencedTable,
            String referencedColumn, String onDelete) {}

    /** A table: the schema and the name it is stored with, and the name the reader gives it. */
    private record StoredTable(String schema, String table, String name, Optional<String> comment) {}

    private PostgresSchemaReader() {}

    /** Retort's own tables ({@code retort_...}) are left out, in whichever schema. */
    static Schema read(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (StoredTable stored : Catalog.query(connection, TABLES, row -> new StoredTable(row.getString(1),
                row.getString(2), name(row.getString(1), row.getString(2), row.getBoolean(4)),
                Optional.ofNullable(row.getString(3))))) {
            if (!SqlDialect.isInternalTable(stored.table())) {
                tables.add(table(connection, stored).withComment(stored.comment()));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Sequence sequence : Catalog.query(connection, SEQUENCES, row -> new Sequence(
                name(row.getString(1), row.getString(2), row.getBoolean(5)), row.getLong(3), row.getLong(4)))) {
            if (!SqlDialect.isInternalTable(Names.unquoted(Names.tableOf(sequence.name())))) {
                sequences.add(sequence);
            }
        }
        return new Schema(tables, sequences);
    }

    /** The stored name of a table in the current schema; the stored qualified name of one in another. */
    private static String name(String schema, String table, boolean current) {
        return current ? table : SqlDialect.storedQualifiedName(schema, table);
    }

    private static Table table(Connection connection, StoredTable stored) throws SQLException {
        String name = stored.name();
        String[] where = {stored.schema(), stored.table()};
        List<Column> columns = Catalog.query(connection, COLUMNS, row -> column(name, row), where);
        Map<String, List<ConstraintColumn>> constraints = new LinkedHashMap<>();
        for (ConstraintColumn column : Catalog.query(connection, CONSTRAINTS, PostgresSchemaReader::constraintColumn,
                where)) {
            constraints.computeIfAbsent(column.name(), n -> new ArrayList<>()).add(column);
        }
        List<String> primaryKey = List.of();
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (var entry : constraints.entrySet()) {
            List<ConstraintColumn> parts = entry.getValue();
            List<String> keyColumns = parts.stream().map(ConstraintColumn::column).toList();
            switch (parts.get(0).type()) {
                case "p" -> primaryKey = keyColumns;
                case "u" -> uniqueConstraints.add(new UniqueConstraint(entry.getKey(), keyColumns));
                default -> foreignKeys.add(new ForeignKey(entry.getKey(), keyColumns, parts.get(0).referencedTable(),
                        parts.stream().map(ConstraintColumn::referencedColumn).toList(),
                        onDelete(parts.get(0).onDelete())));
            }
        }
        List<CheckConstraint> checks = Catalog.query(connection, CHECKS, row -> {
            String written = row.getString("written");
            return new CheckConstraint(row.getString("conname"),
                    written != null ? written : checkExpression(row.getString("definition")));
        }, where);
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes(connection, where), checks,
                Optional.empty());
    }

    private static ReferentialAction onDelete(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** The expression of a check, from {@code pg_get_constraintdef}'s {@code CHECK ((amount > 0))}. */
    private static String checkExpression(String definition) {
        String text = definition.strip();
        return text.startsWith("CHECK (") && text.endsWith(")")
                ? text.substring("CHECK (".length(), text.length() - 1)
                : text;
    }

    private static List<Index> indexes(Connection connection, String[] table) throws SQLException {
        record IndexColumn(String index, boolean unique, String column, boolean descending) {}
        Map<String, List<IndexColumn>> byIndex = new LinkedHashMap<>();
        for (IndexColumn column : Catalog.query(connection, INDEXES,
                row -> new IndexColumn(row.getString(1), row.getBoolean(2), row.getString(3), row.getBoolean(4)),
                table)) {
            byIndex.computeIfAbsent(column.index(), n -> new ArrayList<>()).add(column);
        }
        return byIndex.values().stream()
                .map(columns -> new Index(columns.get(0).index(),
                        columns.stream().map(IndexColumn::column).toList(), columns.get(0).unique(),
                        columns.stream().filter(IndexColumn::descending).map(IndexColumn::column)
                                .collect(Collectors.toSet())))
                .toList();
    }

    private static ConstraintColumn constraintColumn(ResultSet row) throws SQLException {
        String referenced = row.getString("referenced_table");
        return new ConstraintColumn(row.getString("conname"), row.getString("contype"), row.getString("attname"),
                referenced == null ? null
                        : name(row.getString("referenced_schema"), referenced, row.getBoolean("referenced_current")),
                row.getString("referenced_column"), row.getString("confdeltype"));
    }

    private static Column column(String table, ResultSet row) throws SQLException {
        String name = row.getString("attname");
        String where = "column " + table + "." + name;
        return new Column(name, PostgresTypes.read(row.getString("type")), row.getBoolean("nullable"),
                row.getBoolean("identity"),
                Optional.ofNullable(row.getString("column_default")).map(sql -> DefaultLiterals.parse(where, sql)),
                Optional.ofNullable(row.getString("comment")));
    }
}
