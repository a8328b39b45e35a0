package dev.retort.testkit;

import dev.retort.diff.SchemaDiff;
import dev.retort.diff.UnsupportedChangeException;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.List;

/** What turns one schema into another, as words for a failure message; empty when they are the same. */
final class SchemaDifference {

    private SchemaDifference() {}

    /**
     * The changes from {@code from} to {@code to}, e.g. {@code add column fees.note, drop index ix_fees_status}. The
     * order of columns does not count: SQLite and PostgreSQL append a column that is added back.
     */
    static List<String> between(Schema from, Schema to) {
        try {
            return SchemaDiff.diff(from, to).stream().map(Operation::describe).toList();
        } catch (UnsupportedChangeException e) {
            return List.of(e.getMessage());
        }
    }
}
