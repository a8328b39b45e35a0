package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Creates a table with its columns, primary key, unique constraints, foreign keys and indexes. */
public record CreateTable(Table table) implements Operation {

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.table(table.name()).isPresent()) {
            throw new InvalidOperationException(this, "table " + table.name() + " already exists");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            boolean selfReference = fk.referencedTable().equals(table.name());
            if (!selfReference && schema.table(fk.referencedTable()).isEmpty()) {
                throw new InvalidOperationException(
                        this, "foreign key " + fk.name() + " references missing table " + fk.referencedTable());
            }
        }
        return schema.with(table);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
