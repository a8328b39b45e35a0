package dev.retort;

import java.util.List;

/**
 * What {@link Retort#check()} found: whether the live schema is the one the applied revisions produce.
 *
 * @param current the revisions the version table records
 * @param differences how the live schema differs from the revisions' schema; empty when it matches
 * @param interrupted runs of non-transactional revisions that never finished (the process died during them): their
 *     statements may be partly applied, which explains differences until the next upgrade runs them again
 */
public record DriftReport(List<RevisionInfo> current, List<SchemaDifference> differences,
        List<HistoryEntry> interrupted) {

    public DriftReport {
        current = List.copyOf(current);
        differences = List.copyOf(differences);
        interrupted = List.copyOf(interrupted);
    }

    /** No difference and no interrupted run: the database is exactly where its version table says. */
    public boolean isClean() {
        return differences.isEmpty() && interrupted.isEmpty();
    }
}
