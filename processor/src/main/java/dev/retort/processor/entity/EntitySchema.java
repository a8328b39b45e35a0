package dev.retort.processor.entity;

import dev.retort.schema.Schema;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/** The schema the entities map to, and which entity maps each table, for messages about a table. */
public record EntitySchema(Schema schema, Map<String, TypeElement> entitiesByTable) {

    public EntitySchema {
        entitiesByTable = Map.copyOf(entitiesByTable);
    }

    public Optional<TypeElement> entityOf(String table) {
        return Optional.ofNullable(entitiesByTable.get(table));
    }

    /** The qualified name of the entity class of each table, by table name, as the snapshot records them. */
    public Map<String, String> entityNames() {
        Map<String, String> names = new TreeMap<>();
        entitiesByTable.forEach((table, entity) -> names.put(table, entity.getQualifiedName().toString()));
        return names;
    }

    /** {@code Fee (table fees)}, or {@code table fees} when no entity maps that table. */
    public String describe(String table) {
        return entityOf(table).map(entity -> entity.getSimpleName() + " (table " + table + ")")
                .orElse("table " + table);
    }
}
