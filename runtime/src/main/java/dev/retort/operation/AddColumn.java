package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;

/**
 * Adds a column to a table; with {@code foreignKey} (may be null) the new column also references another table, which
 * databases that cannot add a foreign key to an existing table (SQLite) can still do in one statement.
 */
public record AddColumn(String table, Column column, ForeignKey foreignKey) implements Operation {

    public AddColumn {
        if (foreignKey != null && !foreignKey.columns().equals(List.of(column.name()))) {
            throw new IllegalArgumentException(
                    "the foreign key added with column " + column.name() + " must be on that column alone");
        }
    }

    public AddColumn(String table, Column column) {
        this(table, column, null);
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column, foreignKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (before.column(column.name()).isPresent()) {
            throw new InvalidOperationException(this, "column " + column.name() + " already exists");
        }
        if (foreignKey != null && !foreignKey.referencedTable().equals(table)) {
            SchemaChecks.table(this, schema, foreignKey.referencedTable());
        }
        return schema.with(SchemaChecks.rebuilt(this, before, t -> {
            Table added = t.withColumns(Lists.plus(t.columns(), column));
            return foreignKey == null ? added : added.withForeignKeys(Lists.plus(t.foreignKeys(), foreignKey));
        }));
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
