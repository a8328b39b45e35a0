package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one persistent attribute into an {@link Attribute}, reporting every annotation or type Retort cannot map:
 * basic values, embedded objects (with {@code @AttributeOverride}s), associations and collections.
 */
final class AttributeReader {

    private static final Set<String> TO_ONE_ATTRIBUTES =
            Set.of("optional", "fetch", "cascade", "targetEntity", "mappedBy", "orphanRemoval");
    private static final Set<String> TO_MANY_ATTRIBUTES =
            Set.of("fetch", "cascade", "targetEntity", "mappedBy", "orphanRemoval");
    private static final Set<String> ELEMENT_COLLECTION_ATTRIBUTES = Set.of("fetch", "targetClass");
    private static final Set<String> JOIN_COLUMN_ATTRIBUTES = Set.of("name", "referencedColumnName", "nullable",
            "unique", "insertable", "updatable", "foreignKey");
    private static final Set<String> JOIN_TABLE_ATTRIBUTES = Set.of("name", "schema", "joinColumns",
            "inverseJoinColumns", "foreignKey", "inverseForeignKey", "uniqueConstraints", "indexes");
    private static final Set<String> ORDER_COLUMN_ATTRIBUTES = Set.of("name", "nullable", "insertable", "updatable");
    private static final Set<String> FOREIGN_KEY_ATTRIBUTES = Set.of("name", "value");
    private static final Set<String> EMBEDDED_ANNOTATIONS = Set.of(Jpa.EMBEDDED, Jpa.EMBEDDED_ID, Jpa.ATTRIBUTE_OVERRIDE,
            Jpa.ATTRIBUTE_OVERRIDES, Jpa.ACCESS);

    private final Elements elements;
    private final Types types;
    private final Naming naming;
    private final Reporter reporter;
    private final ColumnReader columns;
    private final TableParts tableParts;

    AttributeReader(Elements elements, Types types, Naming naming, AutoAppliedConverters converters,
            Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.reporter = reporter;
        this.columns = new ColumnReader(elements, types, naming, converters, reporter);
        this.tableParts = new TableParts(elements, naming, reporter);
    }

    /**
     * Where an attribute is read: for which entity (default names and sequences depend on it), with which access, and
     * which columns {@code @AttributeOverride}s replace, by attribute path relative to here.
     */
    record Context(Generation.Owner entity, Member.Access access, Map<String, MirroredAnnotation> overrides) {

        Optional<MirroredAnnotation> override(String attribute) {
            return Optional.ofNullable(overrides.get(attribute));
        }

        /** The context inside the embedded attribute {@code name}, whose own overrides come after the outer ones. */
        Context into(String name, Map<String, MirroredAnnotation> own) {
            Map<String, MirroredAnnotation> inner = new HashMap<>(own);
            String prefix = name + ".";
            overrides.forEach((path, column) -> {
                if (path.startsWith(prefix)) {
                    inner.put(path.substring(prefix.length()), column);
                }
            });
            return new Context(entity, access, inner);
        }
    }

    /** The mapping of a persistent attribute; empty when it maps to nothing here or cannot be mapped. */
    Optional<Attribute> read(Member member, Context context) {
        if (!rejectForeignAnnotations(member)) {
            return Optional.empty();
        }
        Optional<MirroredAnnotation> manyToOne = annotation(member, Jpa.MANY_TO_ONE);
        Optional<MirroredAnnotation> oneToOne = annotation(member, Jpa.ONE_TO_ONE);
        Optional<MirroredAnnotation> oneToMany = annotation(member, Jpa.ONE_TO_MANY);
        Optional<MirroredAnnotation> manyToMany = annotation(member, Jpa.MANY_TO_MANY);
        Optional<MirroredAnnotation> elementCollection = annotation(member, Jpa.ELEMENT_COLLECTION);
        if (manyToOne.isPresent()) {
            return toOne(member, manyToOne.get(), false, context);
        }
        if (oneToOne.isPresent()) {
            return toOne(member, oneToOne.get(), true, context);
        }
        if (oneToMany.isPresent()) {
            return oneToMany(member, oneToMany.get());
        }
        if (manyToMany.isPresent()) {
            return manyToMany(member, manyToMany.get());
        }
        if (elementCollection.isPresent()) {
            return elementCollection(member, elementCollection.get(), context);
        }
        Optional<TypeElement> embeddable = embeddable(member.type());
        boolean embeddedId = annotation(member, Jpa.EMBEDDED_ID).isPresent();
        if (embeddedId || annotation(member, Jpa.EMBEDDED).isPresent() || embeddable.isPresent()) {
            if (embeddable.isEmpty()) {
                invalid(member, null, "@Embedded needs an @Embeddable type, not " + member.type());
                return Optional.empty();
            }
            return embedded(member, embeddable.get(), embeddedId, context);
        }
        return basic(member, context);
    }

