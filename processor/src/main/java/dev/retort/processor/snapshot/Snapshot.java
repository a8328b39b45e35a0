package dev.retort.processor.snapshot;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed state of the schema: what the revisions so far create, the id of the newest of them, and the entity
 * class each table comes from. A missing snapshot file stands for {@link #EMPTY}: no tables, no revision yet.
 *
 * @param entities the qualified name of the entity class of each table, by table name. A table of a hand-written or
 *     older snapshot may have none; the processor writes one for every table it generates.
 */
public record Snapshot(Optional<String> revision, Schema schema, Map<String, String> entities) {

    public static final Snapshot EMPTY = new Snapshot(Optional.empty(), Schema.EMPTY);

    public Snapshot {
        entities = Map.copyOf(entities);
        for (String table : new TreeMap<>(entities).keySet()) {
            if (schema.table(table).isEmpty()) {
                throw new IllegalArgumentException("an entity for table " + table + ", which the schema does not have");
            }
        }
    }

    /** A snapshot that names no entity classes. */
    public Snapshot(Optional<String> revision, Schema schema) {
        this(revision, schema, Map.of());
    }

    /** The entity class of {@code table}, if the snapshot names one. */
    public Optional<String> entityOf(Table table) {
        return Optional.ofNullable(entities.get(table.name()));
    }
}
