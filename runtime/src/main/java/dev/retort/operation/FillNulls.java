package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/**
 * Sets a column to {@code value} in every row where it is NULL, e.g. before the column becomes NOT NULL. Which rows
 * those were is not kept, so it cannot be undone.
 */
public record FillNulls(String table, String column, DefaultValue value) implements Operation {

    @Override
    public Irreversible reverse() {
        return new Irreversible(describe(), "which rows were NULL is not known any more");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        Column target = SchemaChecks.column(this, before, column);
        try {
            value.forType(target.type());
        } catch (IllegalArgumentException e) {
            throw new InvalidOperationException(this, e.getMessage());
        }
        return schema;
    }

    /** The value, canonical for the column's type in {@code schema}. */
    public DefaultValue valueIn(Schema schema) {
        return value.forType(schema.requireTable(table).column(column).orElseThrow().type());
    }

    @Override
    public String describe() {
        return "fill nulls of " + table + "." + column;
    }
}
