package dev.retort;

import dev.retort.dialect.StepFrame;
import java.util.List;

/**
 * A revision to apply or undo, with every statement its run needs, in order.
 *
 * @param setup creates Retort's tables where they do not exist yet (first step only)
 * @param statements the revision's own statements
 * @param versionChanges the changes of the version table's rows
 * @param checksum the revision's checksum, recorded in the history table
 * @param frame what the database needs around the transaction
 */
record PlannedStep(LoadedRevision revision, Direction direction, List<String> setup, List<String> statements,
        List<String> versionChanges, String checksum, StepFrame frame) {

    PlannedStep {
        setup = List.copyOf(setup);
        statements = List.copyOf(statements);
        versionChanges = List.copyOf(versionChanges);
    }
}
