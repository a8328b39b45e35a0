package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;

/** Drops a table. It carries the whole table, so that its reverse can create it again. */
public record DropTable(Table table) implements Operation {

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    @Override
    public Schema applyTo(Schema schema) {
        SchemaChecks.table(this, schema, table.name());
        for (Table other : schema.tables()) {
            if (other.name().equals(table.name())) {
                continue;
            }
            other.foreignKeys().stream()
                    .filter(fk -> fk.referencedTable().equals(table.name()))
                    .findFirst()
                    .ifPresent(fk -> {
                        throw new InvalidOperationException(this, "foreign key " + fk.name() + " of table "
                                + other.name() + " references it; drop that first");
                    });
        }
        return schema.without(table.name());
    }

    @Override
    public String describe() {
        return "drop table " + table.name();
    }
}
