package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a column to a table; with {@code foreignKey} (may be null) the new column also references another table, which
 * databases that cannot add a foreign key to an existing table (SQLite) can still do in one statement.
 *
 * <p>A NOT NULL column without a default cannot be added to a table that holds rows. With {@code backfill}, it is
 * added accepting NULL, the rows that exist get {@code backfill}, and then it becomes NOT NULL.
 */
public record AddColumn(String table, Column column, ForeignKey foreignKey, Optional<DefaultValue> backfill)
        implements Operation {

    public AddColumn {
        if (foreignKey != null && !foreignKey.columns().equals(List.of(column.name()))) {
            throw new IllegalArgumentException(
                    "the foreign key added with column " + column.name() + " must be on that column alone");
        }
        Objects.requireNonNull(backfill, "backfill");
        if (backfill.isPresent() && (column.nullable() || column.identity() || column.defaultValue().isPresent())) {
            throw new IllegalArgumentException("only a NOT NULL column without default or identity needs a backfill,"
                    + " not " + column.name());
        }
        try {
            backfill = backfill.map(value -> value.forType(column.type()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backfill of column " + column.name() + ": " + e.getMessage(), e);
        }
    }

    public AddColumn(String table, Column column, ForeignKey foreignKey) {
        this(table, column, foreignKey, Optional.empty());
    }

    public AddColumn(String table, Column column) {
        this(table, column, null, Optional.empty());
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
