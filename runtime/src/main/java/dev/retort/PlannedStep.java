package dev.retort;

import dev.retort.dialect.StepFrame;
import java.util.List;

/**
 * A revision to apply or undo, with every statement its transaction runs (the version table's included) and what the
 * database needs around that transaction.
 */
record PlannedStep(LoadedRevision revision, Direction direction, List<String> statements, StepFrame frame) {

    PlannedStep {
        statements = List.copyOf(statements);
    }
}
