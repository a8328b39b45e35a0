package dev.retort.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portable column type. Dialects decide how each one is declared; the snapshot and generated revisions use the
 * names below ({@code varchar(255)}, {@code numeric(10,2)}, ...).
 *
 * <p>The upper-case constants and factories read like SQL in a revision: {@code .column("amount", NUMERIC(10, 2))}.
 */
public record ColumnType(Kind kind, int length, int precision, int scale) {

    /** The kinds of column Retort knows. */
    public enum Kind {
        SMALLINT("smallint"),
        INTEGER("integer"),
        BIGINT("bigint"),
        BOOLEAN("boolean"),
        DOUBLE("double"),
        NUMERIC("numeric"),
        VARCHAR("varchar"),
        DATE("date"),
        TIMESTAMP("timestamp"),
        TIMESTAMP_TZ("timestamp with time zone"),
        UUID("uuid"),
        BINARY("binary");

        private final String sqlName;

        Kind(String sqlName) {
            this.sqlName = sqlName;
        }

        public String sqlName() {
            return sqlName;
        }
    }

    public static final ColumnType SMALLINT = simple(Kind.SMALLINT);
    public static final ColumnType INTEGER = simple(Kind.INTEGER);
    public static final ColumnType BIGINT = simple(Kind.BIGINT);
    public static final ColumnType BOOLEAN = simple(Kind.BOOLEAN);
    public static final ColumnType DOUBLE = simple(Kind.DOUBLE);
    public static final ColumnType DATE = simple(Kind.DATE);
    /** A date and time without time zone, microsecond precision. */
    public static final ColumnType TIMESTAMP = simple(Kind.TIMESTAMP);
    /** An instant: a date and time with time zone, microsecond precision. */
    public static final ColumnType TIMESTAMP_TZ = simple(Kind.TIMESTAMP_TZ);
    public static final ColumnType UUID = simple(Kind.UUID);
    /** Variable-length binary data. */
    public static final ColumnType BINARY = simple(Kind.BINARY);

    private static final Pattern TEXT_FORM =
            Pattern.compile("([a-z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    public ColumnType {
        if (kind == null) {
            throw new IllegalArgumentException("column type kind is required");
        }
        if (kind == Kind.VARCHAR && length <= 0) {
            throw new IllegalArgumentException("varchar needs a positive length, got " + length);
        }
        if (kind == Kind.NUMERIC && (precision <= 0 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException(
                    "numeric needs 0 < precision and 0 <= scale <= precision, got (" + precision + "," + scale + ")");
        }
        if (kind != Kind.VARCHAR && length != 0 || kind != Kind.NUMERIC && (precision != 0 || scale != 0)) {
            throw new IllegalArgumentException(kind.sqlName() + " takes no length, precision or scale");
        }
    }

    /** A string of at most {@code length} characters. */
    @SuppressWarnings("MethodName") // reads like SQL in revisions: VARCHAR(255)
    public static ColumnType VARCHAR(int length) {
        return new ColumnType(Kind.VARCHAR, length, 0, 0);
    }

    /** An exact number with {@code precision} digits, {@code scale} of them after the decimal point. */
    @SuppressWarnings("MethodName")
    public static ColumnType NUMERIC(int precision, int scale) {
        return new ColumnType(Kind.NUMERIC, 0, precision, scale);
    }

    private static ColumnType simple(Kind kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    /** Whether a column of this type can be an identity (auto-generated) column. */
    public boolean isInteger() {
        return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    /** Parses the text form produced by {@link #toString()}, e.g. {@code varchar(255)} or {@code numeric(10,2)}. */
    public static ColumnType parse(String text) {
        Matcher m = TEXT_FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a column type: '" + text + "'");
        }
        String name = m.group(1).trim();
        for (Kind kind : Kind.values()) {
            if (!kind.sqlName().equals(name)) {
                continue;
            }
            return switch (kind) {
                case VARCHAR -> {
                    requireArguments(text, m, true, false);
                    yield VARCHAR(Integer.parseInt(m.group(2)));
                }
                case NUMERIC -> {
                    requireArguments(text, m, true, true);
                    yield NUMERIC(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
                default -> {
                    requireArguments(text, m, false, false);
                    yield simple(kind);
                }
            };
        }
        throw new IllegalArgumentException("unknown column type '" + text + "'");
    }

    private static void requireArguments(String text, Matcher m, boolean first, boolean second) {
        if ((m.group(2) != null) != first || (m.group(3) != null) != second) {
            throw new IllegalArgumentException("wrong number of arguments in column type '" + text + "'");
        }
    }

    /** The portable text form: {@code bigint}, {@code varchar(255)}, {@code numeric(10,2)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case VARCHAR -> "varchar(" + length + ")";
            case NUMERIC -> "numeric(" + precision + "," + scale + ")";
            default -> kind.sqlName();
        };
    }
}
