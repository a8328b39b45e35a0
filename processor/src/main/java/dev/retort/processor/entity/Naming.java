package dev.retort.processor.entity;

import dev.retort.processor.spi.NamingStrategy;
import java.util.Locale;
import java.util.Optional;

/**
 * How logical names (from annotations, attributes and classes) become the physical names of tables, columns,
 * sequences and schemas ({@code -Aretort.naming}), through a {@link NamingStrategy}. A name the user quoted
 * ({@code "\"Name\""} or {@code "`Name`"}) keeps its case under every strategy and becomes the model's quoted form
 * {@code "Name"}.
 */
public final class Naming {

    /** Names as they are, like Hibernate's default physical naming. */
    public static final Naming JPA = new Naming("jpa", new NamingStrategy() {
        @Override
        public String tableName(String logicalName) {
            return logicalName;
        }

        @Override
        public String columnName(String logicalName) {
            return logicalName;
        }
    });

    /**
     * Spring Boot's: {@code CamelCaseToUnderscoresNamingStrategy} ({@code firstName} becomes {@code first_name}) and
     * {@code SpringImplicitNamingStrategy} (a join table is named {@code <owner table>_<attribute>}).
     */
    public static final Naming SNAKE_CASE = new Naming("snake_case", new NamingStrategy() {
        @Override
        public String tableName(String logicalName) {
            return snakeCase(logicalName);
        }

        @Override
        public String columnName(String logicalName) {
            return snakeCase(logicalName);
        }

        @Override
        public String schemaName(String logicalName) {
            return snakeCase(logicalName);
        }

        @Override
        public String joinTableName(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + attribute;
        }
    });

    private final String name;
    private final NamingStrategy strategy;

    private Naming(String name, NamingStrategy strategy) {
        this.name = name;
        this.strategy = strategy;
    }

    /** The built-in strategy called {@code name} ({@code jpa}, {@code snake_case}), if there is one. */
    public static Optional<Naming> builtIn(String name) {
        return name.equals(JPA.name) ? Optional.of(JPA)
                : name.equals(SNAKE_CASE.name) ? Optional.of(SNAKE_CASE)
                : Optional.empty();
    }

    /** A strategy of the user's, called by its class name. */
    public static Naming of(NamingStrategy strategy) {
        return new Naming(strategy.getClass().getName(), strategy);
    }

    public String table(String logicalName) {
        return apply(logicalName, strategy::tableName);
    }

    public String column(String logicalName) {
        return apply(logicalName, strategy::columnName);
    }

    public String sequence(String logicalName) {
        return apply(logicalName, strategy::sequenceName);
    }

    public String schema(String logicalName) {
        return apply(logicalName, strategy::schemaName);
    }

    /** The physical name of a join table nobody named. */
    public String joinTable(String ownerTable, String targetTable, String attribute) {
        return table(strategy.joinTableName(ownerTable, targetTable, attribute));
    }

    private static String apply(String logicalName, java.util.function.UnaryOperator<String> physical) {
        if (isQuoted(logicalName)) {
            return "\"" + logicalName.substring(1, logicalName.length() - 1) + "\"";
        }
        String name = physical.apply(logicalName);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("the naming strategy gave no name for " + logicalName);
        }
        return name;
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

    @Override
    public String toString() {
        return name;
    }
}
