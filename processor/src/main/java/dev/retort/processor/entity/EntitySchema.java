package dev.retort.processor.entity;

import dev.retort.diff.Renames;
import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.Element;

/**
 * The schema the entities map to, and what messages and the next snapshot need beside it: which entity maps each
 * table and which field each column, the renames the entities declare, and how their enum columns are stored.
 *
 * @param entitiesByTable the entity each table belongs to: the one it maps, or the one whose collection it holds
 * @param subclassesByTable the SINGLE_TABLE subclasses whose rows each table keeps
 * @param enums the enum columns, by table, then by column
 * @param fields the field of each column, by table, then by column
 */
public record EntitySchema(Schema schema, Map<String, TypeElement> entitiesByTable,
        Map<String, List<TypeElement>> subclassesByTable, Renames renames, Map<String, Map<String, EnumColumn>> enums,
        Map<String, Map<String, Element>> fields) {

    public EntitySchema {
        entitiesByTable = Map.copyOf(entitiesByTable);
        subclassesByTable = Map.copyOf(subclassesByTable);
        enums = copy(enums);
        fields = copy(fields);
    }

    /** The schema of entities that declare no renames, enums or fields worth pointing at. */
    public EntitySchema(Schema schema, Map<String, TypeElement> entitiesByTable) {
        this(schema, entitiesByTable, Map.of(), Renames.NONE, Map.of(), Map.of());
    }

    public Optional<TypeElement> entityOf(String table) {
        return Optional.ofNullable(entitiesByTable.get(table));
    }

    /** The field or getter mapped to {@code column} of {@code table}, if an entity of the compilation maps it. */
    public Optional<Element> fieldOf(String table, String column) {
        return Optional.ofNullable(fields.getOrDefault(table, Map.of()).get(column));
    }

    /** The qualified name of the entity class of each table, by table name, as the snapshot records them. */
    public Map<String, String> entityNames() {
        Map<String, String> names = new TreeMap<>();
        entitiesByTable.forEach((table, entity) -> names.put(table, entity.getQualifiedName().toString()));
        return names;
    }

    /** The qualified names of the SINGLE_TABLE subclasses each table keeps, by table name, as the snapshot records them. */
    public Map<String, List<String>> subclassNames() {
        Map<String, List<String>> names = new TreeMap<>();
        subclassesByTable.forEach((table, types) -> names.put(table,
                types.stream().map(type -> type.getQualifiedName().toString()).sorted().toList()));
        return names;
    }

    /** {@code Fee (table fees)}, or {@code table fees} when no entity maps that table. */
    public String describe(String table) {
        return entityOf(table).map(entity -> entity.getSimpleName() + " (table " + table + ")")
                .orElse("table " + table);
    }

    private static <T> Map<String, Map<String, T>> copy(Map<String, Map<String, T>> nested) {
        Map<String, Map<String, T>> copy = new TreeMap<>();
        nested.forEach((key, inner) -> copy.put(key, Map.copyOf(inner)));
        return Map.copyOf(copy);
    }

    /** Collects an entity schema table by table. */
    static final class Builder {

        private final List<Table> tables = new ArrayList<>();
        private final Map<String, TypeElement> entitiesByTable = new HashMap<>();
        private final Map<String, List<TypeElement>> subclassesByTable = new HashMap<>();
        private final Map<String, Sequence> sequences = new TreeMap<>();
        private final Map<String, String> renamedTables = new HashMap<>();
        private final Map<String, Map<String, String>> renamedColumns = new HashMap<>();
        private final Map<String, Map<String, EnumColumn>> enums = new HashMap<>();
        private final Map<String, Map<String, Element>> fields = new HashMap<>();

        void table(Table table, TypeElement owner) {
            tables.add(table);
            entitiesByTable.put(table.name(), owner);
        }

        void subclasses(String table, List<TypeElement> subclasses) {
            if (!subclasses.isEmpty()) {
                subclassesByTable.put(table, List.copyOf(subclasses));
            }
        }

        void renamedTable(String table, String old) {
            renamedTables.put(table, old);
        }

        void field(String table, String column, Element field) {
            fields.computeIfAbsent(table, t -> new HashMap<>()).put(column, field);
        }

        void renamedColumn(String table, String column, String old) {
            renamedColumns.computeIfAbsent(table, t -> new HashMap<>()).put(column, old);
        }

        void enumColumn(String table, String column, EnumColumn mapping) {
            enums.computeIfAbsent(table, t -> new HashMap<>()).put(column, mapping);
        }

        /** Entities may share a sequence, as long as they describe it alike. */
        void sequence(Sequence sequence, Element field, Reporter reporter) {
            Sequence other = sequences.putIfAbsent(sequence.name(), sequence);
            if (other != null && !other.equals(sequence)) {
                reporter.report(field, Message.INVALID_MAPPING, ElementNames.of(field), "sequence " + sequence.name()
                        + " starts at " + sequence.start() + " by " + sequence.increment() + " here, but at "
                        + other.start() + " by " + other.increment() + " for another entity");
            }
        }

        EntitySchema build() {
            return new EntitySchema(new Schema(tables, List.copyOf(sequences.values())), entitiesByTable,
                    subclassesByTable, new Renames(renamedTables, renamedColumns), enums, fields);
        }
    }
}
