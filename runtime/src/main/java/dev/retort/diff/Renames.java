package dev.retort.diff;

import dev.retort.operation.DropCheckConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The renames the author declared (with {@code @RenamedFrom}): tables by their new name, columns by their table's new
 * name and their new name. The differ renames only these; it never guesses.
 *
 * @param tables the old name of each renamed table, by its new name
 * @param columns the old name of each renamed column, by table (its new name), then by the column's new name
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = Map.copyOf(tables);
        Map<String, Map<String, String>> copy = new TreeMap<>();
        columns.forEach((table, renamed) -> copy.put(table, Map.copyOf(renamed)));
        columns = Map.copyOf(copy);
    }

    /**
     * The renames that turn names of {@code from} into names of {@code to}, in name order: tables first, then columns,
     * each column's rename after dropping the check constraints that mention its old name (their SQL is not
     * rewritten; the differ adds them again as {@code to} has them). A rename whose old name {@code from} does not
     * have, or whose new name it already has, is skipped: it was done by an earlier revision.
     */
    List<Operation> operations(Schema from, Schema to) {
        List<Operation> operations = new ArrayList<>();
        Schema current = from;
        for (Map.Entry<String, String> table : new TreeMap<>(tables).entrySet()) {
            String newName = table.getKey();
            String oldName = table.getValue();
            if (current.table(oldName).isPresent() && current.table(newName).isEmpty()
                    && to.table(newName).isPresent() && to.table(oldName).isEmpty()) {
                current = record(operations, current, new RenameTable(oldName, newName));
            }
        }
        for (Map.Entry<String, Map<String, String>> byTable : new TreeMap<>(columns).entrySet()) {
            String tableName = byTable.getKey();
            if (current.table(tableName).isEmpty() || to.table(tableName).isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> column : new TreeMap<>(byTable.getValue()).entrySet()) {
                String newName = column.getKey();
                String oldName = column.getValue();
                Table table = current.requireTable(tableName);
                Table target = to.requireTable(tableName);
                if (table.column(oldName).isEmpty() || table.column(newName).isPresent()
                        || target.column(newName).isEmpty() || target.column(oldName).isPresent()) {
                    continue;
                }
                for (CheckConstraint check : table.checks()) {
                    if (check.mentions(oldName)) {
                        current = record(operations, current, new DropCheckConstraint(tableName, check));
                    }
                }
                current = record(operations, current, new RenameColumn(tableName, oldName, newName));
            }
        }
        return operations;
    }

    private static Schema record(List<Operation> operations, Schema schema, Operation operation) {
        operations.add(operation);
        return operation.applyTo(schema);
    }
}
