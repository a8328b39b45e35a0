package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the annotations of one entity class, and of the mapped superclasses between it and the entity it extends,
 * into an {@link EntityMapping}, reporting what Retort cannot map.
 */
final class EntityReader {

    private static final Set<String> TABLE_ATTRIBUTES =
            Set.of("name", "schema", "indexes", "uniqueConstraints", "check", "comment");
    private static final Set<String> DISCRIMINATOR_ATTRIBUTES = Set.of("name", "discriminatorType", "length");
    private static final Set<String> PRIMARY_KEY_JOIN_COLUMN_ATTRIBUTES =
            Set.of("name", "referencedColumnName", "foreignKey");
    private static final int DISCRIMINATOR_LENGTH = 31;

    private final Elements elements;
    private final Naming naming;
    private final Reporter reporter;
    private final AttributeReader attributes;
    private final TableParts tableParts;

    EntityReader(Elements elements, Types types, Naming naming, AutoAppliedConverters converters, Reporter reporter) {
        this.elements = elements;
        this.naming = naming;
        this.reporter = reporter;
        this.attributes = new AttributeReader(elements, types, naming, converters, reporter);
        this.tableParts = new TableParts(elements, naming, reporter);
    }

    /** The entity's mapping, complete only when no error was reported. */
    EntityMapping read(TypeElement entity) {
        List<TypeElement> chain = ownChain(entity);
        chain.forEach(type -> rejectAnnotations(type, Jpa.ON_TYPE));
        Optional<TypeElement> superEntity = superEntity(entity);
        String entityName = MirroredAnnotation.find(entity, Jpa.ENTITY, elements)
                .map(e -> e.string("name"))
                .filter(name -> !name.isEmpty())
                .orElse(entity.getSimpleName().toString());
        Optional<MirroredAnnotation> table = MirroredAnnotation.find(entity, Jpa.TABLE, elements);
        table.ifPresent(t -> Attributes.reject(entity, t, TABLE_ATTRIBUTES, reporter));

        String tableName = naming.table(table.map(t -> t.string("name")).filter(n -> !n.isEmpty())
                .orElse(entityName));
        Member.Access access = hierarchyAccess(entity);
        AttributeReader.Context context = new AttributeReader.Context(
                new Generation.Owner(entityName, tableName, chain), access, attributes.overrides(entity));
        List<Attribute> read = new ArrayList<>();
        for (TypeElement type : chain) {
            for (Member member : Member.declaredBy(type, access, elements)) {
                attributes.read(member, context).ifPresent(read::add);
            }
        }
        checkIds(entity, superEntity, chain, read);

        List<EntityMapping.Declared> uniqueConstraints =
                table.map(t -> tableParts.uniqueConstraints(entity, t)).orElse(List.of());
        List<EntityMapping.Declared> indexes = table.map(t -> tableParts.indexes(entity, t)).orElse(List.of());
        List<Attribute.NamedCheck> checks =
                table.map(t -> Checks.read(entity, t, elements, reporter)).orElse(List.of());
        Optional<String> comment = table.map(t -> t.string("comment")).filter(text -> !text.isBlank());
        Optional<String> renamedFrom = MirroredAnnotation.find(entity, Jpa.RENAMED_FROM, elements)
                .map(a -> a.string("value")).filter(name -> !name.isBlank()).map(naming::table);
        Optional<String> schema = table.map(t -> t.string("schema")).filter(s -> !s.isEmpty())
                .map(naming::schema);
        return new EntityMapping(entity, entityName, table, Names.qualified(schema.orElse(null), tableName),
                superEntity, inheritance(entity), discriminator(entity),
                MirroredAnnotation.find(entity, Jpa.DISCRIMINATOR_VALUE, elements).map(v -> v.string("value")),
                idClassTypes(chain), primaryKeyJoinColumns(entity),
                primaryKeyForeignKey(entity), read, uniqueConstraints, indexes, checks, comment,
                entity.getModifiers().contains(Modifier.ABSTRACT), renamedFrom);
    }

