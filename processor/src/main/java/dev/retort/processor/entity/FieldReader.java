package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
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
    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("name", "nullable", "length", "precision", "scale",
            "unique", "insertable", "updatable", "comment", "check");
    private static final Set<String> JOIN_COLUMN_ATTRIBUTES = Set.of("name", "nullable", "insertable", "updatable");
    private static final Set<String> MANY_TO_ONE_ATTRIBUTES = Set.of("optional", "fetch", "cascade");

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
        column.ifPresent(c -> Attributes.reject(field, c, COLUMN_ATTRIBUTES, reporter));
        annotation(field, Jpa.JOIN_COLUMN).ifPresent(joinColumn -> invalid(field, joinColumn,
                ElementNames.of(field), "@JoinColumn needs @ManyToOne"));
        annotation(field, Jpa.ON_DELETE).ifPresent(onDelete -> invalid(field, onDelete,
                ElementNames.of(field), "@OnDelete needs @ManyToOne"));
        boolean id = annotation(field, Jpa.ID).isPresent();
        Generation generation = Generation.of(field, id, elements, naming, reporter);
        String logicalName = column.map(c -> c.string("name")).filter(n -> !n.isEmpty())
                .orElse(field.getSimpleName().toString());
        boolean nullable = !field.asType().getKind().isPrimitive() && !id && !generation.generated()
                && column.map(c -> c.bool("nullable")).orElse(true);
        boolean unique = column.map(c -> c.bool("unique")).orElse(false);
        Optional<String> comment = column.map(c -> c.string("comment")).filter(text -> !text.isBlank());
        List<Property.NamedCheck> checks = column.map(c -> Checks.read(field, c, elements, reporter)).orElse(List.of());
        Optional<EnumColumn> enumColumn = enumColumn(field);
        return columnType(field, column).flatMap(type -> {
            if (generation.generated() && !type.isInteger()) {
                invalid(field, null, ElementNames.of(field), (generation.identity() ? "an identity column" : "an id"
                        + " from a sequence") + " needs an integer type, not " + type);
                return Optional.empty();
            }
            Optional<DefaultValue> defaultValue = defaultValue(field, enumColumn);
            try {
                Column mapped = new Column(naming.physicalName(logicalName), type, nullable, generation.identity(),
                        defaultValue, comment);
                return Optional.of(new Property.Basic(field, mapped, id, unique, checks, enumColumn,
                        generation.sequence(), renamedFrom(field)));
            } catch (IllegalArgumentException e) {
                Optional<MirroredAnnotation> cause = annotation(field, Jpa.DEFAULT);
                invalid(field, cause.orElse(null), ElementNames.of(field), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * {@code @Default}: a value, or {@code now = true}. On an ORDINAL enum the value names a constant and stands for
     * its number; on a STRING enum it must name a constant.
     */
    private Optional<DefaultValue> defaultValue(VariableElement field, Optional<EnumColumn> enumColumn) {
        Optional<MirroredAnnotation> found = annotation(field, Jpa.DEFAULT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MirroredAnnotation annotation = found.get();
        boolean hasValue = annotation.written("value") != null;
        boolean now = annotation.bool("now");
        if (hasValue == now) {
            invalid(field, annotation, ElementNames.of(field), "@Default needs either a value or now = true");
            return Optional.empty();
        }
        if (now) {
            ColumnType.Kind kind = columnKind(field);
            return Optional.of(kind == ColumnType.Kind.DATE ? DefaultValue.CURRENT_DATE : DefaultValue.CURRENT_TIMESTAMP);
        }
        String value = annotation.string("value");
        if (enumColumn.isPresent()) {
            int ordinal = enumColumn.get().constants().indexOf(value);
            if (ordinal < 0) {
                invalid(field, annotation, ElementNames.of(field), "@Default(\"" + value + "\") is not a constant of "
                        + field.asType() + " " + enumColumn.get().constants());
                return Optional.empty();
            }
            return Optional.of(DefaultValue.of(enumColumn.get().storage() == EnumColumn.Storage.ORDINAL
                    ? Integer.toString(ordinal)
                    : value));
        }
        return Optional.of(DefaultValue.of(value));
    }

    /** The kind of column {@code now = true} is for: a date, or (the check comes with the column) a timestamp. */
    private static ColumnType.Kind columnKind(VariableElement field) {
        String type = field.asType().toString();
        return type.equals("java.time.LocalDate") ? ColumnType.Kind.DATE : ColumnType.Kind.TIMESTAMP;
    }

    private Optional<EnumColumn> enumColumn(VariableElement field) {
        if (!ColumnTypes.isEnum(field.asType())) {
            return Optional.empty();
        }
        boolean byName = annotation(field, Jpa.ENUMERATED).map(e -> e.enumConstant("value").equals("STRING"))
                .orElse(false);
        TypeElement type = (TypeElement) ((DeclaredType) field.asType()).asElement();
        List<String> constants = new ArrayList<>();
        type.getEnclosedElements().stream()
                .filter(element -> element.getKind() == ElementKind.ENUM_CONSTANT)
                .forEach(constant -> constants.add(constant.getSimpleName().toString()));
        return Optional.of(new EnumColumn(byName ? EnumColumn.Storage.STRING : EnumColumn.Storage.ORDINAL, constants));
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
        Attributes.reject(field, manyToOne, MANY_TO_ONE_ATTRIBUTES, reporter);
        annotation(field, Jpa.ID).ifPresent(id -> reporter.report(field, id.mirror(), null,
                Message.UNSUPPORTED_MAPPING, "@Id with @ManyToOne on " + ElementNames.of(field), ""));
        for (String inapplicable : new String[] {Jpa.COLUMN, Jpa.ENUMERATED, Jpa.GENERATED_VALUE, Jpa.DEFAULT}) {
            annotation(field, inapplicable).ifPresent(a -> invalid(field, a, ElementNames.of(field),
                    a.displayName() + " does not apply to a @ManyToOne"));
        }
        Optional<MirroredAnnotation> joinColumn = annotation(field, Jpa.JOIN_COLUMN);
        joinColumn.ifPresent(j -> Attributes.reject(field, j, JOIN_COLUMN_ATTRIBUTES, reporter));
        Optional<String> column = joinColumn.map(j -> j.string("name")).filter(n -> !n.isEmpty())
                .map(naming::physicalName);
        boolean nullable = manyToOne.bool("optional") && joinColumn.map(j -> j.bool("nullable")).orElse(true);
        if (field.asType().getKind() != TypeKind.DECLARED) {
            reporter.report(field, Message.INVALID_REFERENCE, ElementNames.of(field),
                    field.asType() + " is not an entity");
            return Optional.empty();
        }
        ReferentialAction onDelete = annotation(field, Jpa.ON_DELETE)
                .map(a -> ReferentialAction.valueOf(a.enumConstant("action")))
                .orElse(ReferentialAction.NO_ACTION);
        TypeElement target = (TypeElement) ((DeclaredType) field.asType()).asElement();
        return Optional.of(new Property.Reference(field, column, nullable, target, onDelete, renamedFrom(field)));
    }

    private Optional<String> renamedFrom(VariableElement field) {
        return annotation(field, Jpa.RENAMED_FROM).map(a -> a.string("value")).filter(n -> !n.isBlank())
                .map(naming::physicalName);
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
