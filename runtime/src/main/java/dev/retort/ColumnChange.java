package dev.retort;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import java.util.Optional;

/**
 * What {@link Operations#alterColumn} changes: {@code c -> c.type(VARCHAR(500)).notNull()}. The calls apply in order;
 * a type change keeps the default, which must then suit the new type (or be changed after it).
 */
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

    /** A new server default, read by the column's type as {@link ColumnBuilder#defaultValue} reads it. */
    public ColumnChange defaultValue(String value) {
        column = column.withDefault(Optional.of(DefaultValue.of(value)));
        return this;
    }

    /** The date or time of the insert as the default. */
    public ColumnChange defaultNow() {
        column = column.withDefault(Optional.of(DefaultValues.now(column.type())));
        return this;
    }

    public ColumnChange dropDefault() {
        column = column.withDefault(Optional.empty());
        return this;
    }

    public ColumnChange comment(String text) {
        column = column.withComment(Optional.of(text));
        return this;
    }

    public ColumnChange dropComment() {
        column = column.withComment(Optional.empty());
        return this;
    }

    Column result() {
        return column;
    }
}
