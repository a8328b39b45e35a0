package dev.retort;

import java.util.List;

/** A revision to apply or undo, with every statement its transaction runs, the version table's included. */
record PlannedStep(LoadedRevision revision, Direction direction, List<String> statements) {

    PlannedStep {
        statements = List.copyOf(statements);
    }
}
