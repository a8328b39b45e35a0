package dev.retort.processor.entity;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the one column of a basic value: an attribute, an element of an {@code @ElementCollection} or a map's key.
 * Its type comes from the Java type and {@code @Enumerated}, {@code @Lob}, {@code @Temporal}, {@code @Convert} (or a
 * converter applied automatically, see {@link AutoAppliedConverters}) or {@code @Column(columnDefinition)}; its name,
 * length, precision, scale, nullability, uniqueness, checks and comment from {@code @Column} (or the
 * {@code @AttributeOverride} that replaces it) and Bean Validation's {@code @NotNull} and {@code @Size}, as Hibernate
 * applies them.
 */
final class ColumnReader {

    static final int DEFAULT_LENGTH = 255;

    // insertable and updatable have no effect on DDL.
    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("name", "nullable", "length", "precision", "scale",
            "unique", "insertable", "updatable", "comment", "check", "columnDefinition");

    private final Elements elements;
    private final Types types;
    private final Naming naming;
    private final AutoAppliedConverters autoApplied;
    private final Reporter reporter;

    ColumnReader(Elements elements, Types types, Naming naming, AutoAppliedConverters autoApplied, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.autoApplied = autoApplied;
        this.reporter = reporter;
    }

    /**
     * A basic value's column, before the caller decides whether it is part of a key.
     *
     * @param declaredNotNull NOT NULL by {@code @Column(nullable = false)} itself
     */
    record Read(Column column, boolean unique, boolean declaredNotNull, List<Attribute.NamedCheck> checks,
            Attribute.Range range, Optional<EnumColumn> enumColumn) {

        Attribute.Basic basic(Member member, boolean id, Attribute.Generator generator, Optional<String> renamedFrom) {
            return new Attribute.Basic(member, column, id, unique, declaredNotNull, checks, range, enumColumn,
                    generator, renamedFrom);
        }
    }

