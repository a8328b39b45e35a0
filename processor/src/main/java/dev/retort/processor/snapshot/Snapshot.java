package dev.retort.processor.snapshot;

import dev.retort.processor.entity.EnumColumn;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed state of the schema: what the revisions so far create, the id of the newest of them, the entity
 * class each table comes from (and the subclasses a SINGLE_TABLE hierarchy keeps in it), and how its enum columns are
 * stored. A missing snapshot file stands for
 * {@link #EMPTY}: no tables, no revision yet.
 *
 * @param entities the qualified name of the entity class of each table, by table name. A table of a hand-written or
 *     older snapshot may have none; the processor writes one for every table it generates. An entity's join and
 *     collection tables name it too.
 * @param enums the enum columns, by table name, then by column name; older snapshots have none
 * @param subclasses the entity subclasses whose rows a SINGLE_TABLE hierarchy keeps in the table, by table name
 */
public record Snapshot(Optional<String> revision, Schema schema, Map<String, String> entities,
        Map<String, Map<String, EnumColumn>> enums, Map<String, List<String>> subclasses) {

    public static final Snapshot EMPTY = new Snapshot(Optional.empty(), Schema.EMPTY);

    public Snapshot {
        entities = Map.copyOf(entities);
        for (String table : new TreeMap<>(entities).keySet()) {
            if (schema.table(table).isEmpty()) {
                throw new IllegalArgumentException("an entity for table " + table + ", which the schema does not have");
            }
        }
        Map<String, Map<String, EnumColumn>> copy = new TreeMap<>();
        for (Map.Entry<String, Map<String, EnumColumn>> table : new TreeMap<>(enums).entrySet()) {
            Table known = schema.table(table.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "enum columns for table " + table.getKey() + ", which the schema does not have"));
            for (String column : table.getValue().keySet()) {
                if (known.column(column).isEmpty()) {
                    throw new IllegalArgumentException(
                            "an enum for column " + column + ", which table " + known.name() + " does not have");
                }
            }
            copy.put(table.getKey(), Map.copyOf(table.getValue()));
        }
        enums = Map.copyOf(copy);
        Map<String, List<String>> sortedSubclasses = new TreeMap<>();
        subclasses.forEach((table, names) -> {
            if (schema.table(table).isEmpty()) {
                throw new IllegalArgumentException("subclasses for table " + table + ", which the schema does not have");
            }
            if (!names.isEmpty()) {
                sortedSubclasses.put(table, names.stream().sorted().distinct().toList());
            }
        });
        subclasses = Map.copyOf(sortedSubclasses);
    }

    /** A snapshot whose tables keep no entity subclasses. */
    public Snapshot(Optional<String> revision, Schema schema, Map<String, String> entities,
            Map<String, Map<String, EnumColumn>> enums) {
        this(revision, schema, entities, enums, Map.of());
    }

    /** A snapshot that names no enum columns. */
    public Snapshot(Optional<String> revision, Schema schema, Map<String, String> entities) {
        this(revision, schema, entities, Map.of(), Map.of());
    }

    /** A snapshot that names no entity classes. */
    public Snapshot(Optional<String> revision, Schema schema) {
        this(revision, schema, Map.of(), Map.of(), Map.of());
    }

    /** Every entity class the snapshot names: those of its tables and their subclasses. */
    public Set<String> entityClasses() {
        Set<String> names = new TreeSet<>(entities.values());
        subclasses.values().forEach(names::addAll);
        return names;
    }

    /** The subclasses kept in {@code table}, sorted; none for most tables. */
    public List<String> subclassesOf(Table table) {
        return subclasses.getOrDefault(table.name(), List.of());
    }

    /** The entity class of {@code table}, if the snapshot names one. */
    public Optional<String> entityOf(Table table) {
        return Optional.ofNullable(entities.get(table.name()));
    }

    /** How {@code column} of {@code table} stores an enum, if it does. */
    public Optional<EnumColumn> enumOf(String table, String column) {
        return Optional.ofNullable(enums.getOrDefault(table, Map.of()).get(column));
    }
}
