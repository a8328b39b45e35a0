package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies one renaming to every name in a schema: tables, columns, constraints, indexes, sequences and what they refer
 * to. The names of tables and sequences, which may be qualified by a database schema, have a renaming of their own.
 * The SQL of check expressions is left as it is.
 */
final class Renaming {

    private Renaming() {}

    /**
     * @param rename for the names of columns, constraints and indexes
     * @param renameTable for the names of tables (also those foreign keys reference) and sequences
     */
    static Schema apply(Schema schema, UnaryOperator<String> rename, UnaryOperator<String> renameTable) {
        return new Schema(schema.tables().stream().map(table -> apply(table, rename, renameTable)).toList(),
                schema.sequences().stream()
                        .map(s -> new Sequence(renameTable.apply(s.name()), s.start(), s.increment()))
                        .toList());
    }

    private static Table apply(Table table, UnaryOperator<String> rename, UnaryOperator<String> renameTable) {
        return new Table(
                renameTable.apply(table.name()),
                table.columns().stream().map(c -> c.withName(rename.apply(c.name()))).toList(),
                all(table.primaryKey(), rename),
                table.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(rename.apply(u.name()), all(u.columns(), rename)))
                        .toList(),
                table.foreignKeys().stream()
                        .map(f -> new ForeignKey(rename.apply(f.name()), all(f.columns(), rename),
                                renameTable.apply(f.referencedTable()), all(f.referencedColumns(), rename),
                                f.onDelete()))
                        .toList(),
                table.indexes().stream()
                        .map(i -> i.renamed(rename, rename))
                        .toList(),
                table.checks().stream()
                        .map(c -> new CheckConstraint(rename.apply(c.name()), c.expression()))
                        .toList(),
                table.comment());
    }

    private static List<String> all(List<String> names, UnaryOperator<String> rename) {
        return names.stream().map(rename).toList();
    }
}
