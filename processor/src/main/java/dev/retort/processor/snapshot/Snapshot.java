package dev.retort.processor.snapshot;

import dev.retort.schema.Schema;
import java.util.Optional;

/**
 * The committed state of the schema: what the revisions so far create, and the id of the newest of them. A missing
 * snapshot file stands for {@link #EMPTY}: no tables, no revision yet.
 */
public record Snapshot(Optional<String> revision, Schema schema) {

    public static final Snapshot EMPTY = new Snapshot(Optional.empty(), Schema.EMPTY);
}
