package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tables and sequences of a database, each sorted by name. Immutable: the {@code with...} methods return new
 * schemas.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        tables = sorted(tables, Table::name, "tables");
        sequences = sorted(sequences, Sequence::name, "sequences");
    }

    /** A schema without sequences. */
    public Schema(List<Table> tables) {
        this(tables, List.of());
    }

    public Optional<Table> table(String name) {
        int index = indexOf(tables, Table::name, name);
        return index < 0 ? Optional.empty() : Optional.of(tables.get(index));
    }

    /** The table named {@code name}; an {@link IllegalStateException} when there is none. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalStateException("there is no table " + name));
    }

    public Optional<Sequence> sequence(String name) {
        int index = indexOf(sequences, Sequence::name, name);
        return index < 0 ? Optional.empty() : Optional.of(sequences.get(index));
    }

    /** This schema with {@code table} added, or replacing the table of the same name. */
    public Schema with(Table table) {
        return new Schema(replaced(tables, Table::name, table), sequences);
    }

    public Schema without(String tableName) {
        int index = indexOf(tables, Table::name, tableName);
        if (index < 0) {
            return this;
        }
        List<Table> result = new ArrayList<>(tables);
        result.remove(index);
        return new Schema(result, sequences);
    }

    /** This schema with {@code sequence} added, or replacing the sequence of the same name. */
    public Schema with(Sequence sequence) {
        return new Schema(tables, replaced(sequences, Sequence::name, sequence));
    }

    public Schema withoutSequence(String sequenceName) {
        return new Schema(tables, sequences.stream().filter(s -> !s.name().equals(sequenceName)).toList());
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, sequences);
    }

    /**
     * Where the item named {@code wanted} is in {@code sorted}, or {@code -(insertion point) - 1}: a binary search, as
     * schemas of thousands of tables are compared and replayed table by table.
     */
    private static <T> int indexOf(List<T> sorted, Function<T, String> name, String wanted) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = name.apply(sorted.get(middle)).compareTo(wanted);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** {@code sorted} with {@code item} in its place, replacing the item of the same name. */
    private static <T> List<T> replaced(List<T> sorted, Function<T, String> name, T item) {
        List<T> result = new ArrayList<>(sorted);
        int index = indexOf(sorted, name, name.apply(item));
        if (index >= 0) {
            result.set(index, item);
        } else {
            result.add(-index - 1, item);
        }
        return result;
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name, String what) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name));
        for (int i = 1; i < sorted.size(); i++) {
            if (name.apply(sorted.get(i)).equals(name.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException("two " + what + " named " + name.apply(sorted.get(i)));
            }
        }
        return List.copyOf(sorted);
    }
}
