package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The tables of a database, sorted by name. Immutable: the {@code with...} methods return new schemas. */
public record Schema(List<Table> tables) {

    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(Table::name));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("two tables named " + sorted.get(i).name());
            }
        }
        tables = List.copyOf(sorted);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table named {@code name}; an {@link IllegalStateException} when there is none. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalStateException("there is no table " + name));
    }

    /** This schema with {@code table} added, or replacing the table of the same name. */
    public Schema with(Table table) {
        List<Table> result = new ArrayList<>(without(table.name()).tables());
        result.add(table);
        return new Schema(result);
    }

    public Schema without(String tableName) {
        return new Schema(tables.stream().filter(t -> !t.name().equals(tableName)).toList());
    }
}
