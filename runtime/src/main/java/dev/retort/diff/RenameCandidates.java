package dev.retort.diff;

import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The drops and adds among a diff's operations that look like a rename: a table dropped and one created with the same
 * columns (types, nullability, identity, in order), or a column dropped and one added to the same table with the same
 * type, nullability and identity. Each dropped one pairs with at most one added one, in the order of the operations.
 * The differ never acts on them; the processor asks the author to say so with {@code @RenamedFrom}.
 */
public final class RenameCandidates {

    /**
     * A likely rename.
     *
     * @param table the table; for a table rename, its new name
     * @param column the new name of the column, for a column rename
     * @param oldName the name that is dropped
     */
    public record Candidate(String table, Optional<String> column, String oldName) {}

    private RenameCandidates() {}

    public static List<Candidate> in(List<Operation> operations) {
        List<Candidate> candidates = new ArrayList<>();
        Set<Operation> paired = new HashSet<>();
        for (Operation operation : operations) {
            if (operation instanceof CreateTable create) {
                operations.stream()
                        .filter(o -> o instanceof DropTable drop && !paired.contains(o)
                                && shape(drop.table()).equals(shape(create.table())))
                        .findFirst()
                        .ifPresent(drop -> {
                            paired.add(drop);
                            candidates.add(new Candidate(create.table().name(), Optional.empty(),
                                    ((DropTable) drop).table().name()));
                        });
            } else if (operation instanceof AddColumn add) {
                operations.stream()
                        .filter(o -> o instanceof DropColumn drop && !paired.contains(o)
                                && drop.table().equals(add.table()) && sameShape(drop.column(), add.column()))
                        .findFirst()
                        .ifPresent(drop -> {
                            paired.add(drop);
                            candidates.add(new Candidate(add.table(), Optional.of(add.column().name()),
                                    ((DropColumn) drop).column().name()));
                        });
            }
        }
        return candidates;
    }

    private static List<String> shape(Table table) {
        return table.columns().stream().map(RenameCandidates::shape).toList();
    }

    private static boolean sameShape(Column dropped, Column added) {
        return shape(dropped).equals(shape(added));
    }

    private static String shape(Column column) {
        return column.type() + (column.nullable() ? " null" : " not null") + (column.identity() ? " identity" : "");
    }
}
