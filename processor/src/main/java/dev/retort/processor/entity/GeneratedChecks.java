package dev.retort.processor.entity;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The check constraints Hibernate declares without being asked, which Retort declares the same way and names
 * {@code ck_<table>_<column>}: the constants of an enum column, the values of a discriminator, the bounds of
 * {@code @Min} and {@code @Max}, that a list's order column is not negative, and that a SINGLE_TABLE subclass's
 * required column is set in its rows. Columns are written quoted in the case the databases store them (lower case
 * for a name the user did not quote), so an expression reads the same on both.
 */
final class GeneratedChecks {

    private GeneratedChecks() {}

    /** The names of a STRING enum's constants, or the range of an ORDINAL enum's numbers. */
    static Optional<CheckConstraint> enumValues(String table, String column, EnumColumn mapping) {
        if (mapping.constants().isEmpty()) {
            return Optional.empty(); // no value satisfies an enum without constants
        }
        List<String> constants = mapping.constants();
        String expression = mapping.storage() == EnumColumn.Storage.STRING
                ? quoted(column) + " IN (" + literals(constants) + ")"
                : quoted(column) + " BETWEEN 0 AND " + (constants.size() - 1);
        return Optional.of(new CheckConstraint(name(table, column, ""), expression));
    }

    /** The discriminator values of the concrete entities a SINGLE_TABLE hierarchy stores. */
    static CheckConstraint discriminatorValues(String table, String column, List<String> values) {
        return new CheckConstraint(name(table, column, ""), quoted(column) + " IN (" + literals(values) + ")");
    }

    static CheckConstraint range(String table, String column, Attribute.Range range) {
        List<String> bounds = new ArrayList<>();
        range.min().ifPresent(min -> bounds.add(quoted(column) + " >= " + min));
        range.max().ifPresent(max -> bounds.add(quoted(column) + " <= " + max));
        return new CheckConstraint(name(table, column, ""), String.join(" AND ", bounds));
    }

    static CheckConstraint notNegative(String table, String column) {
        return new CheckConstraint(name(table, column, ""), quoted(column) + " >= 0");
    }

    /**
     * A column a subclass requires, in a table its siblings share: set in the rows of that subclass.
     *
     * @param values the discriminator values of the subclass and of the subclasses below it
     */
    static CheckConstraint requiredInSubclass(String table, String column, String discriminator,
            List<String> values) {
        String others = values.size() == 1
                ? quoted(discriminator) + " <> " + literals(values)
                : quoted(discriminator) + " NOT IN (" + literals(values) + ")";
        return new CheckConstraint(name(table, column, "_not_null"), others + " OR " + quoted(column)
                + " IS NOT NULL");
    }

    private static String name(String table, String column, String suffix) {
        return Names.shorten("ck_" + SchemaAssembler.tablePart(table) + "_" + Names.unquoted(column) + suffix);
    }

    private static String quoted(String column) {
        String stored = Names.isQuoted(column) ? Names.unquoted(column) : column.toLowerCase(Locale.ROOT);
        return "\"" + stored.replace("\"", "\"\"") + "\"";
    }

    private static String literals(List<String> values) {
        return values.stream().map(value -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
