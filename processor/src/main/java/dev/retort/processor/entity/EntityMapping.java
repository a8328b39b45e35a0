package dev.retort.processor.entity;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What the annotations of one entity say, before references between entities are resolved. Column names in
 * {@code indexes} and {@code uniqueConstraints} are physical names as the user wrote them, not yet checked.
 * {@code renamedFrom} is the table's previous name, from {@code @RenamedFrom}, after the naming strategy.
 */
record EntityMapping(
        TypeElement element,
        Optional<MirroredAnnotation> tableAnnotation,
        String table,
        List<Property> properties,
        List<Declared> uniqueConstraints,
        List<Declared> indexes,
        List<Property.NamedCheck> checks,
        Optional<String> comment,
        Optional<String> renamedFrom) {

    /** An index or unique constraint declared on {@code @Table}; without a name it gets the default one. */
    record Declared(Optional<String> name, List<String> columns, boolean unique) {}

    Property.Basic id() {
        return properties.stream()
                .filter(p -> p instanceof Property.Basic basic && basic.id())
                .map(Property.Basic.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(element + " was read without an id"));
    }

    String simpleName() {
        return element.getSimpleName().toString();
    }
}