    /** Reports JPA annotations Retort does not read on {@code member}; whether there were none. */
    private boolean rejectForeignAnnotations(Member member) {
        boolean supported = true;
        for (AnnotationMirror mirror : member.element().getAnnotationMirrors()) {
            String name = MirroredAnnotation.qualifiedName(mirror);
            if (name.startsWith(Jpa.PACKAGE_PREFIX) && !Jpa.ON_MEMBER.contains(name)
                    || Jpa.HIBERNATE_SCHEMA_CHANGING.contains(name)) {
                reporter.report(member.element(), mirror, null, Message.UNSUPPORTED_MAPPING,
                        "@" + mirror.getAnnotationType().asElement().getSimpleName() + " on "
                                + ElementNames.of(member.element()),
                        "");
                supported = false;
            }
        }
        return supported;
    }

    private Optional<Attribute> basic(Member member, Context context) {
        for (String associationOnly : List.of(Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS, Jpa.ON_DELETE, Jpa.JOIN_TABLE)) {
            annotation(member, associationOnly).ifPresent(a -> invalid(member, a,
                    a.displayName() + " needs an association (@ManyToOne, @OneToOne, @OneToMany or @ManyToMany)"));
        }
        for (String collectionOnly : List.of(Jpa.COLLECTION_TABLE, Jpa.ORDER_COLUMN, Jpa.MAP_KEY_COLUMN)) {
            annotation(member, collectionOnly).ifPresent(a -> invalid(member, a, a.displayName()
                    + " needs a collection (@ElementCollection, @OneToMany or @ManyToMany)"));
        }
        if (member.type().getKind() == TypeKind.DECLARED && collectionKind(member.type()).isPresent()) {
            reporter.report(member.element(), Message.UNSUPPORTED_TYPE, ElementNames.of(member.element()),
                    member.type() + " (a collection needs @ElementCollection, @OneToMany or @ManyToMany)");
            return Optional.empty();
        }
        boolean id = annotation(member, Jpa.ID).isPresent();
        Optional<ColumnReader.Read> read = columns.read(member, member.type(), context.override(member.name())
                .or(() -> annotation(member, Jpa.COLUMN)), member.name(), annotation(member, Jpa.ENUMERATED), id, true);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Column column = read.get().column();
        Generation generation = Generation.of(member, id, column.type(), context.entity(), elements, naming, reporter);
        if (generation.identity()) {
            column = column.withIdentity(true);
        }
        return Optional.of(new ColumnReader.Read(column, read.get().unique(), read.get().declaredNotNull(),
                read.get().checks(), read.get().range(), read.get().enumColumn())
                .basic(member, id, generation.generator(), renamedFrom(member)));
    }

    private Optional<Attribute> embedded(Member member, TypeElement embeddable, boolean id, Context context) {
        for (AnnotationMirror mirror : member.element().getAnnotationMirrors()) {
            String name = MirroredAnnotation.qualifiedName(mirror);
            if (name.startsWith(Jpa.PACKAGE_PREFIX) && !EMBEDDED_ANNOTATIONS.contains(name)) {
                reporter.report(member.element(), mirror, null, Message.INVALID_MAPPING,
                        ElementNames.of(member.element()), "@" + mirror.getAnnotationType().asElement().getSimpleName()
                                + " does not apply to an embedded object");
                return Optional.empty();
            }
        }
        Context inner = context.into(member.name(), overrides(member.element()));
        List<Attribute> attributes = new ArrayList<>();
        for (Member nested : members(embeddable, context.access())) {
            read(nested, inner).ifPresent(attribute -> attributes.add(id ? asId(attribute, member) : attribute));
        }
        if (attributes.isEmpty() && !reporter.hasErrors()) {
            invalid(member, null, embeddable.getSimpleName() + " has no persistent attributes");
        }
        return Optional.of(new Attribute.Embedded(member, attributes, id));
    }

