package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * Renames a column; the primary key, constraints and indexes that use it follow it, as do foreign keys of any table
 * that reference it. A check constraint that mentions it must be dropped first and added again with the new name (its
 * expression is SQL that Retort does not rewrite).
 */
public record RenameColumn(String table, String from, String to) implements Operation {

    @Override
    public RenameColumn reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        SchemaChecks.column(this, before, from);
        if (before.column(to).isPresent()) {
            throw new InvalidOperationException(this, "column " + to + " already exists");
        }
        before.checks().stream().filter(check -> check.mentions(from)).map(CheckConstraint::name).findFirst()
                .ifPresent(check -> {
                    throw new InvalidOperationException(this, "check constraint " + check
                            + " mentions it; drop it first and add it again, naming " + to);
                });
        // One new table: each of its parts names the new column, so none may be replaced on its own.
        Table renamed = SchemaChecks.rebuilt(this, before, t -> new Table(t.name(),
                Lists.replaced(t.columns(), c -> c.name().equals(from), c -> c.withName(to)),
                renamed(t.primaryKey()),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), renamed(u.columns()))).toList(),
                t.foreignKeys().stream().map(fk -> fk.withColumns(renamed(fk.columns()))).toList(),
                t.indexes().stream().map(i -> i.renamed(name -> name, c -> c.equals(from) ? to : c)).toList(),
                t.checks(),
                t.comment()));
        Schema result = schema.with(renamed);
        return result.withTables(result.tables().stream()
                .map(t -> t.withForeignKeys(Lists.replaced(t.foreignKeys(), fk -> fk.referencedTable().equals(table),
                        fk -> fk.withReferencedColumns(renamed(fk.referencedColumns())))))
                .toList());
    }

    private List<String> renamed(List<String> columns) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + from + " to " + to;
    }
}
