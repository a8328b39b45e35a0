package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import java.util.Locale;

/**
 * Reads back a column default as the catalogs show it: SQLite as written ({@code 0}, {@code 'OPEN'}, {@code X'cafe'},
 * {@code CURRENT_TIMESTAMP}), PostgreSQL with casts ({@code 'OPEN'::character varying}, {@code '-5'::integer},
 * {@code '\xcafe'::bytea}). The column's type brings the literal to its canonical form.
 */
final class DefaultLiterals {

    private DefaultLiterals() {}

    /**
     * The default of a column of {@code type}: a UUID written as bytes ({@code X'123e4567e89b...'}, as SQLite's UUID
     * columns hold it) comes back in its text form, which is how the model keeps it.
     *
     * @param where the column, for the message when the default is an expression Retort does not model
     */
    static DefaultValue parse(String where, String sql, ColumnType type) {
        DefaultValue value = parse(where, sql);
        String text = sql.strip();
        if (type.kind() == ColumnType.Kind.UUID && text.toUpperCase(Locale.ROOT).startsWith("X'")
                && value.text().matches("[0-9a-fA-F]{32}")) {
            String hex = value.text().toLowerCase(Locale.ROOT);
            return DefaultValue.of(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        }
        return value;
    }

    /**
     * @param where the column, for the message when the default is an expression Retort does not model
     */
    static DefaultValue parse(String where, String sql) {
        String text = withoutCasts(sql.strip());
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("CURRENT_DATE")) {
            return DefaultValue.CURRENT_DATE;
        }
        if (upper.equals("CURRENT_TIMESTAMP")) {
            return DefaultValue.CURRENT_TIMESTAMP;
        }
        if ((upper.startsWith("X'")) && text.endsWith("'")) {
            return DefaultValue.of(text.substring(2, text.length() - 1));
        }
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            String value = text.substring(1, text.length() - 1).replace("''", "'");
            // PostgreSQL shows bytes in its hex form.
            return DefaultValue.of(sql.strip().endsWith("::bytea") && value.startsWith("\\x") ? value.substring(2) : value);
        }
        if (upper.matches("[+-]?[0-9.]+(E[+-]?[0-9]+)?|TRUE|FALSE")) {
            return DefaultValue.of(text);
        }
        throw new IllegalStateException(where + " has a default Retort cannot represent: " + sql);
    }

    /** {@code ('x'::text)::character varying} becomes {@code 'x'}. */
    private static String withoutCasts(String sql) {
        String text = sql;
        while (true) {
            int cast = firstCastOutsideQuotes(text);
            if (cast >= 0) {
                text = text.substring(0, cast).strip();
            } else if (text.startsWith("(") && text.endsWith(")")) {
                text = text.substring(1, text.length() - 1).strip();
            } else {
                return text;
            }
        }
    }

    private static int firstCastOutsideQuotes(String text) {
        boolean quoted = false;
        int first = -1;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                first = first < 0 ? i : first;
            }
        }
        return first;
    }
}
