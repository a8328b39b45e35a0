package dev.retort.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A column's server default: a literal value, or the date or time of the insert. A literal is kept as text and read
 * by the column's type ({@link #forType}): {@code 0}, {@code 12.50}, {@code true}, {@code OPEN}, {@code 2026-01-31},
 * {@code 2026-01-31 08:00:00}, {@code 2026-01-31 08:00:00+01:00} (kept in UTC), {@code 08:30:00}, a UUID, or hex
 * digits for binary. A custom type's literal is kept as written: Retort cannot check it. Dialects write it as their
 * SQL literal.
 *
 * @param kind a literal, {@code CURRENT_DATE} or {@code CURRENT_TIMESTAMP}
 * @param text the literal in its canonical form for the column's type; empty for the other kinds
 */
public record DefaultValue(Kind kind, String text) {

    /** What the default is. */
    public enum Kind {
        LITERAL,
        CURRENT_DATE,
        CURRENT_TIMESTAMP
    }

    /** The date of the insert, for a {@code date} column. */
    public static final DefaultValue CURRENT_DATE = new DefaultValue(Kind.CURRENT_DATE, "");

    /** The time of the insert, for a timestamp column. */
    public static final DefaultValue CURRENT_TIMESTAMP = new DefaultValue(Kind.CURRENT_TIMESTAMP, "");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    public DefaultValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (kind != Kind.LITERAL && !text.isEmpty()) {
            throw new IllegalArgumentException(kind + " takes no text");
        }
    }

    /** A literal, as written; {@link #forType} checks it and brings it to its canonical form. */
    public static DefaultValue of(String literal) {
        return new DefaultValue(Kind.LITERAL, literal);
    }

    public boolean isLiteral() {
        return kind == Kind.LITERAL;
    }

    /**
     * This default for a column of {@code type}: a literal in its canonical form ({@code 007} becomes {@code 7},
     * {@code 12.50} becomes {@code 12.5}, {@code TRUE} becomes {@code true}).
     *
     * @throws IllegalArgumentException when it is no value of that type, saying why
     */
    public DefaultValue forType(ColumnType type) {
        if (kind == Kind.CURRENT_DATE) {
            require(type.kind() == ColumnType.Kind.DATE, "CURRENT_DATE is the default of a date column, not " + type);
            return this;
        }
        if (kind == Kind.CURRENT_TIMESTAMP) {
            require(type.kind() == ColumnType.Kind.TIMESTAMP || type.kind() == ColumnType.Kind.TIMESTAMP_TZ,
                    "CURRENT_TIMESTAMP is the default of a timestamp column, not " + type);
            return this;
        }
        try {
            return of(canonical(type, text.strip()));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("default '" + text + "' is not a value of type " + type);
        }
    }

    /**
     * The value a NOT NULL column of {@code type} gets in rows that exist when there is nothing better: zero, false,
     * the empty string, 1970-01-01, midnight, the nil UUID, no bytes. For a custom type, whose values Retort does not
     * know, the empty string: a placeholder that its author replaces (it may be no value of that type at all).
     */
    public static DefaultValue zero(ColumnType type) {
        return of(switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT, NUMERIC, DOUBLE, REAL -> "0";
            case BOOLEAN -> "false";
            case VARCHAR, CHAR, BINARY, CLOB, BLOB, CUSTOM -> "";
            case DATE -> "1970-01-01";
            case TIME -> "00:00:00";
            case TIMESTAMP -> "1970-01-01 00:00:00";
            case TIMESTAMP_TZ -> "1970-01-01 00:00:00+00:00";
            case UUID -> "00000000-0000-0000-0000-000000000000";
        }).forType(type);
    }

    /** The literal, or {@code CURRENT_DATE} / {@code CURRENT_TIMESTAMP}. */
    @Override
    public String toString() {
        return isLiteral() ? text : kind.name();
    }

    private static String canonical(ColumnType type, String text) {
        return switch (type.kind()) {
            case SMALLINT -> integer(text, Short.MIN_VALUE, Short.MAX_VALUE, type);
            case INTEGER -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE, type);
            case BIGINT -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE, type);
            case BOOLEAN -> bool(text);
            case DOUBLE, REAL -> plain(new BigDecimal(text));
            case NUMERIC -> numeric(text, type);
            case VARCHAR, CHAR -> {
                require(text.codePointCount(0, text.length()) <= type.length(),
                        "default '" + text + "' is longer than " + type);
                yield text;
            }
            case CLOB, CUSTOM -> text;
            case DATE -> LocalDate.parse(text).toString();
            case TIME -> {
                LocalTime value = LocalTime.parse(text);
                require(value.getNano() == 0, "default '" + text + "' has a fraction of a second, which " + type
                        + " keeps none of");
                yield time(value);
            }
            case TIMESTAMP -> timestamp(LocalDateTime.parse(text.replace(' ', 'T')));
            case TIMESTAMP_TZ -> instant(text);
            case UUID -> java.util.UUID.fromString(text).toString();
            case BINARY, BLOB -> HexFormat.of().formatHex(HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT)));
        };
    }

    private static String integer(String text, long min, long max, ColumnType type) {
        long value = Long.parseLong(text);
        require(value >= min && value <= max, "default " + text + " is out of the range of " + type);
        return Long.toString(value);
    }

    private static String bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> throw new IllegalArgumentException("default '" + text + "' is not true or false");
        };
    }

    private static String numeric(String text, ColumnType type) {
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        require(Math.max(value.scale(), 0) <= type.scale()
                        && value.precision() - value.scale() <= type.precision() - type.scale(),
                "default " + text + " does not fit " + type);
        return plain(value);
    }

    private static String plain(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    private static String timestamp(LocalDateTime value) {
        String seconds = value.format(TIMESTAMP);
        if (value.getNano() == 0) {
            return seconds;
        }
        String fraction = String.format("%09d", value.getNano()).replaceAll("0+$", "");
        return seconds + "." + fraction;
    }

    /** {@code 08:30:00}. */
    private static String time(LocalTime value) {
        return String.format("%02d:%02d:%02d", value.getHour(), value.getMinute(), value.getSecond());
    }

    /** In UTC, as databases show an instant in their own time zone: {@code 2026-01-31 07:00:00+00:00}. */
    private static String instant(String text) {
        String iso = text.replace(' ', 'T');
        if (iso.matches(".*[+-]\\d\\d")) {
            iso += ":00";
        }
        OffsetDateTime value = OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC);
        return timestamp(value.toLocalDateTime()) + "+00:00";
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
