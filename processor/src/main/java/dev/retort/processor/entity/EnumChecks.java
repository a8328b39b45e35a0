package dev.retort.processor.entity;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The check constraint that keeps an enum column to its constants, as Hibernate 6 declares it: the names of a STRING
 * enum ({@code "status" IN ('DUE', 'PAID')}), the numbers of an ORDINAL one ({@code "kind" BETWEEN 0 AND 2}). Named
 * {@code ck_<table>_<column>}. The column is written quoted in the case the databases store it (lower case for a name
 * not quoted by the user), so the expression reads the same on both.
 */
final class EnumChecks {

    private EnumChecks() {}

    /** The constraint; none for an enum without constants, which no value satisfies. */
    static Optional<CheckConstraint> of(String table, String column, EnumColumn mapping) {
        if (mapping.constants().isEmpty()) {
            return Optional.empty();
        }
        String name = Names.shorten("ck_" + Names.unquoted(table) + "_" + Names.unquoted(column));
        String quoted = "\"" + (Names.isQuoted(column) ? Names.unquoted(column) : column.toLowerCase(Locale.ROOT))
                .replace("\"", "\"\"") + "\"";
        List<String> constants = mapping.constants();
        String expression = mapping.storage() == EnumColumn.Storage.STRING
                ? quoted + " IN (" + constants.stream()
                        .map(constant -> "'" + constant + "'")
                        .collect(Collectors.joining(", ")) + ")"
                : quoted + " BETWEEN 0 AND " + (constants.size() - 1);
        return Optional.of(new CheckConstraint(name, expression));
    }
}
