package dev.retort.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portable column type. Dialects decide how each one is declared; the snapshot and generated revisions use the
 * names below ({@code varchar(255)}, {@code numeric(10,2)}, ...).
 *
 * <p>The upper-case constants and factories read like SQL in a revision: {@code .column("amount", NUMERIC(10, 2))}.
 * A type Retort does not model is a {@link #custom(String) custom} type: SQL the user wrote
 * ({@code @Column(columnDefinition = "jsonb")}), declared as it is on every database.
 *
 * @param sqlType the SQL of a {@link Kind#CUSTOM custom} type; empty for every other kind
 */
public record ColumnType(Kind kind, int length, int precision, int scale, String sqlType) {

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
        BINARY("binary"),
        /** A single-precision floating-point number (Java {@code float}). */
        REAL("real"),
        /** A fixed-length string (Java {@code char}: {@code char(1)}). */
        CHAR("char"),
        /** A time of day without time zone, microsecond precision. */
        TIME("time"),
        /** A character large object ({@code @Lob String}). */
        CLOB("clob"),
        /** A binary large object ({@code @Lob byte[]}). */
        BLOB("blob"),
        /** A type written in SQL by the user, see {@link ColumnType#custom(String)}. */
        CUSTOM("custom");

        private final String sqlName;

        Kind(String sqlName) {
            this.sqlName = sqlName;
        }

        public String sqlName() {
            return sqlName;
        }

        boolean takesLength() {
            return this == VARCHAR || this == CHAR;
        }
    }

    public static final ColumnType SMALLINT = simple(Kind.SMALLINT);
    public static final ColumnType INTEGER = simple(Kind.INTEGER);
    public static final ColumnType BIGINT = simple(Kind.BIGINT);
    public static final ColumnType BOOLEAN = simple(Kind.BOOLEAN);
    public static final ColumnType DOUBLE = simple(Kind.DOUBLE);
    /** A single-precision floating-point number: Java {@code float}. */
    public static final ColumnType REAL = simple(Kind.REAL);
    public static final ColumnType DATE = simple(Kind.DATE);
    /** A time of day without time zone, in whole seconds ({@code time(0)}, as Hibernate declares {@code LocalTime}). */
    public static final ColumnType TIME = simple(Kind.TIME);
    /** A date and time without time zone, microsecond precision. */
    public static final ColumnType TIMESTAMP = simple(Kind.TIMESTAMP);
    /** An instant: a date and time with time zone, microsecond precision. */
    public static final ColumnType TIMESTAMP_TZ = simple(Kind.TIMESTAMP_TZ);
    public static final ColumnType UUID = simple(Kind.UUID);
    /** Variable-length binary data. */
    public static final ColumnType BINARY = simple(Kind.BINARY);
    /** A character large object: {@code @Lob String}. PostgreSQL keeps it as a large object, by its {@code oid}. */
    public static final ColumnType CLOB = simple(Kind.CLOB);
    /** A binary large object: {@code @Lob byte[]}. PostgreSQL keeps it as a large object, by its {@code oid}. */
    public static final ColumnType BLOB = simple(Kind.BLOB);

    private static final Pattern TEXT_FORM =
            Pattern.compile("([a-z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    public ColumnType {
        if (kind == null) {
            throw new IllegalArgumentException("column type kind is required");
        }
        Objects.requireNonNull(sqlType, "sqlType");
        if (kind.takesLength() && length <= 0) {
            throw new IllegalArgumentException(kind.sqlName() + " needs a positive length, got " + length);
        }
        if (kind == Kind.NUMERIC && (precision <= 0 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException(
                    "numeric needs 0 < precision and 0 <= scale <= precision, got (" + precision + "," + scale + ")");
        }
        if (!kind.takesLength() && length != 0 || kind != Kind.NUMERIC && (precision != 0 || scale != 0)) {
            throw new IllegalArgumentException(kind.sqlName() + " takes no length, precision or scale");
        }
        sqlType = sqlType.strip();
        if (kind == Kind.CUSTOM && sqlType.isEmpty()) {
            throw new IllegalArgumentException("a custom column type needs its SQL, e.g. jsonb");
        }
        if (kind != Kind.CUSTOM && !sqlType.isEmpty()) {
            throw new IllegalArgumentException(kind.sqlName() + " is no custom type and takes no SQL");
        }
    }

    /** A type of a kind other than {@link Kind#CUSTOM}. */
    public ColumnType(Kind kind, int length, int precision, int scale) {
        this(kind, length, precision, scale, "");
    }

    /** A string of at most {@code length} characters. */
    @SuppressWarnings("MethodName") // reads like SQL in revisions: VARCHAR(255)
    public static ColumnType VARCHAR(int length) {
        return new ColumnType(Kind.VARCHAR, length, 0, 0);
    }

    /** A string of exactly {@code length} characters, padded with spaces: {@code CHAR(1)} for a Java {@code char}. */
    @SuppressWarnings("MethodName")
    public static ColumnType CHAR(int length) {
        return new ColumnType(Kind.CHAR, length, 0, 0);
    }

    /** An exact number with {@code precision} digits, {@code scale} of them after the decimal point. */
    @SuppressWarnings("MethodName")
    public static ColumnType NUMERIC(int precision, int scale) {
        return new ColumnType(Kind.NUMERIC, 0, precision, scale);
    }

    /**
     * A type given in SQL ({@code @Column(columnDefinition = "jsonb")}): {@code text}, {@code jsonb}, {@code citext},
     * {@code inet}, {@code int4range}, ... It is declared exactly as written on every database. PostgreSQL reports it
     * back in its own spelling ({@code int4} as {@code integer}), which Retort knows for the built-in types; for the
     * others, write it as PostgreSQL prints it (lower case, {@code format_type}'s words).
     */
    public static ColumnType custom(String sqlType) {
        return new ColumnType(Kind.CUSTOM, 0, 0, 0, Objects.requireNonNull(sqlType, "sqlType"));
    }

    private static ColumnType simple(Kind kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    /** Whether a column of this type can be an identity (auto-generated) column. */
    public boolean isInteger() {
        return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    /** Whether this is a large object type, {@code clob} or {@code blob}. */
    public boolean isLargeObject() {
        return kind == Kind.CLOB || kind == Kind.BLOB;
    }

    public boolean isCustom() {
        return kind == Kind.CUSTOM;
    }

    /**
     * Parses the text form produced by {@link #toString()} of a type that is not custom, e.g. {@code varchar(255)} or
     * {@code numeric(10,2)}.
     */
    public static ColumnType parse(String text) {
        Matcher m = TEXT_FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a column type: '" + text + "'");
        }
        String name = m.group(1).trim();
        for (Kind kind : Kind.values()) {
            if (!kind.sqlName().equals(name) || kind == Kind.CUSTOM) {
                continue;
            }
            return switch (kind) {
                case VARCHAR, CHAR -> {
                    requireArguments(text, m, true, false);
                    yield new ColumnType(kind, Integer.parseInt(m.group(2)), 0, 0);
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

    /**
     * The portable text form: {@code bigint}, {@code varchar(255)}, {@code numeric(10,2)}; a custom type's SQL as
     * written (which {@link #parse} does not read back: the snapshot keeps custom types apart).
     */
    @Override
    public String toString() {
        return switch (kind) {
            case VARCHAR, CHAR -> kind.sqlName() + "(" + length + ")";
            case NUMERIC -> "numeric(" + precision + "," + scale + ")";
            case CUSTOM -> sqlType;
            default -> kind.sqlName();
        };
    }
}
