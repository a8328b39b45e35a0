package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table: columns in declaration order, the primary key, named constraints and indexes (each list sorted by name, so
 * that equal tables are equal records and serialize to the same bytes), and its comment.
 */
public record Table(
        String name,
        List<Column> columns,
        List<String> primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        List<CheckConstraint> checks,
        Optional<String> comment) {

    public Table {
        Names.requireTableName(name, "table");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueConstraints = sortedByName(uniqueConstraints, UniqueConstraint::name);
        foreignKeys = sortedByName(foreignKeys, ForeignKey::name);
        indexes = sortedByName(indexes, Index::name);
        checks = sortedByName(checks, CheckConstraint::name);
        comment = Comments.normalized(Objects.requireNonNull(comment, "comment"));
        Set<String> columnNames = new HashSet<>();
        for (Column column : columns) {
            if (!columnNames.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        requireColumns(name, columnNames, primaryKey, "primary key");
        for (UniqueConstraint u : uniqueConstraints) {
            requireColumns(name, columnNames, u.columns(), "unique constraint " + u.name());
        }
        for (ForeignKey f : foreignKeys) {
            requireColumns(name, columnNames, f.columns(), "foreign key " + f.name());
        }
        for (Index i : indexes) {
            requireColumns(name, columnNames, i.columns(), "index " + i.name());
        }
    }

    /** A table without check constraints or comment. */
    public Table(String name, List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<Index> indexes) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, List.of(), Optional.empty());
    }

    /** A table with these columns and nothing else yet. */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<UniqueConstraint> uniqueConstraint(String constraintName) {
        return uniqueConstraints.stream().filter(u -> u.name().equals(constraintName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String constraintName) {
        return foreignKeys.stream().filter(f -> f.name().equals(constraintName)).findFirst();
    }

    public Optional<CheckConstraint> check(String constraintName) {
        return checks.stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment);
    }

    public Table withPrimaryKey(List<String> newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniqueConstraints) {
        return new Table(name, columns, primaryKey, newUniqueConstraints, foreignKeys, indexes, checks, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newForeignKeys, indexes, checks, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, newIndexes, checks, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, newChecks, comment);
    }

    public Table withComment(Optional<String> newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, newComment);
    }

    private static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name));
        for (int i = 1; i < sorted.size(); i++) {
            if (name.apply(sorted.get(i)).equals(name.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException("two objects named " + name.apply(sorted.get(i)));
            }
        }
        return List.copyOf(sorted);
    }

    private static void requireColumns(String table, Set<String> columnNames, List<String> used, String what) {
        for (String column : used) {
            if (!columnNames.contains(column)) {
                throw new IllegalArgumentException(what + " of table " + table + " names unknown column " + column);
            }
        }
    }
}
