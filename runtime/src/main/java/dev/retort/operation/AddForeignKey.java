package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Adds a FOREIGN KEY constraint to an existing table. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {

    @Override
    public DropForeignKey reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.foreignKey(foreignKey.name()).isPresent()) {
            throw new InvalidOperationException(this, "it already exists");
        }
        SchemaChecks.table(this, schema, foreignKey.referencedTable());
        return schema.with(SchemaChecks.rebuilt(this, before,
                t -> t.withForeignKeys(Lists.plus(t.foreignKeys(), foreignKey))));
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + table;
    }
}
