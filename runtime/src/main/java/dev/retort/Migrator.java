package dev.retort;

import dev.retort.diff.SchemaDiff;
import dev.retort.diff.UnsupportedChangeException;
import dev.retort.dialect.Dialect;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the commands of {@link Retort} on one connection. Those that change the database run while the connection
 * holds the migration lock, and read the version table only once they hold it, so that what another instance did while
 * they waited is seen. An upgrade or downgrade is planned whole before the first statement runs.
 */
final class Migrator {


    private final Connection connection;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final Settings settings;
    private final VersionTable versionTable;
    private final HistoryTable historyTable;

    Migrator(Connection connection, Dialect dialect, RevisionGraph graph, Settings settings) {
        this.connection = connection;
        this.dialect = dialect;
        this.graph = graph;
        this.settings = settings;
        this.versionTable = new VersionTable(dialect);
        this.historyTable = new HistoryTable(dialect);
    }

    List<RevisionInfo> upgrade(String target) throws SQLException {
        State state = finishInterruptedDowngrades(withFingerprintColumn(State.read(this, false)), "upgrade");
        Replay replay = verifiedReplay(state, "upgrade");
        List<PlannedStep> steps = plan(Targets.toApply(target, graph, state.applied()), Direction.UPGRADE, state,
                replay);
        recordFingerprints(state, replay);
        return run(steps);
    }

    List<RevisionInfo> downgrade(String target) throws SQLException {
        State state = finishInterruptedDowngrades(withFingerprintColumn(State.read(this, false)), "downgrade");
        Replay replay = verifiedReplay(state, "downgrade");
        List<PlannedStep> steps = plan(Targets.toUndo(target, graph, state.applied()), Direction.DOWNGRADE, state,
                replay);
        recordFingerprints(state, replay);
        return run(steps);
    }

    /**
     * A history table made by an earlier version of Retort gets the fingerprint column, under the lock, before a
     * command writes to it.
     */
    private State withFingerprintColumn(State state) throws SQLException {
        if (!state.tablesExist() || state.history().fingerprints()) {
            return state;
        }
        execute(historyTable.addFingerprintColumn());
        return State.read(this, false);
    }

