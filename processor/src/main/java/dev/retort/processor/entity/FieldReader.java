package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/** Reads one field of an entity into a {@link Property}, reporting every annotation or type Retort cannot map. */
final class FieldReader {

    private static final int DEFAULT_LENGTH = 255;

    // insertable and updatable have no effect on DDL; fetch and cascade neither.
    private static final Set<String> COLUMN_ATTRIBUTES =
            Set.of("name", "nullable", "length", "precision", "scale", "unique", "insertable", "updatable");
    private static final Set<String> JOIN_COLUMN_ATTRIBUTES = Set.of("name", "nullable", "insertable", "updatable");
    private static final Set<String> MANY_TO_ONE_ATTRIBUTES = Set.of("optional", "fetch", "cascade");
    private static final Set<String> GENERATED_VALUE_ATTRIBUTES = Set.of("strategy");

    private final Elements elements;
    private final NamingStrategy naming;
    private final Reporter reporter;

    FieldReader(Elements elements, NamingStrategy naming, Reporter reporter) {
        this.elements = elements;
        this.naming = naming;
        this.reporter = reporter;
    }

    static boolean isPersistent(VariableElement field, Elements elements) {
        return !field.getModifiers().contains(Modifier.STATIC)
                && !field.getModifiers().contains(Modifier.TRANSIENT)
                && MirroredAnnotation.find(field, Jpa.TRANSIENT, elements).isEmpty();
    }

