package dev.retort.processor.revision;

import dev.retort.operation.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Builds the model of the next revision from the operations the differ found. */
public final class RevisionPlanner {

    private RevisionPlanner() {}

    /**
     * @param parents the revision the snapshot is at, if any
     * @param message the author's message; derived from the operations when absent
     * @param classNameTaken whether a class of that simple name already exists in {@code packageName}
     */
    public static RevisionModel plan(String packageName, List<String> parents, Optional<String> message,
            List<Operation> upgrade, Instant now, Predicate<String> classNameTaken) {
        String text = message.orElseGet(() -> RevisionMessage.of(upgrade));
        String id = RevisionId.of(parents, new OperationRenderer().render(upgrade).toString(), now);
        String className = RevisionClassName.of(now, text, classNameTaken);
        return new RevisionModel(packageName, className, id, parents, text, upgrade, downgrade(upgrade));
    }

    private static List<Operation> downgrade(List<Operation> upgrade) {
        List<Operation> downgrade = new ArrayList<>(upgrade.stream().map(Operation::reverse).toList());
        Collections.reverse(downgrade);
        return downgrade;
    }
}
