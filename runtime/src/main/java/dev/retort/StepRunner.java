package dev.retort;

import dev.retort.dialect.Dialect;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs planned steps on the connection that holds the migration lock, and records each run in the history table.
 *
 * <p>A transactional revision runs in one transaction with its version-table update and its history row: after a
 * failure or a crash, nothing of it remains (a failure adds a row saying so). A non-transactional revision's history
 * row is written before its statements and finished after them, so that a run the process did not survive shows as a
 * row without a finish time; its statements run one by one with auto-commit, and the version table changes after them.
 * A revision that hit PostgreSQL's lock_timeout runs again after a pause, a bounded number of times.
 */
final class StepRunner {


    static final String NON_TRANSACTIONAL_RUNNING = "non-transactional: running; a row that never finishes means the"
            + " process died during the revision: the next upgrade runs it again from its first statement";
    static final String NON_TRANSACTIONAL_DONE = "non-transactional: statements ran one by one with auto-commit";

    private final Connection connection;
    private final Dialect dialect;
    private final Settings settings;
    private final RevisionGraph graph;
    private final HistoryTable history;
    private final String appliedBy;
    /** The history table's INSERT of transactional steps, prepared once. */
    private PreparedStatement historyInsert;

    StepRunner(Connection connection, Dialect dialect, Settings settings, RevisionGraph graph, String appliedBy) {
        this.connection = connection;
        this.dialect = dialect;
        this.settings = settings;
        this.graph = graph;
        this.history = new HistoryTable(dialect);
        this.appliedBy = appliedBy;
    }

    List<RevisionInfo> run(List<PlannedStep> steps) throws SQLException {
        try {
            return runAll(steps);
        } finally {
            if (historyInsert != null && !connection.isClosed()) {
                historyInsert.close();
            }
            historyInsert = null;
        }
    }

    private List<RevisionInfo> runAll(List<PlannedStep> steps) throws SQLException {
        List<RevisionInfo> done = new ArrayList<>();
        long commandStart = System.nanoTime();
        for (int i = 0; i < steps.size(); i++) {
            PlannedStep step = steps.get(i);
            RevisionInfo info = graph.info(step.revision(), step.direction() == Direction.UPGRADE);
            settings.listener().stepStarted(progress(i, steps.size(), info, step, commandStart));
            long start = System.nanoTime();
            runWithRetries(step);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            Log.get().log(Level.INFO, () -> (step.direction() == Direction.UPGRADE ? "Applied" : "Reverted")
                    + " revision " + step.revision().describe() + " '" + step.revision().message() + "' in "
                    + millis + " ms");
            settings.listener().stepFinished(progress(i, steps.size(), info, step, commandStart));
            done.add(info);
        }
        return done;
    }

    private static StepProgress progress(int index, int total, RevisionInfo info, PlannedStep step, long start) {
        return new StepProgress(index + 1, total, info, step.direction(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void runWithRetries(PlannedStep step) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (step.revision().transactional()) {
                    runInTransaction(step, attempt);
                } else {
                    runWithAutoCommit(step, attempt);
                }
                return;
            } catch (RevisionFailedException e) {
                if (!DdlLockTimeout.isLockTimeout(e.getCause()) || attempt > settings.lockTimeoutRetries()) {
                    throw e;
                }
                Duration pause = pause(attempt);
                int retry = attempt;
                Log.get().log(Level.WARNING, () -> step.direction().noun() + " of revision "
                        + step.revision().describe()
                        + " waited longer than lock_timeout (" + settings.ddlLockTimeout().toMillis() + " ms) for a"
                        + " lock [statement: " + e.statement() + "]; running it again in " + pause.toMillis()
                        + " ms (retry " + retry + " of " + settings.lockTimeoutRetries() + ")");
                sleep(pause, e);
            }
        }
    }

    private void runInTransaction(PlannedStep step, int attempt) throws SQLException {
        Instant started = Instant.now();
        step.frame().beforeBegin().forEach(sql -> execute(step, sql));
        try (Transaction transaction = Transaction.begin(connection)) {
            for (String sql : all(step.setup(), step.statements(), step.versionChanges())) {
                execute(step, sql);
            }
            for (String check : step.frame().checksBeforeCommit()) {
                requireNoRows(step, check);
            }
            try {
                if (historyInsert == null) {
                    // Prepared once for the command, after the first step's transaction created the table if needed.
                    historyInsert = connection.prepareStatement(history.insertSql());
                }
                history.bind(historyInsert, new HistoryTable.Run(step.revision().id(), step.direction(),
                        step.checksum(), started, Instant.now(), true, appliedBy, attemptNote(attempt, null),
                        step.revision().fingerprint()));
                historyInsert.executeUpdate();
            } catch (SQLException e) {
                throw new RevisionFailedException(step, "INSERT INTO " + HistoryTable.NAME, e);
            }
            try {
                transaction.commit();
            } catch (SQLException e) {
                throw new RevisionFailedException(step, "COMMIT", e);
            }
        } catch (RevisionFailedException e) {
            closeHistoryInsert(e);
            recordFailure(step, started, attempt, e);
            throw e;
        } finally {
            step.frame().afterEnd().forEach(sql -> execute(step, sql));
        }
    }