    /** An attribute of an {@code @EmbeddedId}: part of the key, so NOT NULL; only basic values can be. */
    private Attribute asId(Attribute attribute, Member embeddedId) {
        if (attribute instanceof Attribute.Basic basic) {
            return basic.asId();
        }
        if (attribute instanceof Attribute.Embedded embedded) {
            return new Attribute.Embedded(embedded.member(),
                    embedded.attributes().stream().map(a -> asId(a, embeddedId)).toList(), true);
        }
        reporter.report(attribute.member().element(), Message.UNSUPPORTED_MAPPING,
                "an association inside the @EmbeddedId " + ElementNames.of(embeddedId.element())
                        + " (a derived identity)", "");
        return attribute;
    }

    private Optional<Attribute> toOne(Member member, MirroredAnnotation association, boolean oneToOne,
            Context context) {
        Attributes.reject(member.element(), association, TO_ONE_ATTRIBUTES, reporter);
        inapplicable(member, association, Jpa.COLUMN, Jpa.ENUMERATED, Jpa.GENERATED_VALUE, Jpa.DEFAULT, Jpa.LOB,
                Jpa.TEMPORAL, Jpa.CONVERT, Jpa.JOIN_TABLE, Jpa.ORDER_COLUMN, Jpa.COLLECTION_TABLE);
        Optional<TypeElement> target = target(member, association, member.type());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (oneToOne && !association.string("mappedBy").isEmpty()) {
            inapplicable(member, association, Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS);
            return Optional.empty();
        }
        boolean optional = association.bool("optional") && annotation(member, Jpa.NOT_NULL).isEmpty();
        ReferentialAction onDelete = annotation(member, Jpa.ON_DELETE)
                .map(a -> ReferentialAction.valueOf(a.enumConstant("action")))
                .orElse(ReferentialAction.NO_ACTION);
        List<Attribute.JoinColumn> joinColumns = joinColumns(member);
        boolean id = annotation(member, Jpa.ID).isPresent();
        Optional<String> mapsId = annotation(member, Jpa.MAPS_ID).map(m -> m.string("value"));
        return Optional.of(new Attribute.ToOne(member, target.get(), joinColumns, id, mapsId, optional,
                oneToOne || joinColumns.stream().anyMatch(Attribute.JoinColumn::unique), onDelete,
                foreignKeyName(member), renamedFrom(member)));
    }

    private Optional<Attribute> oneToMany(Member member, MirroredAnnotation association) {
        Attributes.reject(member.element(), association, TO_MANY_ATTRIBUTES, reporter);
        inapplicable(member, association, Jpa.COLUMN, Jpa.ENUMERATED, Jpa.GENERATED_VALUE, Jpa.DEFAULT, Jpa.LOB,
                Jpa.TEMPORAL, Jpa.CONVERT, Jpa.ID, Jpa.COLLECTION_TABLE, Jpa.ON_DELETE);
        Optional<Attribute.Collection> kind = toManyKind(member, association);
        Optional<TypeElement> target = kind.flatMap(k -> target(member, association, elementType(member.type())));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (!association.string("mappedBy").isEmpty()) {
            inapplicable(member, association, Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS, Jpa.JOIN_TABLE, Jpa.ORDER_COLUMN);
            return Optional.empty();
        }
        Optional<Attribute.OrderColumn> orderColumn = orderColumn(member);
        if (annotation(member, Jpa.JOIN_COLUMN).isPresent() || annotation(member, Jpa.JOIN_COLUMNS).isPresent()) {
            inapplicable(member, association, Jpa.JOIN_TABLE);
            return Optional.of(new Attribute.ForeignKeyInTarget(member, target.get(), joinColumns(member),
                    foreignKeyName(member), orderColumn));
        }
        return Optional.of(new Attribute.JoinTable(member, target.get(), false, joinTable(member), kind.get(),
                orderColumn, Optional.empty()));
    }

    private Optional<Attribute> manyToMany(Member member, MirroredAnnotation association) {
        Attributes.reject(member.element(), association, TO_MANY_ATTRIBUTES, reporter);
        inapplicable(member, association, Jpa.COLUMN, Jpa.ENUMERATED, Jpa.GENERATED_VALUE, Jpa.DEFAULT, Jpa.LOB,
                Jpa.TEMPORAL, Jpa.CONVERT, Jpa.ID, Jpa.COLLECTION_TABLE, Jpa.ON_DELETE, Jpa.JOIN_COLUMN,
                Jpa.JOIN_COLUMNS);
        Optional<Attribute.Collection> kind = toManyKind(member, association);
        Optional<TypeElement> target = kind.flatMap(k -> target(member, association, elementType(member.type())));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (!association.string("mappedBy").isEmpty()) {
            inapplicable(member, association, Jpa.JOIN_TABLE, Jpa.ORDER_COLUMN);
            return Optional.empty();
        }
        return Optional.of(new Attribute.JoinTable(member, target.get(), true, joinTable(member), kind.get(),
                orderColumn(member), inverseAttribute(target.get(), member.name())));
    }

