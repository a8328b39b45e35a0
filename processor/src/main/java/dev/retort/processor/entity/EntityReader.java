package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads the annotations of one entity class into an {@link EntityMapping}, reporting what Retort cannot map. */
final class EntityReader {

    private static final Set<String> TABLE_ATTRIBUTES =
            Set.of("name", "indexes", "uniqueConstraints", "check", "comment");
    private static final Set<String> INDEX_ATTRIBUTES = Set.of("name", "columnList", "unique");
    private static final Set<String> UNIQUE_CONSTRAINT_ATTRIBUTES = Set.of("name", "columnNames");

    private final Elements elements;
    private final NamingStrategy naming;
    private final Reporter reporter;
    private final FieldReader fields;

    EntityReader(Elements elements, NamingStrategy naming, Reporter reporter) {
        this.elements = elements;
        this.naming = naming;
        this.reporter = reporter;
        this.fields = new FieldReader(elements, naming, reporter);
    }

    /** The entity's mapping, complete only when no error was reported. */
    EntityMapping read(TypeElement entity) {
        rejectAnnotations(entity, Jpa.ON_ENTITY);
        rejectMappedSuperclasses(entity);
        boolean propertyAccess = rejectPropertyAccess(entity);
        Optional<MirroredAnnotation> table = MirroredAnnotation.find(entity, Jpa.TABLE, elements);
        table.ifPresent(t -> rejectAttributes(entity, t, TABLE_ATTRIBUTES));
        List<VariableElement> persistent = ElementFilter.fieldsIn(entity.getEnclosedElements()).stream()
                .filter(field -> FieldReader.isPersistent(field, elements))
                .toList();
        List<Property> properties = new ArrayList<>();
        persistent.forEach(field -> fields.read(field).ifPresent(properties::add));
        long ids = persistent.stream()
                .filter(field -> MirroredAnnotation.find(field, Jpa.ID, elements).isPresent())
                .count();
        if (ids == 0 && !propertyAccess) {
            reporter.report(entity, Message.MISSING_ID, ElementNames.of(entity));
        } else if (ids > 1) {
            reporter.report(entity, Message.UNSUPPORTED_MAPPING,
                    "@Id on several fields of " + ElementNames.of(entity), " (a composite key)");
        }
        List<EntityMapping.Declared> uniqueConstraints =
                table.map(t -> uniqueConstraints(entity, t)).orElse(List.of());
        List<EntityMapping.Declared> indexes = table.map(t -> indexes(entity, t)).orElse(List.of());
        List<Property.NamedCheck> checks = table.map(t -> Checks.read(entity, t, elements, reporter)).orElse(List.of());
        Optional<String> comment = table.map(t -> t.string("comment")).filter(text -> !text.isBlank());
        Optional<String> renamedFrom = MirroredAnnotation.find(entity, Jpa.RENAMED_FROM, elements)
                .map(a -> a.string("value")).filter(name -> !name.isBlank()).map(naming::physicalName);
        return new EntityMapping(entity, table, naming.physicalName(tableName(entity, table)), properties,
                uniqueConstraints, indexes, checks, comment, renamedFrom);
    }

    private String tableName(TypeElement entity, Optional<MirroredAnnotation> table) {
        String entityName = MirroredAnnotation.find(entity, Jpa.ENTITY, elements)
                .map(e -> e.string("name"))
                .filter(name -> !name.isEmpty())
                .orElse(entity.getSimpleName().toString());
        return table.map(t -> t.string("name")).filter(name -> !name.isEmpty()).orElse(entityName);
    }

