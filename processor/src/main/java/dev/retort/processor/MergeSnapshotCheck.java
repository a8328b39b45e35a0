package dev.retort.processor;

import dev.retort.diff.SchemaDiff;
import dev.retort.diff.UnsupportedChangeException;
import dev.retort.operation.Operation;
import dev.retort.processor.output.Locations;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Before a merge revision is written: the snapshot, which git merged or the developer resolved by hand, must be the
 * schema the revisions of both branches produce. Otherwise the next revision would be computed from a wrong schema
 * (re-creating a table one branch already created, say), so the build fails and says what the snapshot lacks.
 */
final class MergeSnapshotCheck {

    private MergeSnapshotCheck() {}

    /**
     * @param heads the heads being merged, as messages name them
     * @param merged the schema the revisions produce
     * @return whether they match, up to the order of columns; otherwise the difference was reported
     */
    static boolean matches(Snapshot snapshot, Schema merged, String heads, Locations locations, Reporter reporter) {
        String needs;
        try {
            List<Operation> difference = SchemaDiff.diff(snapshot.schema(), merged);
            if (difference.isEmpty()) {
                return true;
            }
            needs = difference.stream().map(Operation::describe).collect(Collectors.joining(", "));
        } catch (UnsupportedChangeException e) {
            needs = e.getMessage();
        }
        reporter.report(Message.MERGE_SNAPSHOT_MISMATCH, heads, Locations.display(locations.snapshot()), needs);
        return false;
    }
}
