package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.PostgresDialect;
import dev.retort.dialect.SqliteDialect;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The script of an upgrade or downgrade for a DBA to run, written without a database: the same steps an online command
 * plans, each revision in its own transaction with the same changes of the version and history tables. The database is
 * assumed to be at {@code from} ({@code base}: an empty database), as an online command reads it from the version table.
 */
final class OfflineScript {

    private final RevisionGraph graph;
    private final Dialect dialect;
    private final Duration ddlLockTimeout;

    private OfflineScript(RevisionGraph graph, Dialect dialect, Duration ddlLockTimeout) {
        this.graph = graph;
        this.dialect = dialect;
        this.ddlLockTimeout = ddlLockTimeout;
    }

    static SqlScript write(RevisionGraph graph, String from, String to, String dialectName,
            Duration ddlLockTimeout) {
        return new OfflineScript(graph, dialect(dialectName), ddlLockTimeout).write(from, to);
    }

    private SqlScript write(String from, String to) {
        String start = from.isBlank() ? "base" : from.strip();
        if (start.equals("current") || to.strip().equals("current")) {
            throw new RetortException("an offline script cannot start or end at 'current': there is no database to"
                    + " read it from; name the revision the database is at");
        }
        Set<String> applied;
        if (start.equals("base")) {
            applied = Set.of();
        } else if (start.equals("heads")) {
            applied = graph.withAncestors(graph.heads().stream().map(LoadedRevision::id).toList());
        } else {
            applied = graph.withAncestors(List.of(Target.revision(start, graph).id()));
        }
        Direction direction = direction(Target.parse(to.strip(), graph), applied);
        List<LoadedRevision> revisions = direction == Direction.UPGRADE
                ? Targets.toApply(to.strip(), graph, applied)
                : Targets.toUndo(to.strip(), graph, applied);
        Planner planner = new Planner(graph, dialect, dialect::render,
                (operations, before) -> dialect.frame(operations, before, null));
        List<PlannedStep> steps;
        try {
            steps = planner.plan(revisions, direction, Replay.of(graph, applied), applied, graph.headsOf(applied),
                    !applied.isEmpty());
        } catch (SQLException e) {
            throw new IllegalStateException("an offline plan reads no database", e);
        }
        List<RevisionInfo> infos = steps.stream()
                .map(s -> graph.info(s.revision(), direction == Direction.UPGRADE))
                .toList();
        return new SqlScript(dialect.name(), direction, infos, text(start, to.strip(), direction, steps));
    }

    private static Direction direction(Target target, Set<String> applied) {
        if (target instanceof Target.At at) {
            return applied.contains(at.revision().id()) ? Direction.DOWNGRADE : Direction.UPGRADE;
        }
        return target instanceof Target.Base || target instanceof Target.Back ? Direction.DOWNGRADE : Direction.UPGRADE;
    }

    private String text(String from, String to, Direction direction, List<PlannedStep> steps) {
        HistoryTable history = new HistoryTable(dialect);
        boolean postgres = dialect.name().equals("postgresql");
        List<String> lines = new ArrayList<>();
        lines.add("-- Retort offline script for " + dialect.name() + ": " + direction.noun() + " from " + from + " to "
                + to + ", " + steps.size() + " revision(s).");
        lines.add("-- Run it with " + (postgres ? "psql -v ON_ERROR_STOP=1 -f <file>" : "sqlite3 -bail <database>"
                + " < <file>") + ". Each revision runs in its own transaction, with the rows of "
                + VersionTable.NAME + " and " + HistoryTable.NAME + " an online " + direction.noun() + " writes.");
        if (postgres) {
            lines.add("SET lock_timeout = '" + ddlLockTimeout.toMillis() + "ms';");
        }
        for (int i = 0; i < steps.size(); i++) {
            PlannedStep step = steps.get(i);
            LoadedRevision revision = step.revision();
            lines.add("");
            lines.add("-- " + (i + 1) + " of " + steps.size() + ": " + direction.noun() + " revision "
                    + revision.describe() + oneLine(revision.message().isEmpty() ? "" : ": " + revision.message()));
            lines.add("-- checksum " + step.checksum());
            if (!step.frame().beforeBegin().isEmpty() && !postgres) {
                lines.add("-- SQLite rebuilds a table here: foreign keys go off outside the transaction (inside one the"
                        + " pragma does nothing), are checked before the commit, and go on again after it, as on a"
                        + " connection that enforces them.");
            }
            step.frame().beforeBegin().forEach(sql -> lines.add(statement(sql)));
            String note = "offline script";
            if (revision.transactional()) {
                lines.add("BEGIN;");
                all(lines, step.setup(), step.statements(), step.versionChanges());
                checks(lines, step);
            } else {
                note += "; " + StepRunner.NON_TRANSACTIONAL_DONE;
                lines.add("-- This revision runs without a transaction: each statement commits on its own. If the"
                        + " script stops in it, drop any INVALID index it left and run the revision's part again.");
                if (!step.setup().isEmpty()) {
                    lines.add("BEGIN;");
                    all(lines, step.setup());
                    lines.add("COMMIT;");
                }
                all(lines, step.statements());
                checks(lines, step);
                lines.add("BEGIN;");
                all(lines, step.versionChanges());
            }
            lines.add(statement(history.insertOffline(revision.id(), direction, step.checksum(), note)));
            lines.add("COMMIT;");
            step.frame().afterEnd().forEach(sql -> lines.add(statement(sql)));
        }
        return String.join("\n", lines) + "\n";
    }

    private void checks(List<String> lines, PlannedStep step) {
        for (String check : step.frame().checksBeforeCommit()) {
            if (dialect instanceof SqliteDialect sqlite) {
                lines.add("-- " + check + " must find nothing: the next statements stop the script if it does.");
                sqlite.stopUnlessEmpty(check).forEach(sql -> lines.add(statement(sql)));
            } else {
                lines.add("-- The next query must return no rows; if it returns any, roll back instead of committing.");
                lines.add(statement(check));
            }
        }
    }

    @SafeVarargs
    private static void all(List<String> lines, List<String>... parts) {
        for (List<String> part : parts) {
            part.forEach(sql -> lines.add(statement(sql)));
        }
    }

    private static String statement(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed : trimmed + ";";
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    static Dialect dialect(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres", "pg" -> new PostgresDialect();
            case "sqlite" -> new SqliteDialect();
            default -> throw new RetortException("unknown dialect '" + name + "'; use postgresql or sqlite");
        };
    }
}