    private Optional<Attribute> elementCollection(Member member, MirroredAnnotation annotation, Context context) {
        Attributes.reject(member.element(), annotation, ELEMENT_COLLECTION_ATTRIBUTES, reporter);
        inapplicable(member, annotation, Jpa.GENERATED_VALUE, Jpa.ID, Jpa.JOIN_TABLE, Jpa.JOIN_COLUMN,
                Jpa.JOIN_COLUMNS, Jpa.ON_DELETE, Jpa.DEFAULT);
        Optional<Attribute.Collection> kind = collectionKind(member.type());
        if (kind.isEmpty()) {
            invalid(member, annotation, "@ElementCollection needs a Set, List, Collection or Map, not "
                    + member.type());
            return Optional.empty();
        }
        TypeMirror elementType = elementType(member.type());
        if (elementType.getKind() != TypeKind.DECLARED) {
            invalid(member, annotation, "@ElementCollection needs the collection's element type, not " + member.type());
            return Optional.empty();
        }
        List<Attribute> elementAttributes = new ArrayList<>();
        Optional<TypeElement> embeddable = embeddable(elementType);
        if (embeddable.isPresent()) {
            annotation(member, Jpa.COLUMN).ifPresent(c -> invalid(member, c,
                    "@Column does not apply to a collection of embeddables; use @AttributeOverride"));
            Map<String, MirroredAnnotation> overrides = new HashMap<>();
            overrides(member.element()).forEach((path, column) ->
                    overrides.put(path.startsWith("value.") ? path.substring("value.".length()) : path, column));
            Context inner = new Context(context.entity(), context.access(), overrides);
            for (Member nested : members(embeddable.get(), context.access())) {
                read(nested, inner).ifPresent(elementAttributes::add);
            }
        } else {
            columns.read(member, elementType, annotation(member, Jpa.COLUMN), member.name(),
                    annotation(member, Jpa.ENUMERATED), false, false).ifPresent(read -> elementAttributes.add(
                            read.basic(member, false, Attribute.Generator.NONE, Optional.empty())));
        }
        Optional<Attribute.Basic> mapKey = Optional.empty();
        if (kind.get() == Attribute.Collection.MAP) {
            TypeMirror keyType = ((DeclaredType) member.type()).getTypeArguments().get(0);
            mapKey = columns.read(member, keyType, annotation(member, Jpa.MAP_KEY_COLUMN), member.name() + "_KEY",
                    annotation(member, Jpa.MAP_KEY_ENUMERATED), true, false)
                    .map(read -> read.basic(member, false, Attribute.Generator.NONE, Optional.empty()));
            if (mapKey.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Attribute.ElementCollection(member, collectionTable(member), elementAttributes,
                kind.get(), orderColumn(member), mapKey));
    }

    /** The entity an association refers to: its {@code targetEntity}, or the declared type. */
    private Optional<TypeElement> target(Member member, MirroredAnnotation association, TypeMirror declared) {
        TypeMirror targetEntity = (TypeMirror) association.value("targetEntity").getValue();
        TypeMirror type = targetEntity.getKind() == TypeKind.VOID ? declared : targetEntity;
        if (type.getKind() != TypeKind.DECLARED) {
            reporter.report(member.element(), Message.INVALID_REFERENCE, association.displayName() + " on "
                    + ElementNames.of(member.element()), type + " is not an entity");
            return Optional.empty();
        }
        return Optional.of((TypeElement) ((DeclaredType) type).asElement());
    }

    private Optional<Attribute.Collection> toManyKind(Member member, MirroredAnnotation association) {
        Optional<Attribute.Collection> kind = collectionKind(member.type());
        if (kind.isEmpty()) {
            invalid(member, association, association.displayName() + " needs a Set, List or Collection, not "
                    + member.type());
        } else if (kind.get() == Attribute.Collection.MAP) {
            reporter.report(member.element(), association.mirror(), null, Message.UNSUPPORTED_MAPPING,
                    "a Map of entities (" + association.displayName() + " on " + ElementNames.of(member.element())
                            + ")", "");
            return Optional.empty();
        }
        return kind;
    }

    /** SET for a {@code Set}, MAP for a {@code Map}, BAG for another {@code Collection}; empty for the rest. */
    private Optional<Attribute.Collection> collectionKind(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeMirror erased = types.erasure(type);
        if (isSubtype(erased, "java.util.Map")) {
            return Optional.of(Attribute.Collection.MAP);
        }
        if (isSubtype(erased, "java.util.Set")) {
            return Optional.of(Attribute.Collection.SET);
        }
        if (isSubtype(erased, "java.util.Collection")) {
            return Optional.of(Attribute.Collection.BAG);
        }
        return Optional.empty();
    }

    private boolean isSubtype(TypeMirror erased, String collection) {
        TypeElement type = elements.getTypeElement(collection);
        return type != null && types.isSubtype(erased, types.erasure(type.asType()));
    }

    /** The elements' type of a collection, the values' of a map. */
    private static TypeMirror elementType(TypeMirror collection) {
        List<? extends TypeMirror> arguments = ((DeclaredType) collection).getTypeArguments();
        return arguments.isEmpty() ? collection : arguments.get(arguments.size() - 1);
    }

    private Optional<TypeElement> embeddable(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return MirroredAnnotation.find(element, Jpa.EMBEDDABLE, elements).map(e -> element);
    }

    /** An embeddable's members, those of the embeddables and mapped superclasses it extends first. */
    private List<Member> members(TypeElement embeddable, Member.Access access) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement type = embeddable; type != null; type = superclass(type)) {
            if (type == embeddable || MirroredAnnotation.find(type, Jpa.EMBEDDABLE, elements).isPresent()
                    || MirroredAnnotation.find(type, Jpa.MAPPED_SUPERCLASS, elements).isPresent()) {
                chain.add(0, type);
            }
        }
        List<Member> members = new ArrayList<>();
        chain.forEach(type -> members.addAll(Member.declaredBy(type, access, elements)));
        return members;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }

    /** The attribute of {@code target} that maps the other side of {@code attribute} with {@code mappedBy}. */
    private Optional<String> inverseAttribute(TypeElement target, String attribute) {
        for (TypeElement type = target; type != null; type = superclass(type)) {
            for (Element member : Member.fieldsAndGetters(type)) {
                Optional<MirroredAnnotation> manyToMany = MirroredAnnotation.find(member, Jpa.MANY_TO_MANY, elements);
                if (manyToMany.isPresent() && manyToMany.get().string("mappedBy").equals(attribute)) {
                    return Optional.of(member instanceof ExecutableElement getter
                            ? Member.propertyName(getter).orElseThrow()
                            : member.getSimpleName().toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code @AttributeOverride}s on {@code element}: the replacing {@code @Column}, by attribute path. */
    Map<String, MirroredAnnotation> overrides(Element element) {
        Map<String, MirroredAnnotation> overrides = new HashMap<>();
        List<MirroredAnnotation> declared = new ArrayList<>();
        MirroredAnnotation.find(element, Jpa.ATTRIBUTE_OVERRIDE, elements).ifPresent(declared::add);
        MirroredAnnotation.find(element, Jpa.ATTRIBUTE_OVERRIDES, elements)
                .ifPresent(container -> declared.addAll(container.annotations("value", elements)));
        for (MirroredAnnotation override : declared) {
            overrides.put(override.string("name"), override.annotation("column", elements));
        }
        return overrides;
    }

    private List<Attribute.JoinColumn> joinColumns(Member member) {
        List<MirroredAnnotation> declared = new ArrayList<>();
        annotation(member, Jpa.JOIN_COLUMN).ifPresent(declared::add);
        annotation(member, Jpa.JOIN_COLUMNS).ifPresent(c -> declared.addAll(c.annotations("value", elements)));
        return declared.stream().map(joinColumn -> joinColumn(member.element(), joinColumn)).toList();
    }

    Attribute.JoinColumn joinColumn(Element element, MirroredAnnotation joinColumn) {
        Attributes.reject(element, joinColumn, JOIN_COLUMN_ATTRIBUTES, reporter);
        return new Attribute.JoinColumn(physical(joinColumn.string("name"), naming::column),
                physical(joinColumn.string("referencedColumnName"), naming::column), joinColumn.bool("nullable"),
                joinColumn.bool("unique"));
    }

    /** The name {@code @JoinColumn(foreignKey)} or {@code @JoinColumns(foreignKey)} gives the foreign key. */
    private Attribute.ForeignKeyName foreignKeyName(Member member) {
        Optional<MirroredAnnotation> holder = annotation(member, Jpa.JOIN_COLUMNS)
                .or(() -> annotation(member, Jpa.JOIN_COLUMN));
        return holder.map(h -> foreignKeyName(member.element(), h.annotation("foreignKey", elements)))
                .orElse(Attribute.ForeignKeyName.DEFAULT);
    }

    Attribute.ForeignKeyName foreignKeyName(Element element, MirroredAnnotation foreignKey) {
        Attributes.reject(element, foreignKey, FOREIGN_KEY_ATTRIBUTES, reporter);
        return new Attribute.ForeignKeyName(Optional.of(foreignKey.string("name")).filter(n -> !n.isEmpty()),
                foreignKey.enumConstant("value").equals("NO_CONSTRAINT"));
    }

    private Attribute.CollectionTable joinTable(Member member) {
        return annotation(member, Jpa.JOIN_TABLE).map(table -> {
            Attributes.reject(member.element(), table, JOIN_TABLE_ATTRIBUTES, reporter);
            return new Attribute.CollectionTable(physical(table.string("name"), naming::table),
                    physical(table.string("schema"), naming::schema),
                    table.annotations("joinColumns", elements).stream()
                            .map(c -> joinColumn(member.element(), c)).toList(),
                    table.annotations("inverseJoinColumns", elements).stream()
                            .map(c -> joinColumn(member.element(), c)).toList(),
                    foreignKeyName(member.element(), table.annotation("foreignKey", elements)),
                    foreignKeyName(member.element(), table.annotation("inverseForeignKey", elements)),
                    tableParts.uniqueConstraints(member.element(), table),
                    tableParts.indexes(member.element(), table));
        }).orElse(Attribute.CollectionTable.DEFAULT);
    }

    private Attribute.CollectionTable collectionTable(Member member) {
        return annotation(member, Jpa.COLLECTION_TABLE).map(table -> {
            Attributes.reject(member.element(), table, Set.of("name", "schema", "joinColumns", "foreignKey",
                    "uniqueConstraints", "indexes"), reporter);
            return new Attribute.CollectionTable(physical(table.string("name"), naming::table),
                    physical(table.string("schema"), naming::schema),
                    table.annotations("joinColumns", elements).stream()
                            .map(c -> joinColumn(member.element(), c)).toList(),
                    List.of(),
                    foreignKeyName(member.element(), table.annotation("foreignKey", elements)),
                    Attribute.ForeignKeyName.DEFAULT,
                    tableParts.uniqueConstraints(member.element(), table),
                    tableParts.indexes(member.element(), table));
        }).orElse(Attribute.CollectionTable.DEFAULT);
    }

    private Optional<Attribute.OrderColumn> orderColumn(Member member) {
        return annotation(member, Jpa.ORDER_COLUMN).map(order -> {
            Attributes.reject(member.element(), order, ORDER_COLUMN_ATTRIBUTES, reporter);
            return new Attribute.OrderColumn(physical(order.string("name"), naming::column), order.bool("nullable"));
        });
    }

    private static Optional<String> physical(String name, UnaryOperator<String> naming) {
        return Optional.of(name).filter(n -> !n.isEmpty()).map(naming);
    }

    private Optional<String> renamedFrom(Member member) {
        return annotation(member, Jpa.RENAMED_FROM).map(a -> a.string("value")).filter(n -> !n.isBlank())
                .map(naming::column);
    }

    private void inapplicable(Member member, MirroredAnnotation association, String... annotations) {
        for (String inapplicable : annotations) {
            annotation(member, inapplicable).ifPresent(a -> invalid(member, a, a.displayName()
                    + " does not apply to " + describe(association)));
        }
    }

    private static String describe(MirroredAnnotation association) {
        boolean mappedBy = association.written("mappedBy") != null && !association.string("mappedBy").isEmpty();
        return mappedBy ? "the inverse side of an association (mappedBy)" : "a " + association.displayName();
    }

    private void invalid(Member member, MirroredAnnotation annotation, String problem) {
        Attributes.invalid(member.element(), annotation, problem, reporter);
    }

    private Optional<MirroredAnnotation> annotation(Member member, String qualifiedName) {
        return MirroredAnnotation.find(member.element(), qualifiedName, elements);
    }
}
