package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Drops a FOREIGN KEY constraint. It carries the whole constraint, so that its reverse can add it again. */
public record DropForeignKey(String table, ForeignKey foreignKey) implements Operation {

    @Override
    public AddForeignKey reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.foreignKey(foreignKey.name()).isEmpty()) {
            throw new InvalidOperationException(this, "there is no such foreign key");
        }
        return schema.with(before.withForeignKeys(
                Lists.minus(before.foreignKeys(), f -> f.name().equals(foreignKey.name()))));
    }

    @Override
    public String describe() {
        return "drop foreign key " + foreignKey.name() + " on " + table;
    }
}
