package dev.retort.dialect;

import dev.retort.schema.Column;
import dev.retort.schema.Names;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's table rebuild, for the changes its ALTER TABLE cannot make, in the order its documentation prescribes
 * (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): create the new table under a temporary name,
 * copy the rows with one {@code INSERT ... SELECT} (they never leave the database), drop the old table, rename the new
 * one, and create its indexes, triggers and views again. The new table is built from the model; what the model does
 * not hold comes from {@link SqliteDependents}. Foreign keys are switched off around the transaction and checked before
 * the commit by the dialect's {@link StepFrame}.
 *
 * <p>The dependents are known when the upgrade is planned, before any of its revisions runs ({@link SqliteCatalog}).
 * So that a revision earlier in the same run cannot have changed them unseen (their triggers would be lost without a
 * word), the statements start with a guard that reads them again and fails the revision, with a message saying so,
 * when they differ.
 *
 * @param before the table as it is
 * @param after the table as it becomes
 * @param sources for each column of {@code after} that takes its values from the old table, the SQL expression over
 *     the old table's columns that gives them; the other columns get their default
 * @param modelIndexes the index names the model knows, see {@link SqliteDependents#read}
 */
record SqliteRebuild(Table before, Table after, Map<String, String> sources, Set<String> modelIndexes) {

    static final String NEW_TABLE_PREFIX = "retort_rebuild_";
    private static final String GUARD_TABLE = "\"retort_rebuild_guard\"";

    SqliteRebuild {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        modelIndexes = Set.copyOf(modelIndexes);
    }

    /**
     * A rebuild that copies every column that {@code after} keeps from {@code before}, as it is; the columns of
     * {@code filled} get the value given instead.
     */
    static SqliteRebuild of(SqlDialect dialect, Table before, Table after, Map<String, String> filled,
            Set<String> modelIndexes) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Column column : after.columns()) {
            if (filled.containsKey(column.name())) {
                sources.put(column.name(), filled.get(column.name()));
            } else if (before.column(column.name()).isPresent()) {
                sources.put(column.name(), dialect.quote(column.name()));
            }
        }
        return new SqliteRebuild(before, after, sources, modelIndexes);
    }


    List<String> statements(SqlDialect dialect, SqliteDependents dependents) {
        List<String> statements = new ArrayList<>(guard(dialect, dependents));
        List<SqliteDependents.Stored> objects = dependents.objects();
        // Views go first, newest first, as views may use views; triggers go with the table or are dropped here.
        for (int i = objects.size() - 1; i >= 0; i--) {
            SqliteDependents.Stored object = objects.get(i);
            if (object.isView()) {
                statements.add("DROP VIEW " + dialect.quote(object.name()));
            } else if (object.type().equals("trigger")) {
                statements.add("DROP TRIGGER IF EXISTS " + dialect.quote(object.name()));
            }
        }
        String table = dialect.quote(after.name());
        String newTable = dialect.quote(NEW_TABLE_PREFIX + Names.unquoted(after.name()));
        Table definition = after.withName(NEW_TABLE_PREFIX + Names.unquoted(after.name())).withIndexes(List.of());
        // A foreign key of the table to itself names the table, which is the name the new table gets.
        statements.addAll(dialect.createTable(definition));
        statements.add("INSERT INTO " + newTable + " (" + String.join(", ", sources.keySet().stream()
                        .map(dialect::quote).toList()) + ") SELECT " + String.join(", ", sources.values())
                + " FROM " + dialect.quote(before.name()));
        statements.add("DROP TABLE " + dialect.quote(before.name()));
        statements.add("ALTER TABLE " + newTable + " RENAME TO " + table);
        after.indexes().forEach(index -> statements.add(dialect.createIndex(after.name(), index)));
        objects.forEach(object -> statements.add(object.sql()));
        return statements;
    }

    /**
     * Fails the revision, with a CHECK constraint whose name says why, when the table's dependents are no longer
     * those read when the upgrade was planned.
     */
    private List<String> guard(SqlDialect dialect, SqliteDependents dependents) {
        String why = Names.unquoted(before.name()) + " has indexes, triggers or views that changed after this upgrade"
                + " was planned (a revision before this one changed them); run the upgrade again";
        String current = "(SELECT coalesce(group_concat(type || ' ' || name || ' ' || sql, char(10)), '') FROM ("
                + SqliteDependents.query(before, modelIndexes) + "))";
        return List.of(
                "CREATE TEMP TABLE " + GUARD_TABLE + " (\"unchanged\" boolean CONSTRAINT " + dialect.quote(why)
                        + " CHECK (\"unchanged\"))",
                "INSERT INTO temp." + GUARD_TABLE + " VALUES (" + current + " = "
                        + SqliteDependents.literal(dependents.fingerprint()) + ")",
                "DROP TABLE temp." + GUARD_TABLE);
    }
}
