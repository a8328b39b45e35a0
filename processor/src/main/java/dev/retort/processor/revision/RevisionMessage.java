package dev.retort.processor.revision;

import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The message of a revision whose author gave none: {@code create table fees}, {@code create tables fees, students},
 * {@code create tables authors, comments, posts and 4 more}, or {@code add column fees.description and 2 more changes}.
 * The indexes of a table created or dropped in the same revision count as part of that change.
 */
final class RevisionMessage {

    /** How many tables a message names before it counts the rest: a message stays one line of the annotation. */
    private static final int NAMED_TABLES = 3;

    private RevisionMessage() {}

    static String of(List<Operation> operations) {
        List<Operation> changes = withoutIndexesOfWholeTables(operations);
        if (changes.size() == 1) {
            return changes.get(0).describe();
        }
        if (changes.stream().allMatch(CreateTable.class::isInstance)) {
            List<String> tables = changes.stream()
                    .map(operation -> ((CreateTable) operation).table().name())
                    .sorted()
                    .toList();
            if (tables.size() <= NAMED_TABLES + 1) {
                return "create tables " + String.join(", ", tables);
            }
            return "create tables " + String.join(", ", tables.subList(0, NAMED_TABLES)) + " and "
                    + (tables.size() - NAMED_TABLES) + " more";
        }
        int more = changes.size() - 1;
        return changes.get(0).describe() + " and " + more + " more change" + (more == 1 ? "" : "s");
    }

    private static List<Operation> withoutIndexesOfWholeTables(List<Operation> operations) {
        Set<String> wholeTables = operations.stream()
                .map(operation -> operation instanceof CreateTable create ? create.table().name()
                        : operation instanceof DropTable drop ? drop.table().name() : null)
                .filter(name -> name != null)
                .collect(Collectors.toSet());
        return operations.stream()
                .filter(operation -> !(operation instanceof CreateIndex create && wholeTables.contains(create.table())
                        || operation instanceof DropIndex drop && wholeTables.contains(drop.table())))
                .toList();
    }
}
