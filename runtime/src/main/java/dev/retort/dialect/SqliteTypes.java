package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import java.util.Locale;
import java.util.Set;

/**
 * SQLite's types: it keeps the declared text of each column as written, so the model's types are declared in their
 * portable text form ({@code varchar(255)}, {@code numeric(10,2)}) and read back by parsing it. Binary data of both
 * kinds, {@code binary} and {@code blob}, is declared {@code blob}, and reads back as binary.
 *
 * <p>SQLite keeps a custom type's text as written, except its own type names ({@code TEXT}, {@code INT}, ...), which it
 * reports in upper case however they were written.
 */
final class SqliteTypes {

    /** The names SQLite reports in upper case (its "standard types", those of STRICT tables). */
    private static final Set<String> STANDARD_TYPES = Set.of("ANY", "BLOB", "INT", "INTEGER", "REAL", "TEXT");

    private SqliteTypes() {}

    static String declaration(ColumnType type) {
        return type.kind() == ColumnType.Kind.BINARY ? "blob" : type.toString();
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
        if (declared.strip().equalsIgnoreCase("blob")) {
            return ColumnType.BINARY;
        }
        try {
            return ColumnType.parse(declared);
        } catch (IllegalArgumentException e) {
            String upper = declared.strip().toUpperCase(Locale.ROOT);
            return ColumnType.custom(STANDARD_TYPES.contains(upper) ? upper : declared);
        }
    }
}
