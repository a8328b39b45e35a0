package dev.retort.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * A named CHECK constraint. The expression is SQL, written the same for every database (Retort passes it on as it is),
 * e.g. {@code amount >= 0} or {@code "status" IN ('DUE', 'PAID')}.
 */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        Names.requireName(name, "check constraint");
        Objects.requireNonNull(expression, "expression");
        expression = expression.strip();
        if (expression.isEmpty()) {
            throw new IllegalArgumentException("check constraint " + name + " needs an expression");
        }
    }

    /**
     * Whether the expression names {@code column}: a word or quoted identifier equal to it, compared without regard to
     * case as SQLite compares names. String literals do not count; a false alarm is possible, a miss is not.
     */
    public boolean mentions(String column) {
        String wanted = Names.unquoted(column).toLowerCase(Locale.ROOT);
        return SqlWords.identifiers(expression).stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