    /**
     * Records, on the last successful upgrade row of each applied revision whose checksum the replay has just found
     * unchanged, the revision's current fingerprint, when that row holds another one or none (it was applied before
     * Retort kept fingerprints, by an offline script, or its source changed in a way its operations did not): the
     * next start with nothing to do then needs no replay. Nothing else of the row changes.
     */
    private void recordFingerprints(State state, Replay replay) throws SQLException {
        Map<String, HistoryEntry> lastUpgrade = lastSuccessfulUpgrades(state.runs());
        Map<Long, String> changes = new HashMap<>();
        for (String id : state.applied()) {
            LoadedRevision revision = graph.get(id);
            HistoryEntry row = lastUpgrade.get(id);
            String checksum = replay.checksums().get(id);
            if (revision.fingerprint() != null && row != null && checksum != null && checksum.equals(row.checksum())
                    && !revision.fingerprint().equals(state.history().fingerprintsById().get(row.id()))) {
                changes.put(row.id(), revision.fingerprint());
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        try (Transaction transaction = Transaction.begin(connection)) {
            historyTable.setFingerprints(connection, changes);
            transaction.commit();
        }
    }

    private static Map<String, HistoryEntry> lastSuccessfulUpgrades(List<HistoryEntry> runs) {
        Map<String, HistoryEntry> last = new HashMap<>();
        for (HistoryEntry run : runs) {
            if (run.success() && run.direction() == Direction.UPGRADE) {
                last.put(run.revision(), run);
            }
        }
        return last;
    }

    /**
     * A non-transactional downgrade that failed, or that the process did not survive, left its revision recorded as
     * applied but partly undone. Its statements can run again, so the downgrade is finished first; an upgrade then
     * applies the revision again if its target needs it. (A failed or interrupted upgrade needs nothing of the kind:
     * its revision is not recorded as applied, so the next upgrade runs it again anyway.)
     */
    private State finishInterruptedDowngrades(State state, String command) throws SQLException {
        Map<String, HistoryEntry> latest = new HashMap<>();
        state.runs().forEach(run -> latest.put(run.revision(), run));
        List<LoadedRevision> unfinished = new ArrayList<>();
        for (HistoryEntry run : latest.values()) {
            if (run.direction() == Direction.DOWNGRADE && !run.success() && state.applied().contains(run.revision())
                    && !graph.get(run.revision()).transactional()) {
                unfinished.add(graph.get(run.revision()));
            }
        }
        if (unfinished.isEmpty()) {
            return state;
        }
        Log.get().log(Level.WARNING, () -> "before the " + command + ": finishing the unfinished downgrade of"
                + " revision(s) "
                + RevisionGraph.describe(unfinished));
        List<LoadedRevision> newestFirst = new ArrayList<>(graph.inOrder());
        Collections.reverse(newestFirst);
        newestFirst.removeIf(r -> !unfinished.contains(r));
        run(plan(newestFirst, Direction.DOWNGRADE, state, verifiedReplay(state, command)));
        return State.read(this, false);
    }

    /** The revisions recorded in the version table, in topological order. */
    List<RevisionInfo> current() throws SQLException {
        return current(State.read(this, false));
    }

    /** The read-only views; they answer even when the version table names revisions the application lacks. */
    Views views() throws SQLException {
        State state = State.read(this, true);
        Set<String> known = new HashSet<>(state.rows());
        known.removeIf(id -> !graph.contains(id));
        return new Views(graph, state.applied(), known, state.runs(), true);
    }

    StampResult stamp(String target, boolean purge) throws SQLException {
        State state = State.read(this, purge);
        if (state.tablesExist() && !state.history().fingerprints()) {
            execute(historyTable.addFingerprintColumn());
        }
        Set<String> known = new HashSet<>(state.rows());
        known.removeIf(id -> !graph.contains(id));
        Set<String> applied = graph.withAncestors(known);
        Set<String> stamped = Targets.stamped(target, graph, applied);
        Map<String, String> checksums = new HashMap<>(Replay.of(graph, applied).checksums());
        checksums.putAll(Replay.of(graph, stamped).checksums());
        String appliedBy = Host.appliedBy(connection);
        Instant now = Instant.now();
        try (Transaction transaction = Transaction.begin(connection)) {
            createTablesIfMissing(state);
            Set<String> newRows = graph.headsOf(stamped);
            if (purge) {
                execute(versionTable.deleteAll());
                versionTable.update(Set.of(), newRows).forEach(this::execute);
            } else {
                versionTable.update(state.rows(), newRows).forEach(this::execute);
            }
            for (LoadedRevision revision : graph.inOrder()) {
                if (stamped.contains(revision.id()) && !applied.contains(revision.id())) {
                    historyTable.insert(connection, new HistoryTable.Run(revision.id(), Direction.UPGRADE,
                            checksums.get(revision.id()), now, now, true, appliedBy,
                            "stamp: recorded as applied; nothing ran", revision.fingerprint()));
                }
            }
            List<LoadedRevision> newestFirst = new ArrayList<>(graph.inOrder());
            Collections.reverse(newestFirst);
            for (LoadedRevision revision : newestFirst) {
                if (applied.contains(revision.id()) && !stamped.contains(revision.id())) {
                    historyTable.insert(connection, new HistoryTable.Run(revision.id(), Direction.DOWNGRADE,
                            checksums.get(revision.id()), now, now, true, appliedBy,
                            "stamp: recorded as not applied; nothing ran", revision.fingerprint()));
                }
            }
            transaction.commit();
        }
        return new StampResult(state.rows().stream().sorted().toList(), current(State.read(this, false)));
    }

    /**
     * The live schema compared with the schema the applied revisions produce, as this database would hold it.
     */
    DriftReport check() throws SQLException {
        State state = State.read(this, false);
        Schema expected = dialect.normalize(Replay.of(graph, state.applied()).schema());
        Schema live = dialect.readSchema(connection);
        List<SchemaDifference> differences = new ArrayList<>();
        try {
            for (Operation operation : SchemaDiff.diff(expected, live)) {
                differences.add(new SchemaDifference(operation.describe(), operation));
            }
        } catch (UnsupportedChangeException e) {
            differences.add(new SchemaDifference(e.getMessage(), null));
        }
        differences.addAll(InvalidIndexes.of(connection, dialect));
        return new DriftReport(current(state), differences, interrupted(state.runs()));
    }

    /** The applied revisions whose checksum is not the one recorded when they were applied. */
    List<ChecksumMismatch> changedRevisions() throws SQLException {
        State state = State.read(this, false);
        return mismatches(state, Replay.of(graph, state.applied()), false);
    }

    /**
     * Accepts the applied revisions as they are now: records the current checksum of each one whose checksum changed
     * or was never recorded.
     */
    List<ChecksumMismatch> repair() throws SQLException {
        State state = withFingerprintColumn(State.read(this, false));
        Replay replay = Replay.of(graph, state.applied());
        List<ChecksumMismatch> accepted = mismatches(state, replay, true);
        accept(state, accepted);
        recordFingerprints(state, replay);
        return accepted;
    }

    private Replay verifiedReplay(State state, String command) throws SQLException {
        Replay replay = Replay.of(graph, state.applied());
        List<ChecksumMismatch> mismatches = mismatches(state, replay, false);
        if (!mismatches.isEmpty()) {
            if (!settings.acceptChangedChecksums()) {
                throw new ChangedRevisionsException(command, mismatches);
            }
            accept(state, mismatches);
        }
        return replay;
    }

    private List<ChecksumMismatch> mismatches(State state, Replay replay, boolean withUnrecorded) {
        Map<String, HistoryEntry> recorded = lastSuccessfulUpgrades(state.runs());
        List<ChecksumMismatch> mismatches = new ArrayList<>();
        for (LoadedRevision revision : graph.inOrder()) {
            String current = replay.checksums().get(revision.id());
            HistoryEntry row = recorded.get(revision.id());
            String was = row == null ? null : row.checksum();
            if (current != null && (was == null ? withUnrecorded : !was.equals(current))) {
                mismatches.add(new ChecksumMismatch(graph.info(revision, true), was, current));
            }
        }
        return mismatches;
    }

    private void accept(State state, List<ChecksumMismatch> accepted) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        String appliedBy = Host.appliedBy(connection);
        Instant now = Instant.now();
        try (Transaction transaction = Transaction.begin(connection)) {
            createTablesIfMissing(state);
            for (ChecksumMismatch mismatch : accepted) {
                historyTable.insert(connection, new HistoryTable.Run(mismatch.revision().id(), Direction.UPGRADE,
                        mismatch.current(), now, now, true, appliedBy, "repair: accepted the revision as it is now"
                        + (mismatch.recorded() == null ? "" : " (its checksum was " + mismatch.recorded() + ")")
                        + "; nothing ran", graph.get(mismatch.revision().id()).fingerprint()));
            }
            transaction.commit();
        }
    }

    private void createTablesIfMissing(State state) throws SQLException {
        if (!state.tablesExist()) {
            execute(versionTable.create());
            execute(historyTable.create());
        }
    }

    private List<PlannedStep> plan(List<LoadedRevision> revisions, Direction direction, State state, Replay replay)
            throws SQLException {
        Planner planner = new Planner(graph, dialect,
                (operation, before) -> dialect.render(operation, before, connection),
                (operations, before) -> dialect.frame(operations, before, connection));
        return planner.plan(revisions, direction, replay, state.applied(), state.rows(), state.tablesExist());
    }

    private List<RevisionInfo> run(List<PlannedStep> steps) throws SQLException {
        if (steps.isEmpty()) {
            return List.of();
        }
        return new StepRunner(connection, dialect, settings, graph, Host.appliedBy(connection)).run(steps);
    }

    private List<RevisionInfo> current(State state) {
        return graph.inOrder().stream()
                .filter(r -> state.rows().contains(r.id()))
                .map(r -> graph.info(r, true))
                .toList();
    }

    /** The latest run of each revision, when that run never finished. */
    private static List<HistoryEntry> interrupted(List<HistoryEntry> runs) {
        Map<String, HistoryEntry> latest = new HashMap<>();
        runs.forEach(run -> latest.put(run.revision(), run));
        return runs.stream().filter(run -> latest.get(run.revision()) == run && run.interrupted()).toList();
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new RetortException("could not update Retort's tables: " + e.getMessage() + " [statement: " + sql
                    + "]", e);
        }
    }

