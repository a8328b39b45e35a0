package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;

/**
 * Deletes the rows that have the values given: matched by the primary key when {@code columns} hold all of it, else
 * by every column given (a NULL matches NULL). Its reverse inserts them again.
 */
public record DeleteRows(String table, List<String> columns, List<List<Object>> rows) implements Operation {

    public DeleteRows {
        columns = List.copyOf(columns);
        rows = Rows.checked("delete from " + table, columns, rows);
    }

    @Override
    public BulkInsert reverse() {
        return new BulkInsert(table, columns, rows);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = SchemaChecks.table(this, schema, table);
        columns.forEach(column -> SchemaChecks.column(this, target, column));
        return schema;
    }

    /** The columns that identify a row: the primary key if the rows give all of it, else all of {@code columns}. */
    public List<String> matchedBy(Table target) {
        return !target.primaryKey().isEmpty() && columns.containsAll(target.primaryKey())
                ? target.primaryKey()
                : columns;
    }

    @Override
    public String describe() {
        return "delete " + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + " from " + table;
    }
}
