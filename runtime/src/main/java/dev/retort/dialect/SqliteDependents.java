package dev.retort.dialect;

import dev.retort.schema.Names;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a SQLite table rebuild must put back that the schema model does not hold, as {@code sqlite_schema} stores it:
 * the table's indexes made by hand, its triggers, the views that mention it and the triggers on those views, and the
 * triggers of other tables that mention it. Dropping the table takes the first two with it; the others must be
 * dropped before and created again after, or SQLite's RENAME refuses to run over their dangling references.
 *
 * <p>"Mentions" is a case-insensitive substring test on the stored SQL: recreating an object that did not need it is
 * harmless, missing one is not.
 */
record SqliteDependents(List<Stored> objects) {

    /** An object as {@code sqlite_schema} keeps it; {@code sql} is run again as it is. */
    record Stored(String type, String name, String sql) {

        boolean isView() {
            return type.equals("view");
        }
    }

    static final SqliteDependents NONE = new SqliteDependents(List.of());

    SqliteDependents {
        objects = List.copyOf(objects);
    }

    /**
     * The dependents of {@code table} in the live database, in the order they were created.
     *
     * @param modelIndexes the names of the indexes the model has (or had, earlier in the same upgrade): the rebuild
     *     creates the model's from the model, and must not bring back one that an earlier step dropped
     */
    static SqliteDependents read(Connection connection, Table table, Set<String> modelIndexes) throws SQLException {
        return new SqliteDependents(Catalog.query(connection, query(table, modelIndexes),
                row -> new Stored(row.getString("type"), row.getString("name"), row.getString("sql"))));
    }

    /**
     * The query that finds them. Names are inlined as literals so that the guard can run the very same text when the
     * revision runs.
     */
    static String query(Table table, Set<String> modelIndexes) {
        String name = literal(Names.unquoted(table.name()));
        String mentions = "instr(lower(sql), lower(" + name + ")) > 0";
        String excluded = new TreeSet<>(modelIndexes).stream()
                .map(index -> literal(Names.unquoted(index)))
                .collect(Collectors.joining(", "));
        return "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND ("
                + "(type = 'index' AND tbl_name = " + name + " COLLATE NOCASE"
                + (excluded.isEmpty() ? "" : " AND name COLLATE NOCASE NOT IN (" + excluded + ")") + ")"
                + " OR (type = 'view' AND " + mentions + ")"
                + " OR (type = 'trigger' AND (tbl_name = " + name + " COLLATE NOCASE OR " + mentions
                + " OR tbl_name IN (SELECT name FROM sqlite_schema WHERE type = 'view' AND " + mentions + "))))"
                + " ORDER BY rowid";
    }

    /** One line per object, as the guard compares them. */
    String fingerprint() {
        return objects.stream().map(o -> o.type() + " " + o.name() + " " + o.sql()).collect(Collectors.joining("\n"));
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
