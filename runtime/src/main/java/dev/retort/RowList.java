package dev.retort;

import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Rows given as maps, turned into the column list (in the table's order) and value lists of a data operation. */
record RowList(List<String> columns, List<List<Object>> values) {

    static RowList of(String call, Table table, List<Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(call + "(" + table.name() + ") needs at least one row");
        }
        Set<String> named = new TreeSet<>(rows.get(0).keySet());
        for (String name : named) {
            if (table.column(name).isEmpty()) {
                throw new IllegalArgumentException(call + ": table " + table.name() + " has no column " + name);
            }
        }
        List<String> columns = table.columns().stream().map(Column::name).filter(named::contains).toList();
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, ?> row = rows.get(i);
            if (!row.keySet().equals(named)) {
                throw new IllegalArgumentException(call + "(" + table.name() + "): row " + (i + 1) + " names columns "
                        + new TreeSet<>(row.keySet()) + ", the first row " + named + "; every row names the same");
            }
            List<Object> rowValues = new ArrayList<>();
            columns.forEach(column -> rowValues.add(row.get(column)));
            values.add(rowValues);
        }
        return new RowList(columns, values);
    }
}