    /** A root needs an id, a subclass inherits its root's and may not declare one. */
    private void checkIds(TypeElement entity, Optional<TypeElement> superEntity, List<TypeElement> chain,
            List<Attribute> read) {
        List<Attribute> ids = read.stream().filter(EntityReader::isId).toList();
        boolean declared = chain.stream().flatMap(type -> Member.fieldsAndGetters(type).stream())
                .anyMatch(m -> Member.annotated(m, Jpa.ID, elements) || Member.annotated(m, Jpa.EMBEDDED_ID, elements));
        if (superEntity.isPresent()) {
            ids.forEach(id -> reporter.report(id.member().element(), Message.INVALID_MAPPING,
                    ElementNames.of(id.member().element()), "an entity that extends the entity "
                            + superEntity.get().getSimpleName() + " has its id and cannot declare one"));
        } else if (!declared) {
            reporter.report(entity, Message.MISSING_ID, ElementNames.of(entity));
        } else if (ids.stream().anyMatch(id -> id instanceof Attribute.Embedded) && ids.size() > 1) {
            reporter.report(entity, Message.INVALID_MAPPING, ElementNames.of(entity),
                    "an @EmbeddedId is the whole id; it cannot stand beside other @Id attributes");
        }
    }

    private static boolean isId(Attribute attribute) {
        return attribute instanceof Attribute.Basic basic && basic.id()
                || attribute instanceof Attribute.Embedded embedded && embedded.id();
    }

    /** The entity and the mapped superclasses it extends up to the next entity, the topmost first. */
    private List<TypeElement> ownChain(TypeElement entity) {
        List<TypeElement> chain = new ArrayList<>(List.of(entity));
        for (TypeElement type = superclass(entity); type != null; type = superclass(type)) {
            if (isEntity(type)) {
                break;
            }
            if (MirroredAnnotation.find(type, Jpa.MAPPED_SUPERCLASS, elements).isPresent()) {
                chain.add(0, type);
            }
        }
        return chain;
    }

