package dev.retort.processor.entity;

import dev.retort.schema.Schema;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** The schema the entities map to, and which entity maps each table, for messages about a table. */
public record EntitySchema(Schema schema, Map<String, TypeElement> entitiesByTable) {

    public EntitySchema {
        entitiesByTable = Map.copyOf(entitiesByTable);
    }

    public Optional<TypeElement> entityOf(String table) {
        return Optional.ofNullable(entitiesByTable.get(table));
    }
}
