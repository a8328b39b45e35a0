package dev.retort.schema;

import java.util.List;

/** A named FOREIGN KEY constraint: {@code columns} reference {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {

    public ForeignKey {
        Names.requireName(name, "foreign key");
        columns = Names.requireColumns(columns, "foreign key " + name);
        Names.requireName(referencedTable, "referenced table of foreign key " + name);
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }
}
