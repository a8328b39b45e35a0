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

/**
 * The column types of the Java types Retort maps, as Hibernate 7 declares them. Enums, {@code @Lob} and
 * {@code @Temporal} are decided by the caller; this class knows the plain types.
 */
final class ColumnTypes {

    /** Hibernate's precision and scale for a {@code BigDecimal} whose {@code @Column} sets no precision. */
    static final ColumnType DEFAULT_NUMERIC = ColumnType.NUMERIC(38, 2);
    /** Hibernate's precision for a {@code BigInteger}, an integer of up to 38 digits. */
    static final int DEFAULT_INTEGER_PRECISION = 38;

    private static final Map<String, ColumnType> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Integer", ColumnType.INTEGER),
            Map.entry("java.lang.Long", ColumnType.BIGINT),
            Map.entry("java.lang.Short", ColumnType.SMALLINT),
            Map.entry("java.lang.Byte", ColumnType.SMALLINT),
            Map.entry("java.lang.Boolean", ColumnType.BOOLEAN),
            Map.entry("java.lang.Double", ColumnType.DOUBLE),
            Map.entry("java.lang.Float", ColumnType.REAL),
            Map.entry("java.lang.Character", ColumnType.CHAR(1)),
            Map.entry("java.time.LocalDate", ColumnType.DATE),
            Map.entry("java.time.LocalTime", ColumnType.TIME),
            Map.entry("java.time.LocalDateTime", ColumnType.TIMESTAMP),
            Map.entry("java.time.Instant", ColumnType.TIMESTAMP_TZ),
            Map.entry("java.time.OffsetDateTime", ColumnType.TIMESTAMP_TZ),
            Map.entry("java.time.ZonedDateTime", ColumnType.TIMESTAMP_TZ),
            Map.entry("java.sql.Date", ColumnType.DATE),
            Map.entry("java.sql.Time", ColumnType.TIME),
            Map.entry("java.sql.Timestamp", ColumnType.TIMESTAMP),
            Map.entry("java.sql.Clob", ColumnType.CLOB),
            Map.entry("java.sql.NClob", ColumnType.CLOB),
            Map.entry("java.sql.Blob", ColumnType.BLOB),
            Map.entry("java.util.UUID", ColumnType.UUID));

    private ColumnTypes() {}

    /**
     * The column type of an attribute of type {@code type}; empty when Retort does not map that type.
     *
     * @param length the length of a string type
     * @param precision the precision of a decimal type, 0 when not set
     * @throws IllegalArgumentException when {@code length}, {@code precision} or {@code scale} make no valid type
     */
    static Optional<ColumnType> of(TypeMirror type, int length, int precision, int scale) {
        return switch (type.getKind()) {
            case INT -> Optional.of(ColumnType.INTEGER);
            case LONG -> Optional.of(ColumnType.BIGINT);
            case SHORT, BYTE -> Optional.of(ColumnType.SMALLINT);
            case BOOLEAN -> Optional.of(ColumnType.BOOLEAN);
            case DOUBLE -> Optional.of(ColumnType.DOUBLE);
            case FLOAT -> Optional.of(ColumnType.REAL);
            case CHAR -> Optional.of(ColumnType.CHAR(1));
            case ARRAY -> array((ArrayType) type, length);
            case DECLARED -> declared(qualifiedName(type), length, precision, scale);
            default -> Optional.empty();
        };
    }

    /** The type of a {@code @Lob}: a character or a binary large object; empty for a type that is neither. */
    static Optional<ColumnType> lob(TypeMirror type) {
        String name = type.getKind() == TypeKind.DECLARED ? qualifiedName(type) : type.toString();
        return switch (name) {
            case "java.lang.String", "char[]", "java.lang.Character[]", "java.sql.Clob", "java.sql.NClob" ->
                    Optional.of(ColumnType.CLOB);
            case "byte[]", "java.lang.Byte[]", "java.sql.Blob" -> Optional.of(ColumnType.BLOB);
            default -> Optional.empty();
        };
    }

    /** Whether {@code type} is {@code java.util.Date} or {@code java.util.Calendar}, which need {@code @Temporal}. */
    static boolean isTemporal(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        String name = qualifiedName(type);
        return name.equals("java.util.Date") || name.equals("java.util.Calendar");
    }

    /** The column type of a {@code @Temporal(type)} attribute: {@code DATE}, {@code TIME} or {@code TIMESTAMP}. */
    static ColumnType temporal(String temporalType) {
        return switch (temporalType) {
            case "DATE" -> ColumnType.DATE;
            case "TIME" -> ColumnType.TIME;
            default -> ColumnType.TIMESTAMP;
        };
    }

    static boolean isString(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals("java.lang.String");
    }

    static boolean isEnum(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    }

    private static Optional<ColumnType> array(ArrayType type, int length) {
        String component = type.getComponentType().toString();
        return switch (component) {
            case "byte", "java.lang.Byte" -> Optional.of(ColumnType.BINARY);
            case "char", "java.lang.Character" -> Optional.of(ColumnType.VARCHAR(length));
            default -> Optional.empty();
        };
    }

    private static Optional<ColumnType> declared(String name, int length, int precision, int scale) {
        return switch (name) {
            case "java.lang.String" -> Optional.of(ColumnType.VARCHAR(length));
            case "java.math.BigDecimal" ->
                    Optional.of(precision == 0 ? DEFAULT_NUMERIC : ColumnType.NUMERIC(precision, scale));
            case "java.math.BigInteger" ->
                    Optional.of(ColumnType.NUMERIC(precision == 0 ? DEFAULT_INTEGER_PRECISION : precision, 0));
            default -> Optional.ofNullable(DECLARED.get(name));
        };
    }

    static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