    /**
     * The column of a value of type {@code javaType} held by {@code member}; empty after an error was reported.
     *
     * @param column the {@code @Column}, {@code @MapKeyColumn} or overriding column, if any
     * @param defaultName the logical name when the column gives none
     * @param enumerated the {@code @Enumerated} or {@code @MapKeyEnumerated} that applies, if any
     * @param notNull whether the value is NOT NULL whatever {@code @Column} says (an id, a primitive)
     * @param attribute whether the value is the member's own (not an element or key of its collection): only then do
     *     {@code @Basic(optional)}, {@code @NotNull}, {@code @Size} and {@code @Default} on the member apply to it
     */
    Optional<Read> read(Member member, TypeMirror javaType, Optional<MirroredAnnotation> column, String defaultName,
            Optional<MirroredAnnotation> enumerated, boolean notNull, boolean attribute) {
        column.ifPresent(c -> Attributes.reject(member.element(), c, COLUMN_ATTRIBUTES, reporter));
        String logicalName = column.map(c -> c.string("name")).filter(n -> !n.isEmpty()).orElse(defaultName);
        boolean declaredNotNull = column.map(c -> !c.bool("nullable")).orElse(false);
        boolean nullable = !notNull && !javaType.getKind().isPrimitive() && !declaredNotNull
                && !(attribute && (annotation(member, Jpa.BASIC).map(b -> !b.bool("optional")).orElse(false)
                        || annotation(member, Jpa.VERSION).isPresent() || notNullByValidation(member)));
        boolean unique = column.map(c -> c.bool("unique")).orElse(false);
        Optional<String> comment = column.filter(c -> c.has("comment")).map(c -> c.string("comment"))
                .filter(text -> !text.isBlank());
        List<Attribute.NamedCheck> checks = column.filter(c -> c.has("check"))
                .map(c -> Checks.read(member.element(), c, elements, reporter)).orElse(List.of());
        List<TypeElement> autoApplied = autoAppliedConverters(member, javaType, enumerated, attribute);
        if (autoApplied.size() > 1) {
            reporter.report(member.element(), Message.INVALID_MAPPING, ElementNames.of(member.element()),
                    "converters " + autoApplied.stream().map(TypeElement::getQualifiedName).toList() + " are all"
                            + " @Converter(autoApply = true) for " + javaType + "; name one with @Convert");
            return Optional.empty();
        }
        Optional<TypeMirror> converter = annotation(member, Jpa.CONVERT)
                .filter(convert -> !convert.bool("disableConversion"))
                .map(convert -> (TypeMirror) convert.value("converter").getValue())
                .or(() -> autoApplied.stream().findFirst().map(TypeElement::asType));
        // A converted enum is stored as its converter says: no ordinals or names to keep.
        Optional<EnumColumn> enumColumn = converter.isPresent() ? Optional.empty() : enumColumn(javaType, enumerated);
        Optional<ColumnType> type = type(member, javaType, column, enumerated, converter, attribute);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<DefaultValue> defaultValue = attribute ? defaultValue(member, type.get(), enumColumn) : Optional.empty();
        Optional<DefaultValue> defined = definedDefault(column);
        if (defined.isPresent() && defaultValue.isPresent()) {
            invalid(member, annotation(member, Jpa.DEFAULT).orElse(null),
                    "@Default and a DEFAULT in columnDefinition: give the default once");
            return Optional.empty();
        }
        defaultValue = defaultValue.or(() -> defined);
        try {
            Column mapped = new Column(naming.column(logicalName), type.get(), nullable, false, defaultValue,
                    comment);
            return Optional.of(new Read(mapped, unique, declaredNotNull, checks,
                    attribute ? range(member) : Attribute.Range.NONE, enumColumn));
        } catch (IllegalArgumentException e) {
            invalid(member, annotation(member, Jpa.DEFAULT).orElse(null), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The converters marked {@code autoApply} that apply to the value: none where it has a {@code @Convert}, or is an
     * id, a version, or {@code @Enumerated} or {@code @Temporal}.
     */
    private List<TypeElement> autoAppliedConverters(Member member, TypeMirror javaType,
            Optional<MirroredAnnotation> enumerated, boolean attribute) {
        boolean excluded = annotation(member, Jpa.CONVERT).isPresent() || enumerated.isPresent()
                || annotation(member, Jpa.TEMPORAL).isPresent()
                || attribute && (annotation(member, Jpa.ID).isPresent() || annotation(member, Jpa.VERSION).isPresent());
        return excluded ? List.of() : autoApplied.applicableTo(javaType, types);
    }

    private Optional<ColumnType> type(Member member, TypeMirror javaType, Optional<MirroredAnnotation> column,
            Optional<MirroredAnnotation> enumerated, Optional<TypeMirror> converter, boolean attribute) {
        Optional<String> definition = column.map(c -> c.string("columnDefinition")).filter(d -> !d.isBlank());
        if (definition.isPresent()) {
            try {
                return Optional.of(ColumnDefinition.parse(definition.get()).type());
            } catch (IllegalArgumentException e) {
                invalid(member, column.get(), e.getMessage());
                return Optional.empty();
            }
        }
        int length = column.map(c -> c.integer("length")).orElse(DEFAULT_LENGTH);
        int precision = column.map(c -> c.integer("precision")).orElse(0);
        int scale = column.map(c -> c.integer("scale")).orElse(0);
        if (attribute) {
            // Hibernate applies these Bean Validation constraints to the DDL, over what @Column says.
            Optional<MirroredAnnotation> size = annotation(member, Jpa.SIZE).or(() -> annotation(member, Jpa.LENGTH));
            if (size.isPresent() && ColumnTypes.isString(javaType) && size.get().integer("max") < Integer.MAX_VALUE) {
                length = size.get().integer("max");
            }
            Optional<MirroredAnnotation> digits = annotation(member, Jpa.DIGITS);
            if (digits.isPresent()) {
                precision = digits.get().integer("integer") + digits.get().integer("fraction");
                scale = digits.get().integer("fraction");
            }
        }
        try {
            if (converter.isPresent()) {
                return converted(member, converter.get(), length, precision, scale);
            }
            if (ColumnTypes.isEnum(javaType)) {
                return Optional.of(isString(enumerated) ? ColumnType.VARCHAR(length) : ColumnType.SMALLINT);
            }
            if (enumerated.isPresent()) {
                invalid(member, enumerated.get(), "@Enumerated needs an enum, not " + javaType);
                return Optional.empty();
            }
            Optional<MirroredAnnotation> lob = annotation(member, Jpa.LOB);
            if (lob.isPresent()) {
                Optional<ColumnType> type = ColumnTypes.lob(javaType);
                if (type.isEmpty()) {
                    invalid(member, lob.get(), "@Lob needs a String, char[], byte[], Clob or Blob, not " + javaType);
                }
                return type;
            }
            Optional<MirroredAnnotation> temporal = annotation(member, Jpa.TEMPORAL);
            if (ColumnTypes.isTemporal(javaType)) {
                // Without @Temporal, Hibernate stores a java.util.Date or Calendar as a timestamp.
                return Optional.of(ColumnTypes.temporal(temporal.map(t -> t.enumConstant("value")).orElse("TIMESTAMP")));
            }
            if (temporal.isPresent()) {
                invalid(member, temporal.get(), "@Temporal needs a java.util.Date or Calendar, not " + javaType);
                return Optional.empty();
            }
            Optional<ColumnType> type = ColumnTypes.of(javaType, length, precision, scale);
            if (type.isEmpty()) {
                reporter.report(member.element(), Message.UNSUPPORTED_TYPE, ElementNames.of(member.element()),
                        javaType);
            }
            return type;
        } catch (IllegalArgumentException e) {
            invalid(member, column.orElse(null), e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code @NotNull}, and {@code @NotBlank} and {@code @NotEmpty}, which reject null too. */
    private boolean notNullByValidation(Member member) {
        return annotation(member, Jpa.NOT_NULL).isPresent() || annotation(member, Jpa.NOT_BLANK).isPresent()
                || annotation(member, Jpa.NOT_EMPTY).isPresent();
    }

    private Attribute.Range range(Member member) {
        return new Attribute.Range(annotation(member, Jpa.MIN).map(min -> (Long) min.value("value").getValue()),
                annotation(member, Jpa.MAX).map(max -> (Long) max.value("value").getValue()));
    }

    /** The DEFAULT of a {@code columnDefinition}; its errors are reported with its type. */
    private static Optional<DefaultValue> definedDefault(Optional<MirroredAnnotation> column) {
        try {
            return column.map(c -> c.string("columnDefinition")).filter(d -> !d.isBlank())
                    .flatMap(definition -> ColumnDefinition.parse(definition).defaultValue());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The column of a converted value: the database side {@code D} of the converter's {@code AttributeConverter<A, D>}. */
    private Optional<ColumnType> converted(Member member, TypeMirror converter, int length, int precision, int scale) {
        Optional<MirroredAnnotation> convert = annotation(member, Jpa.CONVERT);
        Optional<TypeMirror> databaseType = Converters.databaseType(converter, elements, types);
        if (databaseType.isEmpty()) {
            invalid(member, convert.orElse(null), "@Convert needs an AttributeConverter class, not " + converter);
            return Optional.empty();
        }
        Optional<ColumnType> type = ColumnTypes.of(databaseType.get(), length, precision, scale);
        if (type.isEmpty()) {
            reporter.report(member.element(), convert.map(MirroredAnnotation::mirror).orElse(null), null,
                    Message.UNSUPPORTED_TYPE, ElementNames.of(member.element()) + " (converted by " + converter + ")",
                    databaseType.get());
        }
        return type;
    }

    private Optional<EnumColumn> enumColumn(TypeMirror javaType, Optional<MirroredAnnotation> enumerated) {
        if (!ColumnTypes.isEnum(javaType)) {
            return Optional.empty();
        }
        TypeElement type = (TypeElement) ((DeclaredType) javaType).asElement();
        List<String> constants = new ArrayList<>();
        type.getEnclosedElements().stream()
                .filter(element -> element.getKind() == ElementKind.ENUM_CONSTANT)
                .forEach(constant -> constants.add(constant.getSimpleName().toString()));
        return Optional.of(new EnumColumn(isString(enumerated) ? EnumColumn.Storage.STRING : EnumColumn.Storage.ORDINAL,
                constants));
    }

    /** ORDINAL is JPA's default; Hibernate 6 and later store ordinals as smallint. */
    private static boolean isString(Optional<MirroredAnnotation> enumerated) {
        return enumerated.map(e -> e.enumConstant("value").equals("STRING")).orElse(false);
    }

    /**
     * {@code @Default}: a value, or {@code now = true}. On an ORDINAL enum the value names a constant and stands for
     * its number; on a STRING enum it must name a constant.
     */
    private Optional<DefaultValue> defaultValue(Member member, ColumnType type, Optional<EnumColumn> enumColumn) {
        Optional<MirroredAnnotation> found = annotation(member, Jpa.DEFAULT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MirroredAnnotation annotation = found.get();
        boolean hasValue = annotation.written("value") != null;
        boolean now = annotation.bool("now");
        if (hasValue == now) {
            invalid(member, annotation, "@Default needs either a value or now = true");
            return Optional.empty();
        }
        if (now) {
            return Optional.of(type.kind() == ColumnType.Kind.DATE
                    ? DefaultValue.CURRENT_DATE
                    : DefaultValue.CURRENT_TIMESTAMP);
        }
        String value = annotation.string("value");
        if (enumColumn.isPresent()) {
            int ordinal = enumColumn.get().constants().indexOf(value);
            if (ordinal < 0) {
                invalid(member, annotation, "@Default(\"" + value + "\") is not a constant of " + member.type() + " "
                        + enumColumn.get().constants());
                return Optional.empty();
            }
            return Optional.of(DefaultValue.of(enumColumn.get().storage() == EnumColumn.Storage.ORDINAL
                    ? Integer.toString(ordinal)
                    : value));
        }
        return Optional.of(DefaultValue.of(value));
    }

    private void invalid(Member member, MirroredAnnotation annotation, String problem) {
        Attributes.invalid(member.element(), annotation, problem, reporter);
    }

    private Optional<MirroredAnnotation> annotation(Member member, String qualifiedName) {
        return MirroredAnnotation.find(member.element(), qualifiedName, elements);
    }
}
