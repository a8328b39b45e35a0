package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/** Drops a UNIQUE constraint. It carries the whole constraint, so that its reverse can add it again. */
public record DropUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {

    @Override
    public AddUniqueConstraint reverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.uniqueConstraint(constraint.name()).isEmpty()) {
            throw new InvalidOperationException(this, "there is no such constraint");
        }
        return schema.with(before.withUniqueConstraints(
                Lists.minus(before.uniqueConstraints(), u -> u.name().equals(constraint.name()))));
    }

    @Override
    public String describe() {
        return "drop unique constraint " + constraint.name() + " on " + table;
    }
}
