package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/** Adds a UNIQUE constraint to an existing table. */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {

    @Override
    public DropUniqueConstraint reverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.uniqueConstraint(constraint.name()).isPresent()) {
            throw new InvalidOperationException(this, "it already exists");
        }
        return schema.with(SchemaChecks.rebuilt(this, before,
                t -> t.withUniqueConstraints(Lists.plus(t.uniqueConstraints(), constraint))));
    }

    @Override
    public String describe() {
        return "add unique constraint " + constraint.name() + " on " + table;
    }
}
