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

    /** {@code Fee (table fees)}, or {@code table fees} when no entity maps that table. */
    public String describe(String table) {
        return entityOf(table).map(entity -> entity.getSimpleName() + " (table " + table + ")")
                .orElse("table " + table);
    }
}
