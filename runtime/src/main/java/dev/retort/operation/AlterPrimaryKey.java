package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;

/**
 * Changes a table's primary key from the columns {@code from} to the columns {@code to} (either may be empty: no key).
 * The new key's columns must be NOT NULL; the old key's stay as they are. A foreign key that references the old key
 * must be dropped first (the databases tie it to the key's index) and added again after, if it still applies.
 */
public record AlterPrimaryKey(String table, List<String> from, List<String> to) implements Operation {

    public AlterPrimaryKey {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public AlterPrimaryKey reverse() {
        return new AlterPrimaryKey(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (!before.primaryKey().equals(from)) {
            throw new InvalidOperationException(this, "its primary key is " + before.primaryKey() + ", not " + from);
        }
        for (String column : to) {
            if (SchemaChecks.column(this, before, column).nullable()) {
                throw new InvalidOperationException(this, "column " + column + " accepts NULL; make it NOT NULL first");
            }
        }
        for (Table other : schema.tables()) {
            for (ForeignKey foreignKey : other.foreignKeys()) {
                if (!from.isEmpty() && foreignKey.referencedTable().equals(table)
                        && foreignKey.referencedColumns().equals(from)) {
                    throw new InvalidOperationException(this, "foreign key " + foreignKey.name() + " of table "
                            + other.name() + " references the primary key; drop it first");
                }
            }
        }
        return schema.with(SchemaChecks.rebuilt(this, before, t -> t.withPrimaryKey(to)));
    }

    @Override
    public String describe() {
        return "alter primary key of " + table;
    }
}
