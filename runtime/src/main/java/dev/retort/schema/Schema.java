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
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table named {@code name}; an {@link IllegalStateException} when there is none. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalStateException("there is no table " + name));
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** This schema with {@code table} added, or replacing the table of the same name. */
    public Schema with(Table table) {
        List<Table> result = new ArrayList<>(without(table.name()).tables());
        result.add(table);
        return new Schema(result, sequences);
    }

    public Schema without(String tableName) {
        return new Schema(tables.stream().filter(t -> !t.name().equals(tableName)).toList(), sequences);
    }

    /** This schema with {@code sequence} added, or replacing the sequence of the same name. */
    public Schema with(Sequence sequence) {
        List<Sequence> result = new ArrayList<>(withoutSequence(sequence.name()).sequences());
        result.add(sequence);
        return new Schema(tables, result);
    }

    public Schema withoutSequence(String sequenceName) {
        return new Schema(tables, sequences.stream().filter(s -> !s.name().equals(sequenceName)).toList());
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, sequences);
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
