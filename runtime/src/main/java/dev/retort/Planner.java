package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.StepFrame;
import dev.retort.dialect.UnsupportedOperationOnDialectException;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the revisions a target asks for into steps, before anything runs: each revision is recorded against the
 * schema at its point and rendered to SQL for the database at hand, so that a revision that cannot run stops the
 * command while nothing has changed. Online, rendering may read the live database; an offline script renders from the
 * model alone.
 */
final class Planner {

    /** Renders one operation against the schema just before it. */
    @FunctionalInterface
    interface Renderer {
        List<String> render(Operation operation, Schema before) throws SQLException;
    }

    /** What a revision's transaction needs around it. */
    @FunctionalInterface
    interface Framer {
        StepFrame frame(List<Operation> operations, Schema before) throws SQLException;
    }

    private final RevisionGraph graph;
    private final Dialect dialect;
    private final Renderer renderer;
    private final Framer framer;

    Planner(RevisionGraph graph, Dialect dialect, Renderer renderer, Framer framer) {
        this.graph = graph;
        this.dialect = dialect;
        this.renderer = renderer;
        this.framer = framer;
    }

    /**
     * @param replay the database as its applied revisions made it
     * @param applied the applied revisions
     * @param rows the rows of the version table now
     * @param tablesExist whether Retort's version and history tables both exist already
     */
    List<PlannedStep> plan(List<LoadedRevision> revisions, Direction direction, Replay replay, Set<String> applied,
            Set<String> rows, boolean tablesExist) throws SQLException {
        VersionTable versionTable = new VersionTable(dialect);
        HistoryTable historyTable = new HistoryTable(dialect);
        Schema schema = replay.schema();
        Set<String> nowApplied = new HashSet<>(applied);
        Set<String> heads = rows;
        Set<String> appliedHeads = graph.headsOf(nowApplied);
        boolean setUp = tablesExist;
        List<PlannedStep> steps = new ArrayList<>();
        for (LoadedRevision revision : revisions) {
            List<String> setup = setUp ? List.of() : List.of(versionTable.create(), historyTable.create());
            setUp = true;
            Operations operations = Recording.record(revision, direction, schema);
            if (!revision.transactional()) {
                NonTransactional.requireRerunnable(revision, direction, operations.recorded());
            }
            List<Operation> recorded = operations.recorded();
            List<String> statements = render(revision, direction, recorded, operations.schemasBefore());
            StepFrame frame = framer.frame(recorded, schema);
            String checksum = direction == Direction.UPGRADE
                    ? Recording.checksum(revision, operations)
                    : replay.checksums().get(revision.id());
            schema = operations.schema();
            Set<String> newHeads;
            if (direction == Direction.UPGRADE) {
                nowApplied.add(revision.id());
                // Applied after everything it needs, the revision replaces those of them that were heads.
                newHeads = new HashSet<>(appliedHeads);
                newHeads.removeAll(revision.parents());
                newHeads.removeAll(revision.dependsOn());
                newHeads.add(revision.id());
            } else {
                nowApplied.remove(revision.id());
                newHeads = graph.headsOf(nowApplied);
            }
            steps.add(new PlannedStep(revision, direction, setup, statements, versionTable.update(heads, newHeads),
                    checksum, frame));
            heads = newHeads;
            appliedHeads = newHeads;
        }
        return steps;
    }

    /** Each operation is rendered against the schema just before it, as its recording found it. */
    private List<String> render(LoadedRevision revision, Direction direction, List<Operation> operations,
            List<Schema> schemasBefore) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            List<String> rendered;
            try {
                rendered = renderer.render(operation, schemasBefore.get(i));
            } catch (UnsupportedOperationOnDialectException e) {
                throw new RetortException("the " + direction.noun() + " of revision " + revision.describe()
                        + " cannot run here: " + e.getMessage() + " (nothing was changed)", e);
            }
            statements.addAll(revision.transactional()
                    ? rendered
                    : NonTransactional.rerunnable(operation, rendered, dialect.name()));
        }
        return statements;
    }
}
