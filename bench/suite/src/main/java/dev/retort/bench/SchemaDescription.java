package dev.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The user's schema of a database as text, one line per table, column (in order), constraint and index, read from the
 * database's own catalog ({@code sqlite_master} and its pragmas; PostgreSQL's {@code information_schema} and
 * {@code pg_indexes}). The tables each tool keeps for itself are left out. Two databases hold the same schema when
 * their descriptions are equal.
 */
final class SchemaDescription {

    /** The tools' own tables: Retort's, Flyway's and Liquibase's. */
    static final Set<String> BOOKKEEPING = Set.of("retort_version", "retort_history", "flyway_schema_history",
            "databasechangelog", "databasechangeloglock");

    private SchemaDescription() {}

    static List<String> of(Engine.Target target) {
        try (Connection connection = target.connect()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("sqlite") ? sqlite(connection) : postgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema of " + target.url() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails, listing the first differences, unless every description equals the first one.
     *
     * @param descriptions the databases' descriptions, by name
     */
    static void requireEqual(String what, List<String> names, List<List<String>> descriptions) {
        List<String> reference = descriptions.get(0);
        if (reference.isEmpty()) {
            throw new IllegalStateException(what + ": " + names.get(0) + " has no tables at all");
        }
        for (int i = 1; i < descriptions.size(); i++) {
            List<String> other = descriptions.get(i);
            if (!other.equals(reference)) {
                List<String> onlyReference = new ArrayList<>(reference);
                onlyReference.removeAll(other);
                List<String> onlyOther = new ArrayList<>(other);
                onlyOther.removeAll(reference);
                throw new IllegalStateException(what + ": the schemas of " + names.get(0) + " and " + names.get(i)
                        + " differ.\nonly in " + names.get(0) + ": " + first(onlyReference) + "\nonly in "
                        + names.get(i) + ": " + first(onlyOther));
            }
        }
    }

    private static List<String> first(List<String> lines) {
        return lines.subList(0, Math.min(10, lines.size()));
    }

    private static List<String> sqlite(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String table : strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            if (BOOKKEEPING.contains(table.toLowerCase(Locale.ROOT))) {
                continue;
            }
            lines.add("table " + table);
            String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
            try (Statement statement = connection.createStatement()) {
                try (ResultSet column = statement.executeQuery("PRAGMA table_info(" + quoted + ")")) {
                    while (column.next()) {
                        lines.add("column " + table + " #" + column.getInt("cid") + " " + column.getString("name")
                                + " " + column.getString("type").toLowerCase(Locale.ROOT)
                                + (column.getInt("notnull") == 1 ? " not null" : "")
                                + (column.getString("dflt_value") == null ? "" : " default " + column.getString(
                                        "dflt_value"))
                                + (column.getInt("pk") > 0 ? " primary key #" + column.getInt("pk") : ""));
                    }
                }
                List<String[]> indexes = new ArrayList<>();
                try (ResultSet index = statement.executeQuery("PRAGMA index_list(" + quoted + ")")) {
                    while (index.next()) {
                        indexes.add(new String[] {index.getString("name"), index.getString("unique"),
                            index.getString("origin")});
                    }
                }
                for (String[] index : indexes) {
                    List<String> columns = new ArrayList<>();
                    try (ResultSet column = statement.executeQuery(
                            "PRAGMA index_info(\"" + index[0].replace("\"", "\"\"") + "\")")) {
                        while (column.next()) {
                            columns.add(column.getString("name"));
                        }
                    }
                    lines.add("index " + table + "." + index[0] + " " + columns + " unique=" + index[1] + " origin="
                            + index[2]);
                }
                try (ResultSet fk = statement.executeQuery("PRAGMA foreign_key_list(" + quoted + ")")) {
                    while (fk.next()) {
                        lines.add("foreign key " + table + "." + fk.getString("from") + " -> " + fk.getString("table")
                                + "." + fk.getString("to") + " on delete " + fk.getString("on_delete"));
                    }
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> postgres(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (String table : strings(connection, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            if (!BOOKKEEPING.contains(table.toLowerCase(Locale.ROOT))) {
                tables.add(table);
                lines.add("table " + table);
            }
        }
        String columns = "SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision,"
                + " numeric_scale, datetime_precision, is_nullable, column_default, is_identity"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " ORDER BY table_name, ordinal_position";
        String previous = null;
        int position = 0;
        try (Statement statement = connection.createStatement(); ResultSet column = statement.executeQuery(columns)) {
            while (column.next()) {
                String table = column.getString("table_name");
                if (!tables.contains(table)) {
                    continue;
                }
                position = table.equals(previous) ? position + 1 : 0;
                previous = table;
                lines.add("column " + table + " #" + position + " " + column.getString("column_name") + " "
                        + column.getString("data_type")
                        + size(column, "character_maximum_length") + size(column, "numeric_precision")
                        + size(column, "numeric_scale") + size(column, "datetime_precision")
                        + ("NO".equals(column.getString("is_nullable")) ? " not null" : "")
                        + (column.getString("column_default") == null ? "" : " default " + column.getString(
                                "column_default"))
                        + ("YES".equals(column.getString("is_identity")) ? " identity" : ""));
            }
        }
        String constraints = "SELECT tc.table_name, tc.constraint_name, tc.constraint_type,"
                + " string_agg(k.column_name, ',' ORDER BY k.ordinal_position) AS columns"
                + " FROM information_schema.table_constraints tc"
                + " LEFT JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema"
                + " AND k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name"
                + " WHERE tc.table_schema = current_schema() AND tc.constraint_type <> 'CHECK'"
                + " GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type";
        try (Statement statement = connection.createStatement();
                ResultSet constraint = statement.executeQuery(constraints)) {
            while (constraint.next()) {
                if (tables.contains(constraint.getString("table_name"))) {
                    lines.add("constraint " + constraint.getString("table_name") + "."
                            + constraint.getString("constraint_name") + " " + constraint.getString("constraint_type")
                            + " (" + constraint.getString("columns") + ")");
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()");
                ResultSet index = statement.executeQuery()) {
            while (index.next()) {
                if (tables.contains(index.getString("tablename"))) {
                    lines.add("index " + index.getString("tablename") + "." + index.getString("indexname") + " "
                            + index.getString("indexdef"));
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String size(ResultSet column, String name) throws SQLException {
        String value = column.getString(name);
        return value == null ? "" : " " + name + "=" + value;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}
