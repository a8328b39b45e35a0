package dev.retort.processor.entity;

import dev.retort.schema.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * What the annotations of one entity class (and of the mapped superclasses between it and the entity it extends)
 * say, before references between entities are resolved. Column names in {@code indexes} and
 * {@code uniqueConstraints} are physical names as the user wrote them, not yet checked.
 *
 * @param entityName the JPA entity name: {@code @Entity(name)} or the simple class name
 * @param table the physical name of the entity's own table (schema-qualified when {@code @Table(schema)} is set);
 *     a subclass in a SINGLE_TABLE hierarchy has none of its own and uses its root's
 * @param superEntity the nearest superclass that is an {@code @Entity}, if any
 * @param inheritance how the hierarchy this entity is the root of is mapped (read on every entity, used on roots)
 * @param discriminator the {@code @DiscriminatorColumn}, if declared (used on roots)
 * @param discriminatorValue the {@code @DiscriminatorValue}, if declared
 * @param idClassTypes the column types of the attributes of the {@code @IdClass}, by name: Hibernate types a
 *     derived identity's columns by them
 * @param primaryKeyJoinColumns the {@code @PrimaryKeyJoinColumn}s of a JOINED subclass
 * @param attributes the persistent attributes, those of mapped superclasses first
 * @param isAbstract an abstract class: no table of its own in a TABLE_PER_CLASS hierarchy
 * @param renamedFrom the table's previous name, from {@code @RenamedFrom}, after the naming strategy
 */
record EntityMapping(
        TypeElement element,
        String entityName,
        Optional<MirroredAnnotation> tableAnnotation,
        String table,
        Optional<TypeElement> superEntity,
        Inheritance inheritance,
        Optional<Discriminator> discriminator,
        Optional<String> discriminatorValue,
        Map<String, ColumnType> idClassTypes,
        List<Attribute.JoinColumn> primaryKeyJoinColumns,
        Attribute.ForeignKeyName primaryKeyForeignKey,
        List<Attribute> attributes,
        List<Declared> uniqueConstraints,
        List<Declared> indexes,
        List<Attribute.NamedCheck> checks,
        Optional<String> comment,
        boolean isAbstract,
        Optional<String> renamedFrom) {

    /** JPA's inheritance strategies; SINGLE_TABLE is the default. */
    enum Inheritance {
        SINGLE_TABLE,
        JOINED,
        TABLE_PER_CLASS
    }

    /**
     * A {@code @DiscriminatorColumn}: its physical name and SQL type.
     *
     * @param type {@code STRING}, {@code CHAR} or {@code INTEGER}
     */
    record Discriminator(String name, String type, int length) {}

    /**
     * An index or unique constraint declared on {@code @Table} (or a join or collection table); without a name it
     * gets the default one.
     *
     * @param descending the columns an index orders DESC
     */
    record Declared(Optional<String> name, List<String> columns, boolean unique, Set<String> descending) {}

    /** The value that marks this entity's rows in a SINGLE_TABLE hierarchy: {@code @DiscriminatorValue}, or its name. */
    String discriminatorValueOrName() {
        return discriminatorValue.orElse(entityName);
    }

    String simpleName() {
        return element.getSimpleName().toString();
    }
}
