package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks that rows kept their values in the columns that exist before and after a change. */
final class RowsCompared {

    private RowsCompared() {}

    /**
     * @param renames how names of {@code before} became names of {@code after}
     * @param sameTypeOnly compare only columns whose type did not change (a value may change its form with the type;
     *     after the way back it must be what it was)
     */
    static void assertKept(Map<String, List<Map<String, String>>> rowsBefore,
            Map<String, List<Map<String, String>>> rowsAfter, Schema before, Schema after, Renames renames,
            boolean sameTypeOnly) {
        for (Table table : after.tables()) {
            String oldTable = renames.tables().getOrDefault(table.name(), table.name());
            Optional<Table> old = before.table(oldTable);
            if (old.isEmpty()) {
                continue;
            }
            Map<String, String> columns = renames.columns().getOrDefault(table.name(), Map.of());
            List<Map<String, String>> oldRows = rowsBefore.get(oldTable);
            List<Map<String, String>> newRows = rowsAfter.get(table.name());
            assertEquals(oldRows.size(), newRows.size(), "rows of " + table.name());
            for (Column column : table.columns()) {
                String oldName = columns.getOrDefault(column.name(), column.name());
                Optional<Column> oldColumn = old.get().column(oldName);
                if (oldColumn.isEmpty() || sameTypeOnly && !oldColumn.get().type().equals(column.type())) {
                    continue;
                }
                for (int i = 0; i < oldRows.size(); i++) {
                    assertEquals(oldRows.get(i).get(oldName), newRows.get(i).get(column.name()),
                            "row " + i + " of " + table.name() + "." + column.name() + " (was " + oldTable + "."
                                    + oldName + ")");
                }
            }
        }
    }

    /**
     * For the way back: the tables and columns of {@code before} that {@code after} kept (under their old names, as
     * the downgrade restores them), so that only their rows are compared; the others came back empty.
     */
    static Renames survivors(Schema before, Schema after, Renames renames) {
        Map<String, String> tables = new HashMap<>();
        Map<String, Map<String, String>> columns = new HashMap<>();
        Map<String, String> newTableNames = new HashMap<>();
        renames.tables().forEach((newName, oldName) -> newTableNames.put(oldName, newName));
        for (Table table : before.tables()) {
            String newName = newTableNames.getOrDefault(table.name(), table.name());
            Optional<Table> kept = after.table(newName);
            if (kept.isEmpty()) {
                tables.put(table.name(), "(dropped) " + table.name());
                continue;
            }
            Map<String, String> newColumnNames = new HashMap<>();
            renames.columns().getOrDefault(newName, Map.of()).forEach((n, o) -> newColumnNames.put(o, n));
            Map<String, String> dropped = new HashMap<>();
            for (Column column : table.columns()) {
                if (kept.get().column(newColumnNames.getOrDefault(column.name(), column.name())).isEmpty()) {
                    dropped.put(column.name(), "(dropped) " + column.name());
                }
            }
            columns.put(table.name(), dropped);
        }
        return new Renames(tables, columns);
    }
}
