package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Drops a column, and with it the single-column foreign key {@code foreignKey} (may be null). It carries the whole
 * column so that its reverse can add it again: a NOT NULL column without default comes back with its type's zero
 * value in the rows that exist then ({@link DefaultValue#zero}), as they cannot hold NULL.
 */
public record DropColumn(String table, Column column, ForeignKey foreignKey) implements Operation {

    public DropColumn {
        if (foreignKey != null && !foreignKey.columns().equals(List.of(column.name()))) {
            throw new IllegalArgumentException(
                    "the foreign key dropped with column " + column.name() + " must be on that column alone");
        }
    }

    public DropColumn(String table, Column column) {
        this(table, column, null);
    }

    @Override
    public AddColumn reverse() {
        boolean needsValue = !column.nullable() && !column.identity() && column.defaultValue().isEmpty();
        return new AddColumn(table, column, foreignKey,
                needsValue ? Optional.of(DefaultValue.zero(column.type())) : Optional.empty());
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        SchemaChecks.column(this, before, column.name());
        Table withoutForeignKey = foreignKey == null
                ? before
                : before.withForeignKeys(Lists.minus(before.foreignKeys(), fk -> fk.name().equals(foreignKey.name())));
        String name = column.name();
        if (withoutForeignKey.primaryKey().contains(name)) {
            throw new InvalidOperationException(this, "it is part of the primary key");
        }
        withoutForeignKey.foreignKeys().stream().filter(fk -> fk.columns().contains(name)).findFirst()
                .ifPresent(fk -> {
                    throw new InvalidOperationException(this, "foreign key " + fk.name() + " uses it; drop that first");
                });
        withoutForeignKey.uniqueConstraints().stream().filter(u -> u.columns().contains(name)).findFirst()
                .ifPresent(u -> {
                    throw new InvalidOperationException(
                            this, "unique constraint " + u.name() + " uses it; drop that first");
                });
        withoutForeignKey.indexes().stream().filter(i -> i.columns().contains(name)).findFirst()
                .ifPresent(i -> {
                    throw new InvalidOperationException(this, "index " + i.name() + " uses it; drop that first");
                });
        withoutForeignKey.checks().stream().filter(c -> c.mentions(name)).findFirst()
                .ifPresent(c -> {
                    throw new InvalidOperationException(
                            this, "check constraint " + c.name() + " mentions it; drop that first");
                });
        return schema.with(SchemaChecks.rebuilt(this, withoutForeignKey,
                t -> t.withColumns(Lists.minus(t.columns(), c -> c.name().equals(name)))));
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column.name();
    }
}
