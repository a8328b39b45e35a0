package dev.retort.processor.entity;

import dev.retort.diff.RenameCandidates;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.UnsupportedChangeException;
import dev.retort.operation.AddColumn;
import dev.retort.operation.Operation;
import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.processor.snapshot.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Compares the entities with the snapshot: the operations from the one to the other, with the renames the entities
 * declare. On the way it reports what the operations alone would hide: an ORDINAL enum reordered or shrunk, or
 * switched between ORDINAL and STRING (errors: the stored values would change meaning), a NOT NULL column added
 * without a default (a warning: the rows that exist get a placeholder), and a drop and an add that look like a rename
 * nobody declared (a warning suggesting {@code @RenamedFrom}).
 */
public final class SnapshotComparison {

    private SnapshotComparison() {}

    /**
     * The operations that turn the snapshot's schema into the entities'.
     *
     * @throws UnsupportedChangeException for a change Retort cannot express yet
     */
    public static List<Operation> diff(Snapshot snapshot, EntitySchema entities, Reporter reporter) {
        checkEnums(snapshot, entities, reporter);
        List<Operation> operations = SchemaDiff.diff(snapshot.schema(), entities.schema(), entities.renames());
        for (Operation operation : operations) {
            if (operation instanceof AddColumn add && add.backfill().isPresent()) {
                String column = add.column().name();
                entities.fieldOf(add.table(), column).ifPresent(field -> reporter.report(field,
                        Message.BACKFILL_PLACEHOLDER, ElementNames.of(field), add.table(),
                        shown(add.backfill().get().toString())));
            }
        }
        for (RenameCandidates.Candidate candidate : RenameCandidates.in(operations)) {
            reportLikelyRename(candidate, entities, reporter);
        }
        return operations;
    }

    /**
     * An ORDINAL enum may only gain constants at its end; neither kind may switch to the other. Columns are matched
     * through the declared renames, to the snapshot's names.
     */
    private static void checkEnums(Snapshot snapshot, EntitySchema entities, Reporter reporter) {
        for (Map.Entry<String, Map<String, EnumColumn>> table : entities.enums().entrySet()) {
            String oldTable = entities.renames().tables().getOrDefault(table.getKey(), table.getKey());
            Map<String, String> renamedColumns = entities.renames().columns().getOrDefault(table.getKey(), Map.of());
            for (Map.Entry<String, EnumColumn> column : table.getValue().entrySet()) {
                String oldColumn = renamedColumns.getOrDefault(column.getKey(), column.getKey());
                Optional<EnumColumn> before = snapshot.enumOf(oldTable, oldColumn)
                        .or(() -> snapshot.enumOf(table.getKey(), column.getKey()));
                Optional<? extends Element> field = entities.fieldOf(table.getKey(), column.getKey());
                if (before.isEmpty() || field.isEmpty()) {
                    continue;
                }
                EnumColumn now = column.getValue();
                String where = table.getKey() + "." + column.getKey();
                if (before.get().storage() != now.storage()) {
                    reporter.report(field.get(), Message.ENUM_STORAGE_CHANGED, ElementNames.of(field.get()),
                            before.get().storage(), now.storage(), where);
                } else if (now.storage() == EnumColumn.Storage.ORDINAL
                        && !isPrefix(before.get().constants(), now.constants())) {
                    reporter.report(field.get(), Message.ORDINAL_ENUM_CHANGED, ElementNames.of(field.get()),
                            before.get().constants(), now.constants(), where);
                }
            }
        }
    }

    private static void reportLikelyRename(RenameCandidates.Candidate candidate, EntitySchema entities,
            Reporter reporter) {
        if (candidate.column().isPresent()) {
            String column = candidate.column().get();
            entities.fieldOf(candidate.table(), column).ifPresent(field -> reporter.report(field,
                    Message.LIKELY_RENAME, ElementNames.of(field), "column " + candidate.oldName() + " of "
                            + candidate.table(), "same type and nullability", candidate.oldName(),
                    candidate.oldName()));
        } else {
            entities.entityOf(candidate.table()).ifPresent(entity -> reporter.report(entity, Message.LIKELY_RENAME,
                    entities.describe(candidate.table()), "table " + candidate.oldName(), "same columns",
                    candidate.oldName(), candidate.oldName()));
        }
    }

    private static boolean isPrefix(List<String> before, List<String> now) {
        return now.size() >= before.size() && now.subList(0, before.size()).equals(before);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "''" : value;
    }
}
