package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named FOREIGN KEY constraint: {@code columns} reference {@code referencedColumns} of {@code referencedTable}, and
 * {@code onDelete} says what happens to the referencing rows when a referenced row is deleted.
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete) {

    public ForeignKey {
        Names.requireName(name, "foreign key");
        columns = Names.requireColumns(columns, "foreign key " + name);
        Names.requireTableName(referencedTable, "referenced table of foreign key " + name);
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name);
        Objects.requireNonNull(onDelete, "onDelete");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }

    /** A foreign key that refuses to let a referenced row go ({@code ON DELETE NO ACTION}). */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        this(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete);
    }

    public ForeignKey withReferencedTable(String newReferencedTable) {
        return new ForeignKey(name, columns, newReferencedTable, referencedColumns, onDelete);
    }

    public ForeignKey withReferencedColumns(List<String> newReferencedColumns) {
        return new ForeignKey(name, columns, referencedTable, newReferencedColumns, onDelete);
    }
}
