package dev.retort.processor.revision;

import dev.retort.operation.Operation;
import java.util.List;

/**
 * A revision about to be written: its identity, and the operations of both directions. The downgrade is the reversed
 * list of the reversed upgrade operations.
 */
public record RevisionModel(
        String packageName,
        String className,
        String id,
        List<String> parents,
        String message,
        List<Operation> upgrade,
        List<Operation> downgrade) {

    public RevisionModel {
        parents = List.copyOf(parents);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
