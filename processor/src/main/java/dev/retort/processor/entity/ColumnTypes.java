package dev.retort.processor.entity;

import dev.retort.schema.ColumnType;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The column types of the Java types Retort maps, as Hibernate 6 declares them. Enums are mapped elsewhere. */
final class ColumnTypes {

    /** Hibernate's precision and scale for a {@code BigDecimal} whose {@code @Column} sets no precision. */
    static final ColumnType DEFAULT_NUMERIC = ColumnType.NUMERIC(38, 2);

    private static final Map<String, ColumnType> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Integer", ColumnType.INTEGER),
            Map.entry("java.lang.Long", ColumnType.BIGINT),
            Map.entry("java.lang.Short", ColumnType.SMALLINT),
            Map.entry("java.lang.Boolean", ColumnType.BOOLEAN),
            Map.entry("java.lang.Double", ColumnType.DOUBLE),
            Map.entry("java.time.LocalDate", ColumnType.DATE),
            Map.entry("java.time.LocalDateTime", ColumnType.TIMESTAMP),
            Map.entry("java.time.Instant", ColumnType.TIMESTAMP_TZ),
            Map.entry("java.time.OffsetDateTime", ColumnType.TIMESTAMP_TZ),
            Map.entry("java.util.UUID", ColumnType.UUID));

    private ColumnTypes() {}

    /**
     * The column type of a field of type {@code type}; empty when Retort does not map that type.
     *
     * @throws IllegalArgumentException when {@code length}, {@code precision} or {@code scale} make no valid type
     */
    static Optional<ColumnType> of(TypeMirror type, int length, int precision, int scale) {
        return switch (type.getKind()) {
            case INT -> Optional.of(ColumnType.INTEGER);
            case LONG -> Optional.of(ColumnType.BIGINT);
            case SHORT -> Optional.of(ColumnType.SMALLINT);
            case BOOLEAN -> Optional.of(ColumnType.BOOLEAN);
            case DOUBLE -> Optional.of(ColumnType.DOUBLE);
            case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                    ? Optional.of(ColumnType.BINARY)
                    : Optional.empty();
            case DECLARED -> declared(qualifiedName(type), length, precision, scale);
            default -> Optional.empty();
        };
    }

    static boolean isEnum(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    }

    private static Optional<ColumnType> declared(String name, int length, int precision, int scale) {
        return switch (name) {
            case "java.lang.String" -> Optional.of(ColumnType.VARCHAR(length));
            case "java.math.BigDecimal" ->
                    Optional.of(precision == 0 ? DEFAULT_NUMERIC : ColumnType.NUMERIC(precision, scale));
            default -> Optional.ofNullable(DECLARED.get(name));
        };
    }

    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
