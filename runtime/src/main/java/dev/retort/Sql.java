package dev.retort;

/** SQL text Retort writes itself, for its own tables. */
final class Sql {

    private Sql() {}

    /** A string literal, or NULL. */
    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