    /**
     * What the database records: the version table's rows, the revisions they mean, the history table's rows.
     *
     * @param tablesExist whether both of Retort's tables exist
     */
    private record State(Set<String> rows, Set<String> applied, HistoryTable.Rows history, boolean tablesExist) {

        List<HistoryEntry> runs() {
            return history.entries();
        }

        /** @param unknownAllowed whether rows naming revisions the application lacks are accepted (purge) */
        static State read(Migrator migrator, boolean unknownAllowed) throws SQLException {
            Set<String> rows = migrator.versionTable.read(migrator.connection);
            RevisionGraph graph = migrator.graph;
            List<String> unknown = rows.stream().filter(id -> !graph.contains(id)).sorted().toList();
            if (!unknown.isEmpty() && !unknownAllowed) {
                throw new RetortException("the version table " + VersionTable.NAME + " records revision(s) "
                        + String.join(", ", unknown) + ", which this application does not have; was the database"
                        + " migrated by a newer version of it? The application's heads are "
                        + RevisionGraph.describe(graph.heads()));
            }
            Set<String> known = new HashSet<>(rows);
            known.removeAll(unknown);
            boolean tablesExist = migrator.versionTable.exists(migrator.connection)
                    && migrator.historyTable.exists(migrator.connection);
            return new State(rows, graph.withAncestors(known), migrator.historyTable.readRows(migrator.connection),
                    tablesExist);
        }
    }
}
