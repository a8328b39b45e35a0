package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Lookups that turn a missing table or column into an {@link InvalidOperationException}. */
final class SchemaChecks {

    private SchemaChecks() {}

    static Table table(Operation operation, Schema schema, String name) {
        return schema.table(name)
                .orElseThrow(() -> new InvalidOperationException(operation, "there is no table " + name));
    }

    static Column column(Operation operation, Table table, String name) {
        return table.column(name).orElseThrow(() -> new InvalidOperationException(
                operation, "table " + table.name() + " has no column " + name));
    }

    static Table rebuilt(Operation operation, Table table, java.util.function.UnaryOperator<Table> change) {
        try {
            return change.apply(table);
        } catch (IllegalArgumentException e) {
            throw new InvalidOperationException(operation, e.getMessage());
        }
    }
}
