package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Adds a CHECK constraint to an existing table; the rows that are there must satisfy it. */
public record AddCheckConstraint(String table, CheckConstraint check) implements Operation {

    @Override
    public DropCheckConstraint reverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.check(check.name()).isPresent()) {
            throw new InvalidOperationException(this, "it already exists");
        }
        return schema.with(SchemaChecks.rebuilt(this, before, t -> t.withChecks(Lists.plus(t.checks(), check))));
    }

    @Override
    public String describe() {
        return "add check constraint " + check.name() + " on " + table;
    }
}
