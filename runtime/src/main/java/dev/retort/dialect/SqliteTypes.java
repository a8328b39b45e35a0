package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import java.util.Locale;
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
            default -> type.toString();
        };
    }

    /** The type as SQLite keeps it: what {@link #read} returns for a column declared with it. */
    static ColumnType normalized(ColumnType type) {
        return read(declaration(type));
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
}
