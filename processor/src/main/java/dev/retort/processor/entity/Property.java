package dev.retort.processor.entity;

import dev.retort.schema.Column;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What a persistent field maps to, as read from its own annotations. */
sealed interface Property {

    VariableElement field();

    /** A field stored in one column of its own type. */
    record Basic(VariableElement field, Column column, boolean id, boolean unique) implements Property {}

    /**
     * A {@code @ManyToOne}: a column holding the target's id, and a foreign key. The column's type and default name
     * depend on the target entity, known once all entities are read.
     *
     * @param column the physical name given by {@code @JoinColumn(name)}, if any
     */
    record Reference(VariableElement field, Optional<String> column, boolean nullable, TypeElement target)
            implements Property {}
}
