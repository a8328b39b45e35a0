package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Drops a CHECK constraint. It carries the whole constraint, so that its reverse can add it again. */
public record DropCheckConstraint(String table, CheckConstraint check) implements Operation {

    @Override
    public AddCheckConstraint reverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.check(check.name()).isEmpty()) {
            throw new InvalidOperationException(this, "there is no such constraint");
        }
        return schema.with(before.withChecks(Lists.minus(before.checks(), c -> c.name().equals(check.name()))));
    }

    @Override
    public String describe() {
        return "drop check constraint " + check.name() + " on " + table;
    }
}