    private void rejectAnnotations(Element element, Set<String> allowed) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = MirroredAnnotation.qualifiedName(mirror);
            if (name.startsWith(Jpa.PACKAGE_PREFIX) && !allowed.contains(name)) {
                reporter.report(element, mirror, null, Message.UNSUPPORTED_MAPPING,
                        "@" + mirror.getAnnotationType().asElement().getSimpleName() + " on "
                                + ElementNames.of(element),
                        "");
            }
        }
    }

    // Fields of a plain superclass carry no JPA state; an annotated one would, and Retort does not read it yet.
    private void rejectMappedSuperclasses(TypeElement entity) {
        TypeMirror superclass = entity.getSuperclass();
        while (superclass.getKind() == TypeKind.DECLARED) {
            TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
            for (String annotation : List.of(Jpa.MAPPED_SUPERCLASS, Jpa.ENTITY)) {
                MirroredAnnotation.find(type, annotation, elements).ifPresent(a -> reporter.report(entity,
                        Message.UNSUPPORTED_MAPPING,
                        a.displayName() + " on " + type.getSimpleName() + ", the superclass of "
                                + ElementNames.of(entity) + ",",
                        ""));
            }
            superclass = type.getSuperclass();
        }
    }

    /** Reports each {@code @Id} on a method; returns whether there was one. */
    private boolean rejectPropertyAccess(TypeElement entity) {
        boolean found = false;
        for (ExecutableElement method : ElementFilter.methodsIn(entity.getEnclosedElements())) {
            Optional<MirroredAnnotation> id = MirroredAnnotation.find(method, Jpa.ID, elements);
            if (id.isPresent()) {
                reporter.report(method, id.get().mirror(), null, Message.UNSUPPORTED_MAPPING,
                        "property access (@Id on " + ElementNames.of(method) + ")", "; annotate the fields");
                found = true;
            }
        }
        return found;
    }

    private List<EntityMapping.Declared> uniqueConstraints(TypeElement entity, MirroredAnnotation table) {
        List<EntityMapping.Declared> declared = new ArrayList<>();
        for (MirroredAnnotation constraint : table.annotations("uniqueConstraints", elements)) {
            rejectAttributes(entity, constraint, UNIQUE_CONSTRAINT_ATTRIBUTES);
            List<String> columns = constraint.strings("columnNames").stream().map(naming::physicalName).toList();
            if (columns.isEmpty()) {
                reporter.report(entity, table.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(entity),
                        "@UniqueConstraint needs at least one column name");
            } else {
                declared.add(new EntityMapping.Declared(name(constraint), columns, true));
            }
        }
        return declared;
    }

    private List<EntityMapping.Declared> indexes(TypeElement entity, MirroredAnnotation table) {
        List<EntityMapping.Declared> declared = new ArrayList<>();
        for (MirroredAnnotation index : table.annotations("indexes", elements)) {
            rejectAttributes(entity, index, INDEX_ATTRIBUTES);
            indexColumns(entity, table, index.string("columnList")).ifPresent(columns ->
                    declared.add(new EntityMapping.Declared(name(index), columns, index.bool("unique"))));
        }
        return declared;
    }

    private Optional<List<String>> indexColumns(TypeElement entity, MirroredAnnotation table, String columnList) {
        List<String> columns = new ArrayList<>();
        for (String entry : columnList.split(",", -1)) {
            String[] words = entry.strip().split("\\s+");
            if (words.length == 2 && Set.of("asc", "desc").contains(words[1].toLowerCase(Locale.ROOT))) {
                reporter.report(entity, table.mirror(), null, Message.UNSUPPORTED_MAPPING,
                        "ASC/DESC in @Index(columnList = \"" + columnList + "\") on " + ElementNames.of(entity), "");
                return Optional.empty();
            }
            if (words.length != 1 || words[0].isEmpty()) {
                reporter.report(entity, table.mirror(), null, Message.INVALID_MAPPING, ElementNames.of(entity),
                        "@Index(columnList = \"" + columnList + "\") is not a comma-separated list of column names");
                return Optional.empty();
            }
            columns.add(naming.physicalName(words[0]));
        }
        return Optional.of(columns);
    }

    private static Optional<String> name(MirroredAnnotation annotation) {
        return Optional.of(annotation.string("name")).filter(name -> !name.isEmpty());
    }

    private void rejectAttributes(TypeElement entity, MirroredAnnotation annotation, Set<String> allowed) {
        for (String attribute : annotation.attributesSetExcept(allowed)) {
            reporter.report(entity, annotation.mirror(), annotation.written(attribute), Message.UNSUPPORTED_MAPPING,
                    annotation.displayName() + "(" + attribute + ") on " + ElementNames.of(entity), "");
        }
    }
}
