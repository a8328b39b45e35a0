package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/**
 * Changes a column's type, nullability, identity, default or comment: {@code from} is the column as it is, {@code to} as
 * it becomes.
 */
public record AlterColumn(String table, Column from, Column to) implements Operation {

    public AlterColumn {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("an alter keeps the column's name: " + from.name() + " vs " + to.name());
        }
    }

    public String columnName() {
        return to.name();
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean identityChanged() {
        return from.identity() != to.identity();
    }

    public boolean defaultChanged() {
        return !from.defaultValue().equals(to.defaultValue());
    }

    public boolean commentChanged() {
        return !from.comment().equals(to.comment());
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        Column current = SchemaChecks.column(this, before, from.name());
        if (!current.equals(from)) {
            throw new InvalidOperationException(this, "the column is " + current + ", not " + from);
        }
        return schema.with(SchemaChecks.rebuilt(this, before,
                t -> t.withColumns(Lists.replaced(t.columns(), c -> c.name().equals(from.name()), c -> to))));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + from.name();
    }
}
