package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.StepFrame;
import dev.retort.dialect.UnsupportedOperationOnDialectException;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the commands of {@link Retort} on one connection. An upgrade or downgrade is planned whole before the first
 * statement runs: the schema model is rebuilt by replaying the applied revisions, and every step is recorded and
 * rendered against it, so that a revision this database cannot run stops the command while nothing has changed. Each
 * step then runs in its own transaction.
 */
final class Migrator {

    private static final System.Logger LOG = System.getLogger(Retort.class.getName());

    private final Connection connection;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final VersionTable versionTable;

    Migrator(Connection connection, Dialect dialect, RevisionGraph graph) {
        this.connection = connection;
        this.dialect = dialect;
        this.graph = graph;
        this.versionTable = new VersionTable(dialect);
    }

    List<RevisionInfo> upgrade(String target) throws SQLException {
        Set<String> recorded = recordedRevisions();
        Set<String> applied = graph.withAncestors(recorded);
        return run(plan(Targets.toApply(target, graph, applied), Direction.UPGRADE, recorded, applied));
    }

    List<RevisionInfo> downgrade(String target) throws SQLException {
        Set<String> recorded = recordedRevisions();
        Set<String> applied = graph.withAncestors(recorded);
        return run(plan(Targets.toUndo(target, graph, applied), Direction.DOWNGRADE, recorded, applied));
    }

    /** The revisions recorded in the version table, in topological order. */
    List<RevisionInfo> current() throws SQLException {
        Set<String> recorded = recordedRevisions();
        return graph.inOrder().stream().filter(r -> recorded.contains(r.id())).map(r -> r.info(true)).toList();
    }

    /** Every revision, newest first. */
    List<RevisionInfo> history() throws SQLException {
        Set<String> applied = graph.withAncestors(recordedRevisions());
        List<RevisionInfo> history = new ArrayList<>();
        graph.inOrder().forEach(r -> history.add(r.info(applied.contains(r.id()))));
        Collections.reverse(history);
        return history;
    }

    List<RevisionInfo> heads() throws SQLException {
        Set<String> applied = graph.withAncestors(recordedRevisions());
        return graph.heads().stream().map(r -> r.info(applied.contains(r.id()))).toList();
    }

    private Set<String> recordedRevisions() throws SQLException {
        Set<String> recorded = versionTable.read(connection);
        List<String> unknown = recorded.stream().filter(id -> !graph.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new RetortException("the version table " + VersionTable.NAME + " records revision(s) "
                    + String.join(", ", unknown) + ", which this application does not have; was the database"
                    + " migrated by a newer version of it? The application's heads are "
                    + RevisionGraph.describe(graph.heads()));
        }
        return recorded;
    }

    private List<PlannedStep> plan(List<LoadedRevision> revisions, Direction direction, Set<String> recorded,
            Set<String> applied) throws SQLException {
        Schema schema = replay(applied);
        boolean versionTableExists = versionTable.exists(connection);
        Set<String> nowApplied = new HashSet<>(applied);
        Set<String> heads = recorded;
        List<PlannedStep> steps = new ArrayList<>();
        for (LoadedRevision revision : revisions) {
            List<String> statements = new ArrayList<>();
            if (!versionTableExists) {
                statements.add(versionTable.create());
                versionTableExists = true;
            }
            Operations operations = record(revision, direction, schema);
            statements.addAll(render(revision, direction, operations.recorded(), schema));
            StepFrame frame = dialect.frame(operations.recorded(), schema, connection);
            schema = operations.schema();
            if (direction == Direction.UPGRADE) {
                nowApplied.add(revision.id());
            } else {
                nowApplied.remove(revision.id());
            }
            Set<String> newHeads = graph.headsOf(nowApplied);
            statements.addAll(versionTable.update(heads, newHeads));
            heads = newHeads;
            steps.add(new PlannedStep(revision, direction, statements, frame));
        }
        return steps;
    }

    /** The model of the database as it is: the upgrades of its applied revisions, recorded in order. */
    private Schema replay(Set<String> applied) {
        Schema schema = Schema.EMPTY;
        for (LoadedRevision revision : graph.inOrder()) {
            if (applied.contains(revision.id())) {
                schema = record(revision, Direction.UPGRADE, schema).schema();
            }
        }
        return schema;
    }

    private static Operations record(LoadedRevision revision, Direction direction, Schema schema) {
        Operations operations = new Operations(schema);
        try {
            direction.record(revision.migration(), operations);
        } catch (RuntimeException e) {
            throw new RetortException("the " + direction.noun() + " of revision " + revision.describe()
                    + " could not be recorded: " + e.getMessage() + " (nothing was changed)", e);
        }
        return operations;
    }

    /** Each operation is rendered against the schema just before it. */
    private List<String> render(LoadedRevision revision, Direction direction, List<Operation> operations,
            Schema schema) throws SQLException {
        List<String> statements = new ArrayList<>();
        Schema before = schema;
        for (Operation operation : operations) {
            try {
                statements.addAll(dialect.render(operation, before, connection));
            } catch (UnsupportedOperationOnDialectException e) {
                throw new RetortException("the " + direction.noun() + " of revision " + revision.describe()
                        + " cannot run here: " + e.getMessage() + " (nothing was changed)", e);
            }
            before = operation.applyTo(before);
        }
        return statements;
    }

    private List<RevisionInfo> run(List<PlannedStep> steps) throws SQLException {
        List<RevisionInfo> done = new ArrayList<>();
        for (PlannedStep step : steps) {
            long start = System.nanoTime();
            step.frame().beforeBegin().forEach(sql -> execute(step, sql));
            try {
                runInTransaction(step);
            } finally {
                step.frame().afterEnd().forEach(sql -> execute(step, sql));
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            LOG.log(Level.INFO, () -> (step.direction() == Direction.UPGRADE ? "Applied" : "Reverted")
                    + " revision " + step.revision().describe() + " '" + step.revision().message() + "' in "
                    + millis + " ms");
            done.add(step.revision().info(step.direction() == Direction.UPGRADE));
        }
        return done;
    }

    private void runInTransaction(PlannedStep step) throws SQLException {
        try (Transaction transaction = Transaction.begin(connection)) {
            for (String sql : step.statements()) {
                execute(step, sql);
            }
            for (String check : step.frame().checksBeforeCommit()) {
                requireNoRows(step, check);
            }
            try {
                transaction.commit();
            } catch (SQLException e) {
                throw new RevisionFailedException(step, "COMMIT", e);
            }
        }
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
