package dev.retort.processor.entity;

import dev.retort.schema.Column;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What a persistent field maps to, as read from its own annotations. */
sealed interface Property {

    VariableElement field();

    /** The column's previous name, from {@code @RenamedFrom}, after the naming strategy. */
    Optional<String> renamedFrom();

    /**
     * A field stored in one column of its own type.
     *
     * @param checks the {@code @Column(check = ...)} constraints, each named
     * @param enumColumn how an enum field is stored, with its constants
     * @param sequence the sequence of a {@code @GeneratedValue(strategy = SEQUENCE)} id
     */
    record Basic(VariableElement field, Column column, boolean id, boolean unique, List<NamedCheck> checks,
            Optional<EnumColumn> enumColumn, Optional<Sequence> sequence, Optional<String> renamedFrom)
            implements Property {}

    /**
     * A {@code @ManyToOne}: a column holding the target's id, and a foreign key. The column's type and default name
     * depend on the target entity, known once all entities are read.
     *
     * @param column the physical name given by {@code @JoinColumn(name)}, if any
     * @param onDelete from Hibernate's {@code @OnDelete}; NO ACTION without it
     */
    record Reference(VariableElement field, Optional<String> column, boolean nullable, TypeElement target,
            ReferentialAction onDelete, Optional<String> renamedFrom) implements Property {}

    /** A {@code @CheckConstraint(name, constraint)}. */
    record NamedCheck(String name, String expression) {}
}
