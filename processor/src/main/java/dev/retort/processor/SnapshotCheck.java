package dev.retort.processor;

import dev.retort.operation.AddCheckConstraint;
import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.AlterPrimaryKey;
import dev.retort.operation.AlterSequence;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropCheckConstraint;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.SetTableComment;
import dev.retort.processor.entity.EntitySchema;
import dev.retort.processor.output.Locations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -Aretort.mode=check}: fails the build on every entity whose table differs from the snapshot, and on every
 * table of the snapshot that no entity maps any more, saying what changed. Writes nothing.
 */
final class SnapshotCheck {

    private SnapshotCheck() {}

    static void report(List<Operation> operations, EntitySchema entities, Path snapshot, Reporter reporter) {
        Map<String, List<String>> changesByTable = new LinkedHashMap<>();
        for (Operation operation : operations) {
            changesByTable.computeIfAbsent(tableOf(operation), table -> new ArrayList<>()).add(operation.describe());
        }
        changesByTable.forEach((table, changes) -> {
            String what = String.join(", ", changes);
            String snapshotName = Locations.display(snapshot);
            Object[] args = {entities.describe(table), snapshotName, what};
            entities.entityOf(table).ifPresentOrElse(
                    entity -> reporter.report(entity, Message.SCHEMA_OUT_OF_DATE, args),
                    () -> reporter.report(Message.SCHEMA_OUT_OF_DATE, args));
        });
    }

    /** The table an operation changes; a sequence counts as a table of its own name. */
    private static String tableOf(Operation operation) {
        if (operation instanceof CreateTable create) {
            return create.table().name();
        } else if (operation instanceof DropTable drop) {
            return drop.table().name();
        } else if (operation instanceof RenameTable rename) {
            return rename.to();
        } else if (operation instanceof AlterPrimaryKey alter) {
            return alter.table();
        } else if (operation instanceof SetTableComment comment) {
            return comment.table();
        } else if (operation instanceof AddColumn add) {
            return add.table();
        } else if (operation instanceof DropColumn drop) {
            return drop.table();
        } else if (operation instanceof AlterColumn alter) {
            return alter.table();
        } else if (operation instanceof RenameColumn rename) {
            return rename.table();
        } else if (operation instanceof CreateIndex create) {
            return create.table();
        } else if (operation instanceof DropIndex drop) {
            return drop.table();
        } else if (operation instanceof AddUniqueConstraint add) {
            return add.table();
        } else if (operation instanceof DropUniqueConstraint drop) {
            return drop.table();
        } else if (operation instanceof AddForeignKey add) {
            return add.table();
        } else if (operation instanceof DropForeignKey drop) {
            return drop.table();
        } else if (operation instanceof AddCheckConstraint add) {
            return add.table();
        } else if (operation instanceof DropCheckConstraint drop) {
            return drop.table();
        } else if (operation instanceof CreateSequence create) {
            return create.sequence().name();
        } else if (operation instanceof DropSequence drop) {
            return drop.sequence().name();
        } else if (operation instanceof AlterSequence alter) {
            return alter.to().name();
        }
        throw new IllegalArgumentException("the differ does not emit " + operation.describe());
    }
}
