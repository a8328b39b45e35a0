package dev.retort.operation;

import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Drops an index. It carries the whole index, so that its reverse can create it again. */
public record DropIndex(String table, Index index) implements Operation {

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.index(index.name()).isEmpty()) {
            throw new InvalidOperationException(this, "there is no such index");
        }
        return schema.with(before.withIndexes(Lists.minus(before.indexes(), i -> i.name().equals(index.name()))));
    }

    @Override
    public String describe() {
        return "drop index " + index.name() + " on " + table;
    }
}
