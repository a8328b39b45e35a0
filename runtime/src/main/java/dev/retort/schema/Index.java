package dev.retort.schema;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A named index over one or more columns of a table, each in ascending order unless it is one of {@code descending}
 * ({@code @Index(columnList = "published_at DESC, id")}). Two indexes that differ only in the order of a column are
 * different indexes: a change of order drops the index and creates it again.
 *
 * @param descending the columns in descending order, a subset of {@code columns} (kept in their order)
 */
public record Index(String name, List<String> columns, boolean unique, Set<String> descending) {

    public Index {
        Names.requireName(name, "index");
        columns = Names.requireColumns(columns, "index " + name);
        Objects.requireNonNull(descending, "descending");
        for (String column : descending) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("index " + name + " has no column " + column + " to sort descending");
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        columns.stream().filter(descending::contains).forEach(ordered::add);
        descending = Collections.unmodifiableSet(ordered);
    }

    /** An index with every column in ascending order. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, Set.of());
    }

    public boolean isDescending(String column) {
        return descending.contains(column);
    }

    /** This index with its name and its columns' names renamed, each column keeping its order. */
    public Index renamed(UnaryOperator<String> indexName, UnaryOperator<String> columnName) {
        return new Index(indexName.apply(name), columns.stream().map(columnName).toList(), unique,
                new LinkedHashSet<>(descending.stream().map(columnName).toList()));
    }
}
