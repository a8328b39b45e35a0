package dev.retort;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * The options of a column being created or added: {@code c -> c.notNull().defaultValue("0")},
 * {@code c -> c.references("students", "id", CASCADE)}.
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
    private Optional<DefaultValue> defaultValue = Optional.empty();
    private Optional<String> comment = Optional.empty();

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
        return references(referencedTable, referencedColumn, ReferentialAction.NO_ACTION);
    }

    /** As {@link #references(String, String)}, doing {@code onDelete} when a referenced row is deleted. */
    public ColumnBuilder references(String referencedTable, String referencedColumn, ReferentialAction onDelete) {
        foreignKey = new ForeignKey(Names.foreignKey(table, List.of(name)), List.of(name), referencedTable,
                List.of(referencedColumn), onDelete);
        return this;
    }

    /**
     * The server default, read by the column's type: {@code "0"}, {@code "12.50"}, {@code "true"}, {@code "OPEN"},
     * {@code "2026-01-31"}, ... (see {@link DefaultValue}).
     */
    public ColumnBuilder defaultValue(String value) {
        defaultValue = Optional.of(DefaultValue.of(value));
        return this;
    }

    /** The date or time of the insert as the default: CURRENT_DATE for a date, CURRENT_TIMESTAMP for a timestamp. */
    public ColumnBuilder defaultNow() {
        defaultValue = Optional.of(DefaultValues.now(type));
        return this;
    }

    /** A comment on the column (PostgreSQL keeps it; SQLite keeps no comments). */
    public ColumnBuilder comment(String text) {
        comment = Optional.of(text);
        return this;
    }

    Column column() {
        return new Column(name, type, !(notNull || primaryKey || identity), identity, defaultValue, comment);
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
