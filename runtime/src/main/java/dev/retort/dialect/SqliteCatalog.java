package dev.retort.dialect;

import dev.retort.operation.DropTable;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.schema.Names;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The triggers, views and indexes of a SQLite database as they will be when each step of an upgrade runs, so that a
 * rebuild planned before the upgrade starts knows what the steps before it made. It starts from {@code sqlite_schema}
 * and follows the steps as they are rendered: {@code CREATE}/{@code DROP} of a trigger, view or index in an
 * {@code execute}, dropped tables, and rebuilds (which create their dependents anew, last). What it cannot follow —
 * a rename, which makes SQLite rewrite the objects that mention the name, a Java step, a statement it does not
 * understand — makes it fall back to reading the live database; the rebuild's guard then stops a stale plan.
 *
 * <p>Objects are kept in creation order and with the SQL text SQLite stores for them
 * ({@code CREATE TRIGGER <name ...>}, without {@code IF NOT EXISTS} or the final semicolon).
 */
final class SqliteCatalog {

    private static final Pattern CREATE = Pattern.compile(
            "(?is)\\s*CREATE\\s+(UNIQUE\\s+)?(TRIGGER|VIEW|INDEX)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(.*?)[\\s;]*");
    private static final Pattern DROP = Pattern.compile(
            "(?is)\\s*DROP\\s+(TRIGGER|VIEW|INDEX)\\s+(?:IF\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|[\\w$]+)[\\s;]*");
    private static final Pattern ON_TABLE = Pattern.compile("(?is)\\bON\\s+(\"(?:[^\"]|\"\")+\"|[\\w$]+)");
    private static final Pattern NAME = Pattern.compile("(?s)(\"(?:[^\"]|\"\")+\"|[\\w$]+)");

    /** An object as {@code sqlite_schema} has it. */
    record Entry(String type, String name, String table, String sql) {}

    private final Map<String, Entry> objects = new LinkedHashMap<>();
    private boolean loaded;
    private boolean followed = true;

    /** The dependents of {@code table} when the step being rendered runs. */
    SqliteDependents dependents(Connection connection, Table table, Set<String> modelIndexes) throws SQLException {
        if (!loaded || !followed) {
            return SqliteDependents.read(connection, table, modelIndexes);
        }
        String name = Names.unquoted(table.name());
        List<String> views = objects.values().stream()
                .filter(o -> o.type().equals("view") && mentions(o.sql(), name))
                .map(Entry::name)
                .toList();
        List<SqliteDependents.Stored> found = new ArrayList<>();
        for (Entry object : objects.values()) {
            boolean dependent = switch (object.type()) {
                case "index" -> sameName(object.table(), name)
                        && modelIndexes.stream().noneMatch(index -> sameName(Names.unquoted(index), object.name()));
                case "view" -> views.contains(object.name());
                default -> sameName(object.table(), name) || mentions(object.sql(), name)
                        || views.stream().anyMatch(view -> sameName(view, object.table()));
            };
            if (dependent) {
                found.add(new SqliteDependents.Stored(object.type(), object.name(), object.sql()));
            }
        }
        return new SqliteDependents(found);
    }

    /** Follows a step that was just rendered against {@code before}. */
    void rendered(Operation operation, Optional<SqliteRebuild> rebuild, SqliteDependents recreated) {
        if (!loaded || !followed) {
            return;
        }
        if (rebuild.isPresent()) {
            // Dropping the table took its indexes and triggers; the rebuild created its dependents again, last.
            String table = Names.unquoted(rebuild.get().before().name());
            objects.values().removeIf(o -> !o.type().equals("view") && sameName(o.table(), table));
            recreated.objects().forEach(o -> {
                objects.remove(key(o.name()));
                objects.put(key(o.name()), new Entry(o.type(), o.name(), tableOf(o), o.sql()));
            });
        } else if (operation instanceof ExecuteSql execute) {
            followed = follow(execute.sql());
        } else if (operation instanceof DropTable drop) {
            String table = Names.unquoted(drop.table().name());
            objects.values().removeIf(o -> !o.type().equals("view") && sameName(o.table(), table));
        } else if (operation instanceof RenameTable || operation instanceof RenameColumn
                || operation instanceof RunJava) {
            followed = false;
        }
    }

    /** Reads the live objects, once: the state before the upgrade's first step. */
    void load(Connection connection) throws SQLException {
        if (loaded) {
            return;
        }
        Catalog.query(connection, "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL"
                        + " AND type IN ('index', 'trigger', 'view') ORDER BY rowid",
                row -> new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                .forEach(entry -> objects.put(key(entry.name()), entry));
        loaded = true;
    }

    /** Whether the statement was understood; one that creates or drops anything else is not followed. */
    private boolean follow(String sql) {
        Matcher create = CREATE.matcher(sql);
        if (create.matches()) {
            String kind = create.group(2).toUpperCase(java.util.Locale.ROOT);
            String rest = create.group(3);
            Matcher name = NAME.matcher(rest);
            if (!name.lookingAt()) {
                return false;
            }
            String objectName = identifier(name.group(1));
            String table = objectName;
            if (!kind.equals("VIEW")) {
                Matcher on = ON_TABLE.matcher(rest);
                if (!on.find()) {
                    return false;
                }
                table = identifier(on.group(1));
            }
            String stored = "CREATE " + (create.group(1) == null ? "" : "UNIQUE ") + kind + " " + rest;
            objects.remove(key(objectName));
            objects.put(key(objectName), new Entry(kind.toLowerCase(java.util.Locale.ROOT), objectName, table, stored));
            return true;
        }
        Matcher drop = DROP.matcher(sql);
        if (drop.matches()) {
            objects.remove(key(identifier(drop.group(2))));
            return true;
        }
        String upper = sql.toUpperCase(java.util.Locale.ROOT);
        return !(upper.contains("CREATE") || upper.contains("DROP") || upper.contains("ALTER"));
    }

    private String tableOf(SqliteDependents.Stored object) {
        Entry known = objects.get(key(object.name()));
        if (known != null) {
            return known.table();
        }
        if (object.isView()) {
            return object.name();
        }
        Matcher on = ON_TABLE.matcher(object.sql());
        return on.find() ? identifier(on.group(1)) : "";
    }

    private static String identifier(String token) {
        return token.startsWith("\"") ? token.substring(1, token.length() - 1).replace("\"\"", "\"") : token;
    }

    private static String key(String name) {
        return asciiLower(name);
    }

    private static boolean sameName(String a, String b) {
        return asciiLower(a).equals(asciiLower(b));
    }

    /** SQLite's {@code instr(lower(sql), lower(name)) > 0}. */
    private static boolean mentions(String sql, String name) {
        return asciiLower(sql).contains(asciiLower(name));
    }

    /** SQLite's {@code lower()}, which folds ASCII letters only. */
    private static String asciiLower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
        return lower.toString();
    }
}
