package dev.retort.dialect;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQLite's types: it keeps the declared text of each column as written, so the model's types are declared in their
 * portable text form ({@code varchar(255)}, {@code numeric(10,2)}) and read back by parsing it. Binary data of both
 * kinds, {@code binary} and {@code blob}, is declared {@code blob}, and reads back as binary.
 *
 * <p>A UUID is declared {@code blob(16)}: Hibernate 7's SQLite dialect maps {@code UUID} to {@code Types.BINARY} and
 * keeps its 16 bytes, and its schema validator compares the declared type without its arguments ({@code blob}, as the
 * JDBC driver reports {@code blob(16)}) with the {@code blob} it expects. The length tells it from binary data when read
 * back. Columns that earlier versions of Retort declared {@code uuid} read back as UUID as well.
 *
 * <p>An instant ({@code timestamp with time zone}) is declared {@code timestamp}, as Hibernate 7's SQLite dialect
 * declares both {@code Instant} and {@code LocalDateTime} and as its validator requires: SQLite has no time zones, and
 * no declaration both passes that validator and differs from a date-time's ({@code timestamp}). So on SQLite the two
 * are one type: a {@code timestamp with time zone} column is kept, compared and read back as {@code timestamp}, its
 * default (which Retort writes in UTC, {@code '2026-01-31 07:00:00+00:00'}) as the same date and time in UTC
 * ({@code 2026-01-31 07:00:00}). The values keep the form Retort writes them in. Columns that earlier versions
 * declared {@code timestamp with time zone} read back the same way, so the drift check finds nothing to report, and a
 * change between the two types changes nothing on SQLite.
 *
 * <p>SQLite keeps a custom type's text as written, except its own type names ({@code TEXT}, {@code INT}, ...), which it
 * reports in upper case however they were written.
 */
final class SqliteTypes {

    /** The names SQLite reports in upper case (its "standard types", those of STRICT tables). */
    private static final Set<String> STANDARD_TYPES = Set.of("ANY", "BLOB", "INT", "INTEGER", "REAL", "TEXT");

    /** How a UUID is declared: sixteen bytes. */
    static final String UUID_DECLARATION = "blob(16)";

    private static final Pattern UUID_BLOB = Pattern.compile("(?i)blob\\s*\\(\\s*16\\s*\\)");

    private SqliteTypes() {}

    static String declaration(ColumnType type) {
        return switch (type.kind()) {
            case BINARY -> "blob";
            case UUID -> UUID_DECLARATION;
            case TIMESTAMP_TZ -> "timestamp";
            default -> type.toString();
        };
    }

    /**
     * The type as SQLite keeps it: what {@link #read} returns for a column declared with it, an instant taken as a
     * date-time (see above).
     */
    static ColumnType normalized(ColumnType type) {
        ColumnType read = read(declaration(type));
        return read.kind() == ColumnType.Kind.TIMESTAMP_TZ ? ColumnType.TIMESTAMP : read;
    }

    /**
     * The column as SQLite keeps it: of the {@link #normalized(ColumnType) normalized} type; an instant's literal
     * default becomes the date and time it is in UTC.
     */
    static Column normalized(Column column) {
        ColumnType type = normalized(column.type());
        if (type.equals(column.type())) {
            return column;
        }
        Optional<DefaultValue> defaultValue = column.defaultValue();
        boolean instant = column.type().kind() == ColumnType.Kind.TIMESTAMP_TZ
                || read(declaration(column.type())).kind() == ColumnType.Kind.TIMESTAMP_TZ;
        if (instant) {
            defaultValue = defaultValue.map(SqliteTypes::inUtc);
        }
        return new Column(column.name(), type, column.nullable(), column.identity(), defaultValue, column.comment());
    }

    /**
     * A column read from SQLite, declared {@code declared}, as SQLite keeps it ({@link #normalized(Column)}). A
     * {@code timestamp} whose default has an offset from UTC is an instant: Retort writes an instant's default so.
     */
    static Column read(String name, ColumnType declared, boolean nullable, Optional<DefaultValue> defaultValue) {
        ColumnType type = declared;
        if (declared.kind() == ColumnType.Kind.TIMESTAMP && defaultValue.filter(DefaultValue::isLiteral)
                .filter(value -> !isValue(value, ColumnType.TIMESTAMP) && isValue(value, ColumnType.TIMESTAMP_TZ))
                .isPresent()) {
            type = ColumnType.TIMESTAMP_TZ;
        }
        return normalized(new Column(name, type, nullable, false, defaultValue, Optional.empty()));
    }

    /**
     * The model's type for a declared type: one of Retort's types when the text is one of their forms (any case), a
     * custom type with the text as it is otherwise.
     *
     * @throws IllegalArgumentException when nothing is declared
     */
    static ColumnType read(String declared) {
        if (declared.isBlank()) {
            throw new IllegalArgumentException("no type is declared");
        }
        String text = declared.strip();
        if (text.equalsIgnoreCase("blob")) {
            return ColumnType.BINARY;
        }
        if (UUID_BLOB.matcher(text).matches()) {
            return ColumnType.UUID;
        }
        try {
            return ColumnType.parse(declared);
        } catch (IllegalArgumentException e) {
            String upper = text.toUpperCase(Locale.ROOT);
            return ColumnType.custom(STANDARD_TYPES.contains(upper) ? upper : declared);
        }
    }

    /** An instant's literal default as the date and time it is in UTC: {@code 2026-01-31 07:00:00+00:00} without offset. */
    private static DefaultValue inUtc(DefaultValue value) {
        if (!value.isLiteral()) {
            return value;
        }
        String utc = value.forType(ColumnType.TIMESTAMP_TZ).text();
        return DefaultValue.of(utc.substring(0, utc.length() - "+00:00".length()));
    }

    private static boolean isValue(DefaultValue value, ColumnType type) {
        try {
            value.forType(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
