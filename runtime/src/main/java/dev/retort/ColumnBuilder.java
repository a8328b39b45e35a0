package dev.retort;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Names;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * The options of a column being created or added: {@code c -> c.notNull().references("students", "id")}.
 * Columns accept NULL unless told otherwise.
 */
public final class ColumnBuilder {

    private final String table;
    private final String name;
    private final ColumnType type;
    private boolean notNull;
    private boolean primaryKey;
    private boolean identity;
    private boolean unique;
    private ForeignKey foreignKey;

    ColumnBuilder(String table, String name, ColumnType type) {
        this.table = table;
        this.name = name;
        this.type = type;
    }

    public ColumnBuilder notNull() {
        notNull = true;
        return this;
    }

    /** Makes this column the table's primary key (and NOT NULL). */
    public ColumnBuilder primaryKey() {
        primaryKey = true;
        return this;
    }

    /** The database generates this column's values (an identity column; NOT NULL). */
    public ColumnBuilder identity() {
        identity = true;
        return this;
    }

    /** A UNIQUE constraint on this column alone, named by {@link Names#uniqueConstraint}. */
    public ColumnBuilder unique() {
        unique = true;
        return this;
    }

    /** A foreign key from this column to {@code column} of {@code table}, named by {@link Names#foreignKey}. */
    public ColumnBuilder references(String referencedTable, String referencedColumn) {
        foreignKey = new ForeignKey(
                Names.foreignKey(table, List.of(name)), List.of(name), referencedTable, List.of(referencedColumn));
        return this;
    }

    Column column() {
        return new Column(name, type, !(notNull || primaryKey || identity), identity);
    }

    boolean isPrimaryKey() {
        return primaryKey;
    }

    UniqueConstraint uniqueConstraint() {
        return unique ? new UniqueConstraint(Names.uniqueConstraint(table, List.of(name)), List.of(name)) : null;
    }

    ForeignKey foreignKey() {
        return foreignKey;
    }
}