    /** After a rollback the statement may name a table that is gone with it: the next step prepares it again. */
    private void closeHistoryInsert(RevisionFailedException failure) {
        if (historyInsert != null) {
            try {
                historyInsert.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            historyInsert = null;
        }
    }

    private void runWithAutoCommit(PlannedStep step, int attempt) throws SQLException {
        Instant started = Instant.now();
        step.frame().beforeBegin().forEach(sql -> execute(step, sql));
        Long runId = null;
        try {
            if (!step.setup().isEmpty()) {
                try (Transaction transaction = Transaction.begin(connection)) {
                    step.setup().forEach(sql -> execute(step, sql));
                    transaction.commit();
                }
            }
            runId = start(step, started, attempt);
            for (String sql : step.statements()) {
                dropInvalidIndexBefore(step, sql);
                execute(step, sql);
            }
            for (String check : step.frame().checksBeforeCommit()) {
                requireNoRows(step, check);
            }
            try (Transaction transaction = Transaction.begin(connection)) {
                step.versionChanges().forEach(sql -> execute(step, sql));
                finish(step, runId, started, true, attemptNote(attempt, NON_TRANSACTIONAL_DONE));
                transaction.commit();
            }
        } catch (RevisionFailedException e) {
            if (runId != null) {
                try {
                    history.finish(connection, runId, started, Instant.now(), false,
                            "failed: " + e.getCause().getMessage() + "; " + NON_TRANSACTIONAL_DONE);
                } catch (SQLException failure) {
                    e.addSuppressed(failure);
                }
            }
            throw e;
        } finally {
            step.frame().afterEnd().forEach(sql -> execute(step, sql));
        }
    }

    private long start(PlannedStep step, Instant started, int attempt) {
        try {
            return history.start(connection, new HistoryTable.Run(step.revision().id(), step.direction(),
                    step.checksum(), started, null, false, appliedBy,
                    attemptNote(attempt, NON_TRANSACTIONAL_RUNNING), step.revision().fingerprint()));
        } catch (SQLException e) {
            throw new RevisionFailedException(step, "INSERT INTO " + HistoryTable.NAME, e);
        }
    }

    private void finish(PlannedStep step, long runId, Instant started, boolean success, String note) {
        try {
            history.finish(connection, runId, started, Instant.now(), success, note);
        } catch (SQLException e) {
            throw new RevisionFailedException(step, "UPDATE " + HistoryTable.NAME, e);
        }
    }

    /**
     * An interrupted {@code CREATE INDEX CONCURRENTLY} leaves an INVALID index behind, which a new build of the same
     * name would fail on, or, with IF NOT EXISTS, silently keep. It holds nothing worth keeping: drop it first.
     */
    private void dropInvalidIndexBefore(PlannedStep step, String sql) {
        Optional<NonTransactional.BuiltIndex> index = NonTransactional.concurrentlyBuiltIndex(sql);
        if (index.isEmpty() || !dialect.name().equals("postgresql")) {
            return;
        }
        String query = "SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname = ? AND c.relnamespace = (SELECT oid FROM pg_namespace"
                + " WHERE nspname = coalesce(?, current_schema()))";
        boolean invalid;
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, index.get().name());
            statement.setString(2, index.get().schema().orElse(null));
            try (ResultSet row = statement.executeQuery()) {
                invalid = row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new RevisionFailedException(step, query, e);
        }
        if (invalid) {
            String name = index.get().schema().map(schema -> quoted(schema) + ".").orElse("")
                    + quoted(index.get().name());
            Log.get().log(Level.WARNING, () -> "revision " + step.revision().describe()
                    + ": dropping the INVALID index "
                    + name + " that an interrupted build left, before building it again");
            execute(step, "DROP INDEX CONCURRENTLY IF EXISTS " + name);
        }
    }

    private static String quoted(String storedName) {
        return "\"" + storedName.replace("\"", "\"\"") + "\"";
    }

    /** After a rollback, the history table says that the revision failed, if it exists. */
    private void recordFailure(PlannedStep step, Instant started, int attempt, RevisionFailedException failure) {
        try {
            if (history.exists(connection)) {
                history.insert(connection, new HistoryTable.Run(step.revision().id(), step.direction(),
                        step.checksum(), started, Instant.now(), false, appliedBy,
                        attemptNote(attempt, "failed and rolled back: " + failure.getCause().getMessage()
                                + " [statement: " + failure.statement() + "]"), step.revision().fingerprint()));
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static String attemptNote(int attempt, String note) {
        if (attempt == 1) {
            return note;
        }
        String retry = "retry " + (attempt - 1) + " after lock_timeout";
        return note == null ? retry : retry + "; " + note;
    }

    private Duration pause(int attempt) {
        long base = settings.firstRetryPause().toMillis() << Math.min(attempt - 1, 10);
        long jitter = ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(base + jitter);
    }

    private static void sleep(Duration pause, RevisionFailedException failure) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    @SafeVarargs
    private static List<String> all(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private void requireNoRows(PlannedStep step, String query) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            if (rows.next()) {
                throw new RevisionFailedException(step, query,
                        new SQLException("the check returned rows: the revision would leave the database broken"));
            }
        } catch (SQLException e) {
            throw new RevisionFailedException(step, query, e);
        }
    }

    private void execute(PlannedStep step, String sql) {
        try {
            dialect.execute(connection, sql);
        } catch (SQLException e) {
            throw new RevisionFailedException(step, sql, e);
        }
    }
}
