package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;

/**
 * Inserts rows given in the revision, e.g. the fixed rows of a lookup table. Its reverse deletes them again: by the
 * primary key when the rows give it, else by all the values given.
 *
 * @param rows one list of values per row, in the order of {@code columns}; see {@link Rows} for the value types
 */
public record BulkInsert(String table, List<String> columns, List<List<Object>> rows) implements Operation {

    public BulkInsert {
        columns = List.copyOf(columns);
        rows = Rows.checked("bulk insert into " + table, columns, rows);
    }

    @Override
    public DeleteRows reverse() {
        return new DeleteRows(table, columns, rows);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = SchemaChecks.table(this, schema, table);
        columns.forEach(column -> SchemaChecks.column(this, target, column));
        return schema;
    }

    @Override
    public String describe() {
        return "insert " + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + " into " + table;
    }
}
