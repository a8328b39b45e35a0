package dev.retort.processor.revision;

import dev.retort.operation.CreateTable;
import dev.retort.operation.Operation;
import java.util.List;

/**
 * The message of a revision whose author gave none: {@code create table fees}, {@code create tables fees, students},
 * or {@code add column fees.description and 2 more changes}.
 */
final class RevisionMessage {

    private RevisionMessage() {}

    static String of(List<Operation> operations) {
        if (operations.size() == 1) {
            return operations.get(0).describe();
        }
        if (operations.stream().allMatch(CreateTable.class::isInstance)) {
            return "create tables " + String.join(", ", operations.stream()
                    .map(operation -> ((CreateTable) operation).table().name())
                    .sorted()
                    .toList());
        }
        int more = operations.size() - 1;
        return operations.get(0).describe() + " and " + more + " more change" + (more == 1 ? "" : "s");
    }
}
