package dev.retort.processor.entity;

import dev.retort.schema.Column;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What a persistent attribute maps to, as read from its own annotations, before references between entities are
 * resolved: columns of the owner's table, columns of another entity's table, or a table of its own.
 */
sealed interface Attribute {

    Member member();

    /**
     * An attribute stored in one column of its own type.
     *
     * @param id part of the primary key ({@code @Id}, or inside an {@code @EmbeddedId})
     * @param declaredNotNull NOT NULL because {@code @Column(nullable = false)} says so, not for another reason (a
     *     primitive, {@code @NotNull}): Hibernate keeps only these NOT NULL in a SINGLE_TABLE subclass
     * @param checks the {@code @Column(check = ...)} constraints, each named
     * @param range the bounds of Bean Validation's {@code @Min} and {@code @Max}, which Hibernate checks
     * @param enumColumn how an enum attribute is stored, with its constants
     * @param generator the sequence or table an id's values come from
     * @param renamedFrom the column's previous name, from {@code @RenamedFrom}, after the naming strategy
     */
    record Basic(Member member, Column column, boolean id, boolean unique, boolean declaredNotNull,
            List<NamedCheck> checks, Range range, Optional<EnumColumn> enumColumn, Generator generator,
            Optional<String> renamedFrom) implements Attribute {

        Basic asId() {
            return new Basic(member, column.withNullable(false), true, unique, declaredNotNull, checks, range,
                    enumColumn, generator, renamedFrom);
        }
    }

    /** The least and greatest values Bean Validation allows ({@code @Min}, {@code @Max}); none when unbounded. */
    record Range(Optional<Long> min, Optional<Long> max) {

        static final Range NONE = new Range(Optional.empty(), Optional.empty());

        boolean bounded() {
            return min.isPresent() || max.isPresent();
        }
    }

    /** An {@code @Embedded} object or {@code @EmbeddedId}: the columns of its attributes, in the owner's table. */
    record Embedded(Member member, List<Attribute> attributes, boolean id) implements Attribute {}

    /**
     * A {@code @ManyToOne}, or the owning side of a {@code @OneToOne}: columns holding the target's key, and a
     * foreign key. The columns' types and default names depend on the target, known once all entities are read.
     *
     * @param id part of the primary key ({@code @Id} on the association: a derived identity)
     * @param mapsId the attribute of the {@code @EmbeddedId} its columns stand for ({@code @MapsId}), or {@code ""}
     *     for the whole id; empty without {@code @MapsId}
     * @param optional false for {@code optional = false}: its columns are NOT NULL
     * @param unique a one-to-one: its columns are unique
     */
    record ToOne(Member member, TypeElement target, List<JoinColumn> joinColumns, boolean id, Optional<String> mapsId,
            boolean optional, boolean unique, ReferentialAction onDelete, ForeignKeyName foreignKey,
            Optional<String> renamedFrom) implements Attribute {}

    /**
     * A unidirectional {@code @OneToMany} with {@code @JoinColumn}: columns in the target's table holding this
     * entity's key.
     */
    record ForeignKeyInTarget(Member member, TypeElement target, List<JoinColumn> joinColumns, ForeignKeyName foreignKey,
            Optional<OrderColumn> orderColumn) implements Attribute {}

    /**
     * The owning side of a {@code @ManyToMany}, or a unidirectional {@code @OneToMany} without {@code @JoinColumn}: a
     * join table holding the keys of both sides.
     *
     * @param inverseAttribute the name of the attribute that maps the other side ({@code mappedBy} this one), if any:
     *     it names the join table's columns that hold this entity's key
     */
    record JoinTable(Member member, TypeElement target, boolean manyToMany, CollectionTable table, Collection kind,
            Optional<OrderColumn> orderColumn, Optional<String> inverseAttribute) implements Attribute {}

    /** An {@code @ElementCollection}: a table holding the owner's key and the elements (and keys, of a map). */
    record ElementCollection(Member member, CollectionTable table, List<Attribute> elements, Collection kind,
            Optional<OrderColumn> orderColumn, Optional<Basic> mapKey) implements Attribute {}

    /** How a collection is kept, which decides the primary key of its table. */
    enum Collection {
        /** A {@code Set}: each element once; the key and the elements are the primary key. */
        SET,
        /** A {@code List} or {@code Collection}: no primary key, unless an {@code @OrderColumn} makes one. */
        BAG,
        /** A {@code Map}: the key and the map's key are the primary key. */
        MAP
    }

    /**
     * A {@code @JoinColumn} (or {@code @PrimaryKeyJoinColumn}); names are physical, empty when left to the default.
     */
    record JoinColumn(Optional<String> name, Optional<String> referencedColumn, boolean nullable, boolean unique) {

        static final JoinColumn DEFAULT = new JoinColumn(Optional.empty(), Optional.empty(), true, false);
    }

    /** The name a {@code @ForeignKey} gives a foreign key, or that it asks for none ({@code NO_CONSTRAINT}). */
    record ForeignKeyName(Optional<String> name, boolean none) {

        static final ForeignKeyName DEFAULT = new ForeignKeyName(Optional.empty(), false);
    }

    /**
     * A {@code @JoinTable} or {@code @CollectionTable}: its physical name and schema, when given, and its columns.
     *
     * @param joinColumns the columns holding the owner's key
     * @param inverseJoinColumns the columns holding the target's key (join tables only)
     */
    record CollectionTable(Optional<String> name, Optional<String> schema, List<JoinColumn> joinColumns,
            List<JoinColumn> inverseJoinColumns, ForeignKeyName foreignKey, ForeignKeyName inverseForeignKey,
            List<EntityMapping.Declared> uniqueConstraints, List<EntityMapping.Declared> indexes) {

        static final CollectionTable DEFAULT = new CollectionTable(Optional.empty(), Optional.empty(), List.of(),
                List.of(), ForeignKeyName.DEFAULT, ForeignKeyName.DEFAULT, List.of(), List.of());
    }

    /** An {@code @OrderColumn}: the column keeping a list's order; its physical name, when given. */
    record OrderColumn(Optional<String> name, boolean nullable) {}

    /** A {@code @CheckConstraint(name, constraint)}. */
    record NamedCheck(String name, String expression) {}

    /** Where an id's values come from, when not from the application or an identity column. */
    record Generator(Optional<Sequence> sequence, Optional<Table> table) {

        static final Generator NONE = new Generator(Optional.empty(), Optional.empty());
    }
}
