package dev.retort.processor.entity;

import java.util.Locale;

/**
 * How logical names (from annotations, fields and classes) become the physical names of tables and columns
 * ({@code -Aretort.naming}). A name the user quoted ({@code "\"Name\""} or {@code "`Name`"}) keeps its case under
 * every strategy and becomes the model's quoted form {@code "Name"}.
 */
public enum NamingStrategy {
    /** Names as they are, like Hibernate's default physical naming. */
    JPA,
    /** Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}: {@code firstName} becomes {@code first_name}. */
    SNAKE_CASE;

    public String physicalName(String logicalName) {
        if (isQuoted(logicalName)) {
            return "\"" + logicalName.substring(1, logicalName.length() - 1) + "\"";
        }
        return this == JPA ? logicalName : snakeCase(logicalName);
    }

    private static boolean isQuoted(String name) {
        return name.length() >= 2
                && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
    }

    // The same loop as Spring Boot's, including its bounds: neither the first nor the last character gets an underscore.
    private static String snakeCase(String name) {
        StringBuilder builder = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < builder.length() - 1; i++) {
            if (isUnderscoreRequired(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
                builder.insert(i++, '_');
            }
        }
        return builder.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isUnderscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before))
                && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }
}
