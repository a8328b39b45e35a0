package dev.retort;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The definition of a table being created: {@code t -> t.column("id", BIGINT, c -> c.primaryKey())...}. */
public final class TableBuilder {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private Optional<String> comment = Optional.empty();

    TableBuilder(String name) {
        this.name = name;
    }

    public TableBuilder column(String column, ColumnType type) {
        return column(column, type, c -> {});
    }

    public TableBuilder column(String column, ColumnType type, Consumer<ColumnBuilder> options) {
        ColumnBuilder builder = new ColumnBuilder(name, column, type);
        options.accept(builder);
        columns.add(builder.column());
        if (builder.isPrimaryKey()) {
            primaryKey.add(column);
        }
        if (builder.uniqueConstraint() != null) {
            uniqueConstraints.add(builder.uniqueConstraint());
        }
        if (builder.foreignKey() != null) {
            foreignKeys.add(builder.foreignKey());
        }
        return this;
    }

    /** A primary key over several columns, in this order. */
    public TableBuilder primaryKey(String... columnNames) {
        primaryKey.clear();
        primaryKey.addAll(List.of(columnNames));
        return this;
    }

    /** A named UNIQUE constraint over one or more columns. */
    public TableBuilder unique(String constraintName, String... columnNames) {
        uniqueConstraints.add(new UniqueConstraint(constraintName, List.of(columnNames)));
        return this;
    }

    /** A named foreign key from {@code columnNames} to {@code referencedColumns} of {@code referencedTable}. */
    public TableBuilder foreignKey(String constraintName, List<String> columnNames, String referencedTable,
            List<String> referencedColumns) {
        return foreignKey(constraintName, columnNames, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
    }

    /** As {@link #foreignKey(String, List, String, List)}, doing {@code onDelete} when a referenced row is deleted. */
    public TableBuilder foreignKey(String constraintName, List<String> columnNames, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        foreignKeys.add(new ForeignKey(constraintName, columnNames, referencedTable, referencedColumns, onDelete));
        return this;
    }

    /** A named CHECK constraint; {@code expression} is SQL both databases understand, e.g. {@code amount >= 0}. */
    public TableBuilder check(String constraintName, String expression) {
        checks.add(new CheckConstraint(constraintName, expression));
        return this;
    }

    /** A comment on the table (PostgreSQL keeps it; SQLite keeps no comments). */
    public TableBuilder comment(String text) {
        comment = Optional.of(text);
        return this;
    }

    Table build() {
        List<Column> keyed = columns.stream()
                .map(c -> primaryKey.contains(c.name()) && c.nullable() ? c.withNullable(false) : c)
                .toList();
        return new Table(name, keyed, primaryKey, uniqueConstraints, foreignKeys, List.of(), checks, comment);
    }
}
