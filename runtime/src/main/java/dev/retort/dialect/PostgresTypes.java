package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's spelling of types: how the model's types are declared (as Hibernate 7 declares them), how a type reads
 * back from {@code format_type}, and how a custom type's SQL is brought to the spelling {@code format_type} prints,
 * so that a custom {@code int4} and the {@code integer} read back compare equal.
 *
 * <p>Large objects: Hibernate declares both {@code @Lob String} and {@code @Lob byte[]} as {@code oid}, a reference to
 * a large object kept apart from the row. The catalog cannot tell a clob's oid from a blob's, so a column of type
 * {@code oid} reads back as the custom type {@code oid}, and the model's clob and blob columns are normalized to it:
 * a drift check of a clob column that is an {@code oid} column is clean, whichever large object it was declared as.
 */
final class PostgresTypes {

    static final ColumnType OID = ColumnType.custom("oid");

    /** Kinds that PostgreSQL converts among with assignment casts, so ALTER COLUMN TYPE needs no USING clause. */
    private static final List<Set<Kind>> ASSIGNMENT_CAST_FAMILIES = List.of(
            EnumSet.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.NUMERIC, Kind.DOUBLE, Kind.REAL),
            EnumSet.of(Kind.DATE, Kind.TIMESTAMP, Kind.TIMESTAMP_TZ),
            EnumSet.of(Kind.VARCHAR, Kind.CHAR));

    /** {@code name(arguments) with[out] time zone}, as {@link #canonical} reads a type once spaces are tidied. */
    private static final Pattern TYPE = Pattern.compile(
            "([a-z_][a-z0-9_ ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?");
    private static final Pattern ARRAY = Pattern.compile("(.*?)((?:\\s*\\[\\s*\\d*\\s*\\])+|\\s+array(?:\\s*\\[\\s*\\d*\\s*\\])?)");
    private static final Pattern FORMATTED = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?");

    private PostgresTypes() {}

    /** The type as CREATE TABLE declares it. */
    static String declaration(ColumnType type) {
        return switch (type.kind()) {
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case BOOLEAN -> "boolean";
            case DOUBLE -> "double precision";
            case REAL -> "real";
            case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
            case VARCHAR -> "varchar(" + type.length() + ")";
            case CHAR -> "char(" + type.length() + ")";
            case DATE -> "date";
            case TIME -> "time(0)"; // as Hibernate 7 declares LocalTime and @Temporal(TIME): whole seconds
            case TIMESTAMP -> "timestamp(6)";
            case TIMESTAMP_TZ -> "timestamp(6) with time zone";
            case UUID -> "uuid";
            case BINARY -> "bytea";
            case CLOB, BLOB -> "oid";
            case CUSTOM -> type.sqlType();
        };
    }

    /** The type as PostgreSQL keeps it: what {@link #read} returns for a column declared with it. */
    static ColumnType normalized(ColumnType type) {
        if (type.isLargeObject()) {
            return OID;
        }
        return type.isCustom() ? read(canonical(type.sqlType())) : type;
    }

    /**
     * The model's type for what {@code format_type(atttypid, atttypmod)} prints: one of Retort's types where it is
     * one (a timestamp without a precision has PostgreSQL's default, 6 digits, as the model's have), a custom type
     * otherwise.
     */
    static ColumnType read(String formatted) {
        Matcher m = FORMATTED.matcher(formatted);
        if (!m.matches()) {
            return ColumnType.custom(formatted);
        }
        String name = m.group(1);
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String zone = m.group(4) == null ? "" : m.group(4).strip();
        boolean bare = first == null && zone.isEmpty();
        boolean microseconds = second == null && (first == null || first == 6);
        ColumnType type = switch (name) {
            case "smallint" -> bare ? ColumnType.SMALLINT : null;
            case "integer" -> bare ? ColumnType.INTEGER : null;
            case "bigint" -> bare ? ColumnType.BIGINT : null;
            case "boolean" -> bare ? ColumnType.BOOLEAN : null;
            case "double precision" -> bare ? ColumnType.DOUBLE : null;
            case "real" -> bare ? ColumnType.REAL : null;
            case "date" -> bare ? ColumnType.DATE : null;
            case "uuid" -> bare ? ColumnType.UUID : null;
            case "bytea" -> bare ? ColumnType.BINARY : null;
            case "numeric" -> first != null && second != null && zone.isEmpty() && first > 0 && second >= 0
                    && second <= first ? ColumnType.NUMERIC(first, second) : null;
            case "character varying" -> first != null && second == null && zone.isEmpty()
                    ? ColumnType.VARCHAR(first) : null;
            case "character" -> first != null && second == null && zone.isEmpty() ? ColumnType.CHAR(first) : null;
            case "time" -> first != null && first == 0 && second == null && zone.equals("without time zone")
                    ? ColumnType.TIME : null;
            case "timestamp" -> !microseconds ? null : switch (zone) {
                case "without time zone" -> ColumnType.TIMESTAMP;
                case "with time zone" -> ColumnType.TIMESTAMP_TZ;
                default -> null;
            };
            default -> null;
        };
        return type != null ? type : ColumnType.custom(formatted);
    }

    /**
     * A type written in SQL, spelled as {@code format_type} prints it: lower case, aliases resolved ({@code int4} is
     * {@code integer}, {@code varchar(20)} is {@code character varying(20)}, {@code timestamptz} is {@code timestamp
     * with time zone}, {@code decimal(8)} is {@code numeric(8,0)}), spaces tidied, an array as {@code integer[]}. A
     * name Retort does not know stays as written (in lower case); one with quotes stays exactly as written.
     */
    static String canonical(String sql) {
        String text = sql.strip();
        if (text.contains("\"")) {
            return text;
        }
        text = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.startsWith("pg_catalog.")) {
            text = text.substring("pg_catalog.".length());
        }
        Matcher array = ARRAY.matcher(text);
        if (array.matches()) {
            return canonical(array.group(1)) + "[]";
        }
        text = text.replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",").replaceAll(" ?\\)", ")");
        Matcher m = TYPE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String name = m.group(1).strip();
        String first = m.group(2);
        String second = m.group(3);
        String zone = m.group(4) == null ? null : m.group(4).strip();
        String arguments = first == null ? "" : "(" + first + (second == null ? "" : "," + second) + ")";
        boolean plain = first == null && zone == null;
        return switch (name) {
            case "int", "int4", "integer" -> plain ? "integer" : text;
            case "int2", "smallint" -> plain ? "smallint" : text;
            case "int8", "bigint" -> plain ? "bigint" : text;
            case "bool", "boolean" -> plain ? "boolean" : text;
            case "float8", "double precision" -> plain ? "double precision" : text;
            case "float4", "real" -> plain ? "real" : text;
            case "float" -> second != null || zone != null ? text
                    : first != null && Integer.parseInt(first) <= 24 ? "real" : "double precision";
            case "varchar", "character varying", "char varying" -> zone == null && second == null
                    ? "character varying" + arguments : text;
            case "char", "character" -> zone == null && second == null
                    ? "character" + (first == null ? "(1)" : arguments) : text;
            case "bpchar" -> zone == null && second == null ? (first == null ? "bpchar" : "character" + arguments) : text;
            case "decimal", "numeric" -> zone != null ? text
                    : first == null ? "numeric" : "numeric(" + first + "," + (second == null ? "0" : second) + ")";
            case "timestamp", "timestamptz" -> second != null ? text : "timestamp" + arguments
                    + (name.equals("timestamptz") || "with time zone".equals(zone)
                            ? " with time zone" : " without time zone");
            case "time", "timetz" -> second != null ? text : "time" + arguments
                    + (name.equals("timetz") || "with time zone".equals(zone) ? " with time zone" : " without time zone");
            case "varbit", "bit varying" -> zone == null && second == null ? "bit varying" + arguments : text;
            case "bit" -> zone == null && second == null ? "bit" + (first == null ? "(1)" : arguments) : text;
            default -> text;
        };
    }

    /**
     * The {@code USING} clause ALTER COLUMN TYPE needs to change {@code column} from {@code from} to {@code to}, with
     * its leading space; empty when an assignment cast converts the values. Values move into and out of large
     * objects: a string's UTF-8 bytes or the bytes themselves become a new large object, and a large object's bytes
     * become the bytes or the string again. (The large objects a column referenced stay in the database when it stops
     * referencing them; PostgreSQL's {@code vacuumlo} removes them.)
     */
    static String using(String column, ColumnType from, ColumnType to) {
        String type = declaration(to);
        if (to.isLargeObject() && !from.isLargeObject()) {
            String bytes = from.kind() == Kind.BINARY ? column : "convert_to(" + column + "::text, 'UTF8')";
            return " USING lo_from_bytea(0, " + bytes + ")";
        }
        if (from.isLargeObject() && !to.isLargeObject()) {
            return to.kind() == Kind.BINARY
                    ? " USING lo_get(" + column + ")"
                    : " USING convert_from(lo_get(" + column + "), 'UTF8')::" + type;
        }
        return castsByAssignment(from, to) ? "" : " USING " + column + "::" + type;
    }

    private static boolean castsByAssignment(ColumnType from, ColumnType to) {
        // Every type converts to a string type by assignment.
        return from.kind() == to.kind() && !from.isCustom()
                || to.kind() == Kind.VARCHAR
                || ASSIGNMENT_CAST_FAMILIES.stream().anyMatch(f -> f.contains(from.kind()) && f.contains(to.kind()));
    }
}