    /** The mapping of a persistent field; empty when it cannot be mapped, after reporting why. */
    Optional<Property> read(VariableElement field) {
        boolean supported = true;
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            String name = MirroredAnnotation.qualifiedName(mirror);
            if (name.startsWith(Jpa.PACKAGE_PREFIX) && !Jpa.ON_FIELD.contains(name)) {
                reporter.report(field, mirror, null, Message.UNSUPPORTED_MAPPING,
                        "@" + mirror.getAnnotationType().asElement().getSimpleName() + " on " + ElementNames.of(field),
                        "");
                supported = false;
            }
        }
        if (!supported) {
            return Optional.empty();
        }
        Optional<MirroredAnnotation> manyToOne = annotation(field, Jpa.MANY_TO_ONE);
        return manyToOne.isPresent() ? reference(field, manyToOne.get()) : basic(field);
    }

    private Optional<Property> basic(VariableElement field) {
        Optional<MirroredAnnotation> column = annotation(field, Jpa.COLUMN);
        column.ifPresent(c -> rejectAttributes(field, c, COLUMN_ATTRIBUTES));
        annotation(field, Jpa.JOIN_COLUMN).ifPresent(joinColumn -> invalid(field, joinColumn,
                ElementNames.of(field), "@JoinColumn needs @ManyToOne"));
        boolean id = annotation(field, Jpa.ID).isPresent();
        boolean identity = identity(field, id);
        String logicalName = column.map(c -> c.string("name")).filter(n -> !n.isEmpty())
                .orElse(field.getSimpleName().toString());
        boolean nullable = !field.asType().getKind().isPrimitive() && !id && !identity
                && column.map(c -> c.bool("nullable")).orElse(true);
        boolean unique = column.map(c -> c.bool("unique")).orElse(false);
        return columnType(field, column).flatMap(type -> {
            if (identity && !type.isInteger()) {
                invalid(field, null, ElementNames.of(field),
                        "an identity column needs an integer type, not " + type);
                return Optional.empty();
            }
            return Optional.of(new Property.Basic(
                    field, new Column(naming.physicalName(logicalName), type, nullable, identity), id, unique));
        });
    }

    private boolean identity(VariableElement field, boolean id) {
        Optional<MirroredAnnotation> generatedValue = annotation(field, Jpa.GENERATED_VALUE);
        if (generatedValue.isEmpty()) {
            return false;
        }
        MirroredAnnotation annotation = generatedValue.get();
        rejectAttributes(field, annotation, GENERATED_VALUE_ATTRIBUTES);
        String strategy = annotation.enumConstant("strategy");
        if (!strategy.equals("IDENTITY")) {
            reporter.report(field, annotation.mirror(), annotation.written("strategy"), Message.UNSUPPORTED_MAPPING,
                    "@GeneratedValue(strategy = " + strategy + ") on " + ElementNames.of(field),
                    "; use strategy = GenerationType.IDENTITY");
        } else if (!id) {
            reporter.report(field, annotation.mirror(), null, Message.UNSUPPORTED_MAPPING,
                    "@GeneratedValue without @Id on " + ElementNames.of(field), "");
        }
        return true;
    }

    private Optional<ColumnType> columnType(VariableElement field, Optional<MirroredAnnotation> column) {
        int length = column.map(c -> c.integer("length")).orElse(DEFAULT_LENGTH);
        int precision = column.map(c -> c.integer("precision")).orElse(0);
        int scale = column.map(c -> c.integer("scale")).orElse(0);
        Optional<MirroredAnnotation> enumerated = annotation(field, Jpa.ENUMERATED);
        try {
            if (ColumnTypes.isEnum(field.asType())) {
                boolean byName = enumerated.map(e -> e.enumConstant("value").equals("STRING")).orElse(false);
                // ORDINAL, JPA's default: Hibernate 6 stores ordinals as smallint.
                return Optional.of(byName ? ColumnType.VARCHAR(length) : ColumnType.SMALLINT);
            }
            if (enumerated.isPresent()) {
                invalid(field, enumerated.get(), ElementNames.of(field),
                        "@Enumerated needs an enum field, not " + field.asType());
                return Optional.empty();
            }
            Optional<ColumnType> type = ColumnTypes.of(field.asType(), length, precision, scale);
            if (type.isEmpty()) {
                reporter.report(field, Message.UNSUPPORTED_TYPE, ElementNames.of(field), field.asType());
            }
            return type;
        } catch (IllegalArgumentException e) {
            invalid(field, column.orElse(null), ElementNames.of(field), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Property> reference(VariableElement field, MirroredAnnotation manyToOne) {
        rejectAttributes(field, manyToOne, MANY_TO_ONE_ATTRIBUTES);
        annotation(field, Jpa.ID).ifPresent(id -> reporter.report(field, id.mirror(), null,
                Message.UNSUPPORTED_MAPPING, "@Id with @ManyToOne on " + ElementNames.of(field), ""));
        for (String inapplicable : new String[] {Jpa.COLUMN, Jpa.ENUMERATED, Jpa.GENERATED_VALUE}) {
            annotation(field, inapplicable).ifPresent(a -> invalid(field, a, ElementNames.of(field),
                    a.displayName() + " does not apply to a @ManyToOne"));
        }
        Optional<MirroredAnnotation> joinColumn = annotation(field, Jpa.JOIN_COLUMN);
        joinColumn.ifPresent(j -> rejectAttributes(field, j, JOIN_COLUMN_ATTRIBUTES));
        Optional<String> column = joinColumn.map(j -> j.string("name")).filter(n -> !n.isEmpty())
                .map(naming::physicalName);
        boolean nullable = manyToOne.bool("optional") && joinColumn.map(j -> j.bool("nullable")).orElse(true);
        if (field.asType().getKind() != TypeKind.DECLARED) {
            reporter.report(field, Message.INVALID_REFERENCE, ElementNames.of(field),
                    field.asType() + " is not an entity");
            return Optional.empty();
        }
        TypeElement target = (TypeElement) ((DeclaredType) field.asType()).asElement();
        return Optional.of(new Property.Reference(field, column, nullable, target));
    }

    private void rejectAttributes(VariableElement field, MirroredAnnotation annotation, Set<String> allowed) {
        for (String attribute : annotation.attributesSetExcept(allowed)) {
            reporter.report(field, annotation.mirror(), annotation.written(attribute), Message.UNSUPPORTED_MAPPING,
                    annotation.displayName() + "(" + attribute + ") on " + ElementNames.of(field), "");
        }
    }

    private void invalid(VariableElement field, MirroredAnnotation annotation, String where, String problem) {
        if (annotation == null) {
            reporter.report(field, Message.INVALID_MAPPING, where, problem);
        } else {
            reporter.report(field, annotation.mirror(), null, Message.INVALID_MAPPING, where, problem);
        }
    }

    private Optional<MirroredAnnotation> annotation(VariableElement field, String qualifiedName) {
        return MirroredAnnotation.find(field, qualifiedName, elements);
    }
}
