package dev.retort;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.List;

/** Records what a revision does, against the schema at its point of the history; nothing touches a database. */
final class Recording {

    private Recording() {}

    /**
     * @throws RetortException when the revision does not fit the schema (it drops a table that is not there, ...)
     */
    static Operations record(LoadedRevision revision, Direction direction, Schema schema) {
        Operations operations = new Operations(schema);
        try {
            direction.record(revision.migration(), operations);
        } catch (RuntimeException e) {
            throw new RetortException("the " + direction.noun() + " of revision " + revision.describe()
                    + " could not be recorded: " + e.getMessage() + " (nothing was changed)", e);
        }
        return operations;
    }

    /** The checksum of a revision whose upgrade, recorded against the schema before it, is {@code upgrade}. */
    static String checksum(LoadedRevision revision, Operations upgrade) {
        List<Operation> downgrade;
        try {
            downgrade = record(revision, Direction.DOWNGRADE, upgrade.schema()).recorded();
        } catch (RetortException e) {
            downgrade = null;
        }
        return Checksum.of(upgrade.recorded(), downgrade);
    }
}
