package dev.retort;

import dev.retort.operation.CreateIndex;
import dev.retort.operation.DropIndex;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a revision with {@code transactional = false} safe to run again after it stopped halfway: it may only
 * build and drop indexes (which Retort renders as {@code CONCURRENTLY} on PostgreSQL and with {@code IF [NOT]
 * EXISTS}) and run hand-written statements (which its author makes re-runnable); and before PostgreSQL builds an index
 * concurrently, an INVALID index of that name, which an interrupted build leaves behind, is dropped.
 */
final class NonTransactional {

    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE (UNIQUE )?INDEX (.*)", Pattern.DOTALL);
    private static final Pattern DROP_INDEX = Pattern.compile("DROP INDEX (.*)", Pattern.DOTALL);
    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    /** The index's name, and the schema of the table it is on when the table's name is qualified. */
    private static final Pattern CONCURRENT_BUILD = Pattern.compile(
            "\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + NAME + "\\s+ON\\s+(?:ONLY\\s+)?(?:" + NAME + "\\s*\\.\\s*)?" + NAME + "[\\s(].*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private NonTransactional() {}

    /** Refuses an operation that could not run again after an interruption. */
    static void requireRerunnable(LoadedRevision revision, Direction direction, List<Operation> operations) {
        for (Operation operation : operations) {
            if (!(operation instanceof CreateIndex || operation instanceof DropIndex
                    || operation instanceof ExecuteSql)) {
                throw new RetortException("revision " + revision.describe() + " runs without a transaction"
                        + " (transactional = false), which suits index builds and hand-written statements only, but"
                        + " its " + direction.noun() + " also does: " + operation.describe() + "; move that into a"
                        + " transactional revision (nothing was changed)");
            }
        }
    }

    /** The statements of an index operation, made concurrent (PostgreSQL) and idempotent; others as they are. */
    static List<String> rerunnable(Operation operation, List<String> statements, String dialect) {
        boolean postgres = dialect.equals("postgresql");
        return statements.stream().map(sql -> {
            Matcher create = CREATE_INDEX.matcher(sql);
            if (operation instanceof CreateIndex && create.matches()) {
                return "CREATE " + (create.group(1) == null ? "" : "UNIQUE ") + "INDEX "
                        + (postgres ? "CONCURRENTLY " : "") + "IF NOT EXISTS " + create.group(2);
            }
            Matcher drop = DROP_INDEX.matcher(sql);
            if (operation instanceof DropIndex && drop.matches()) {
                return "DROP INDEX " + (postgres ? "CONCURRENTLY " : "") + "IF EXISTS " + drop.group(1);
            }
            return sql;
        }).toList();
    }

    /** The index a {@code CREATE INDEX CONCURRENTLY} statement builds: its schema (if named) and its name. */
    record BuiltIndex(Optional<String> schema, String name) {}

    /** The index a {@code CREATE INDEX CONCURRENTLY} statement builds, named as PostgreSQL stores it. */
    static Optional<BuiltIndex> concurrentlyBuiltIndex(String sql) {
        Matcher build = CONCURRENT_BUILD.matcher(sql);
        if (!build.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BuiltIndex(Optional.ofNullable(build.group(2)).map(NonTransactional::stored),
                stored(build.group(1))));
    }

    private static String stored(String name) {
        return name.startsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
                : name.toLowerCase(Locale.ROOT);
    }
}
