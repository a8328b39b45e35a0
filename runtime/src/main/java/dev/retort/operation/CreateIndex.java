package dev.retort.operation;

import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Creates an index on a table. */
public record CreateIndex(String table, Index index) implements Operation {

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.index(index.name()).isPresent()) {
            throw new InvalidOperationException(this, "it already exists");
        }
        return schema.with(SchemaChecks.rebuilt(this, before, t -> t.withIndexes(Lists.plus(t.indexes(), index))));
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + table;
    }
}
