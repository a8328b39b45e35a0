package dev.retort;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;

/** What {@link Operations#alterColumn} changes: {@code c -> c.type(VARCHAR(500)).notNull()}. */
public final class ColumnChange {

    private Column column;

    ColumnChange(Column current) {
        this.column = current;
    }

    public ColumnChange type(ColumnType type) {
        column = column.withType(type);
        return this;
    }

    public ColumnChange notNull() {
        column = column.withNullable(false);
        return this;
    }

    public ColumnChange nullable() {
        column = column.withNullable(true);
        return this;
    }

    /** The database starts generating this column's values. */
    public ColumnChange identity() {
        column = column.withIdentity(true);
        return this;
    }

    /** The database stops generating this column's values. */
    public ColumnChange dropIdentity() {
        column = column.withIdentity(false);
        return this;
    }

    Column result() {
        return column;
    }
}
