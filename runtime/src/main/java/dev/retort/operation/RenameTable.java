package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Renames a table; foreign keys that reference it, its own included, follow it. */
public record RenameTable(String from, String to) implements Operation {

    @Override
    public RenameTable reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = SchemaChecks.table(this, schema, from);
        if (schema.table(to).isPresent()) {
            throw new InvalidOperationException(this, "table " + to + " already exists");
        }
        Schema renamed = schema.without(from).with(SchemaChecks.rebuilt(this, table, t -> t.withName(to)));
        return renamed.withTables(renamed.tables().stream()
                .map(t -> t.withForeignKeys(Lists.replaced(t.foreignKeys(), fk -> fk.referencedTable().equals(from),
                        fk -> fk.withReferencedTable(to))))
                .toList());
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to;
    }
}