    private Optional<TypeElement> superEntity(TypeElement entity) {
        for (TypeElement type = superclass(entity); type != null; type = superclass(type)) {
            if (isEntity(type)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The root of {@code entity}'s hierarchy: its topmost entity superclass, or itself. */
    private TypeElement root(TypeElement entity) {
        TypeElement root = entity;
        for (TypeElement type = superclass(entity); type != null; type = superclass(type)) {
            if (isEntity(type)) {
                root = type;
            }
        }
        return root;
    }

    /**
     * The access of the hierarchy: where its {@code @Id} or {@code @EmbeddedId} stands (a field or a getter) in the
     * root entity or a mapped superclass above it; else the root's {@code @Access}; else FIELD.
     */
    private Member.Access hierarchyAccess(TypeElement entity) {
        TypeElement root = root(entity);
        for (TypeElement type = root; type != null; type = superclass(type)) {
            for (Element member : Member.fieldsAndGetters(type)) {
                if (Member.annotated(member, Jpa.ID, elements) || Member.annotated(member, Jpa.EMBEDDED_ID, elements)) {
                    return member instanceof ExecutableElement ? Member.Access.PROPERTY : Member.Access.FIELD;
                }
            }
        }
        return Member.explicitAccess(root, elements).orElse(Member.Access.FIELD);
    }

    /** The column types of the {@code @IdClass}'s fields, on the entity or a mapped superclass of it. */
    private Map<String, ColumnType> idClassTypes(List<TypeElement> chain) {
        Map<String, ColumnType> types = new HashMap<>();
        for (TypeElement type : chain) {
            MirroredAnnotation.find(type, Jpa.ID_CLASS, elements).ifPresent(idClass -> {
                TypeMirror value = (TypeMirror) idClass.value("value").getValue();
                if (value.getKind() == TypeKind.DECLARED) {
                    for (VariableElement field : ElementFilter.fieldsIn(((DeclaredType) value).asElement()
                            .getEnclosedElements())) {
                        if (!field.getModifiers().contains(Modifier.STATIC)) {
                            ColumnTypes.of(field.asType(), ColumnReader.DEFAULT_LENGTH, 0, 0)
                                    .ifPresent(t -> types.put(field.getSimpleName().toString(), t));
                        }
                    }
                }
            });
        }
        return types;
    }

    private EntityMapping.Inheritance inheritance(TypeElement entity) {
        return MirroredAnnotation.find(entity, Jpa.INHERITANCE, elements)
                .map(i -> EntityMapping.Inheritance.valueOf(i.enumConstant("strategy")))
                .orElse(EntityMapping.Inheritance.SINGLE_TABLE);
    }

    private Optional<EntityMapping.Discriminator> discriminator(TypeElement entity) {
        return MirroredAnnotation.find(entity, Jpa.DISCRIMINATOR_COLUMN, elements).map(column -> {
            Attributes.reject(entity, column, DISCRIMINATOR_ATTRIBUTES, reporter);
            return new EntityMapping.Discriminator(naming.column(column.string("name")),
                    column.enumConstant("discriminatorType"), column.integer("length"));
        });
    }

    /** Hibernate's discriminator when the root declares none: {@code DTYPE varchar(31)}. */
    static EntityMapping.Discriminator defaultDiscriminator(Naming naming) {
        return new EntityMapping.Discriminator(naming.column("DTYPE"), "STRING", DISCRIMINATOR_LENGTH);
    }

    private List<Attribute.JoinColumn> primaryKeyJoinColumns(TypeElement entity) {
        List<MirroredAnnotation> declared = new ArrayList<>();
        MirroredAnnotation.find(entity, Jpa.PRIMARY_KEY_JOIN_COLUMN, elements).ifPresent(declared::add);
        MirroredAnnotation.find(entity, Jpa.PRIMARY_KEY_JOIN_COLUMNS, elements)
                .ifPresent(c -> declared.addAll(c.annotations("value", elements)));
        return declared.stream().map(column -> {
            Attributes.reject(entity, column, PRIMARY_KEY_JOIN_COLUMN_ATTRIBUTES, reporter);
            return new Attribute.JoinColumn(nonEmpty(column.string("name")).map(naming::column),
                    nonEmpty(column.string("referencedColumnName")).map(naming::column), false, false);
        }).toList();
    }

    private Attribute.ForeignKeyName primaryKeyForeignKey(TypeElement entity) {
        return MirroredAnnotation.find(entity, Jpa.PRIMARY_KEY_JOIN_COLUMN, elements)
                .or(() -> MirroredAnnotation.find(entity, Jpa.PRIMARY_KEY_JOIN_COLUMNS, elements))
                .map(holder -> attributes.foreignKeyName(entity, holder.annotation("foreignKey", elements)))
                .orElse(Attribute.ForeignKeyName.DEFAULT);
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.of(value).filter(v -> !v.isEmpty());
    }

    private boolean isEntity(TypeElement type) {
        return MirroredAnnotation.find(type, Jpa.ENTITY, elements).isPresent();
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getKind() == ElementKind.CLASS && !element.getQualifiedName().contentEquals("java.lang.Object")
                ? element
                : null;
    }

    private void rejectAnnotations(Element element, Set<String> allowed) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = MirroredAnnotation.qualifiedName(mirror);
            if (name.startsWith(Jpa.PACKAGE_PREFIX) && !allowed.contains(name)
                    || Jpa.HIBERNATE_SCHEMA_CHANGING.contains(name)) {
                reporter.report(element, mirror, null, Message.UNSUPPORTED_MAPPING,
                        "@" + mirror.getAnnotationType().asElement().getSimpleName() + " on "
                                + ElementNames.of(element),
                        "");
            }
        }
    }

}
