package dev.retort.processor.entity;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition)}: a type, in Retort's portable spelling ({@code varchar(2)}) or as the database
 * takes it ({@code jsonb}), optionally followed by {@code DEFAULT} and a value Retort can compare: a number, a quoted
 * string, {@code true}/{@code false}, {@code CURRENT_DATE} or {@code CURRENT_TIMESTAMP} ({@code now()}).
 */
record ColumnDefinition(ColumnType type, Optional<DefaultValue> defaultValue) {

    private static final Pattern WITH_DEFAULT =
            Pattern.compile("(?is)(.+?)\\s+default\\s+(.+?)\\s*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");

    /**
     * Reads it.
     *
     * @throws IllegalArgumentException when the default is an expression Retort cannot compare
     */
    static ColumnDefinition parse(String definition) {
        Matcher withDefault = WITH_DEFAULT.matcher(definition.strip());
        if (!withDefault.matches()) {
            return new ColumnDefinition(type(definition), Optional.empty());
        }
        return new ColumnDefinition(type(withDefault.group(1)), Optional.of(defaultValue(withDefault.group(2))));
    }

    private static ColumnType type(String text) {
        try {
            return ColumnType.parse(text);
        } catch (IllegalArgumentException e) {
            return ColumnType.custom(text.strip());
        }
    }

    private static DefaultValue defaultValue(String text) {
        String value = text.strip();
        Matcher string = STRING.matcher(value);
        if (string.matches()) {
            return DefaultValue.of(string.group(1).replace("''", "'"));
        }
        if (NUMBER.matcher(value).matches()) {
            return DefaultValue.of(value);
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "false" -> DefaultValue.of(value.toLowerCase(Locale.ROOT));
            case "current_date" -> DefaultValue.CURRENT_DATE;
            case "current_timestamp", "now()" -> DefaultValue.CURRENT_TIMESTAMP;
            default -> throw new IllegalArgumentException("columnDefinition's DEFAULT " + value + " is no value Retort"
                    + " can compare (a number, a quoted string, true, false, CURRENT_DATE or CURRENT_TIMESTAMP);"
                    + " give the column a @Default instead");
        };
    }
}
