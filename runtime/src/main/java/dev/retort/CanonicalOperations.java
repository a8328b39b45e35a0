package dev.retort;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of text per operation, the input of a revision's checksum. The format is Retort's own and must not change
 * between versions: a changed line means a changed checksum for every revision that has the operation.
 *
 * <p>A line holds what the revision states, not what the schema before it holds: {@code drop_table "fees"}, not the
 * whole table it drops. Editing an earlier revision therefore changes that revision's checksum only. Line endings in
 * hand-written SQL count as {@code \n}, so a checkout that converts them changes nothing.
 */
final class CanonicalOperations {

    private CanonicalOperations() {}

    static String line(Operation operation) {
        if (operation instanceof CreateTable create) {
            return "create_table " + table(create.table());
        }
        if (operation instanceof DropTable drop) {
            return "drop_table " + quoted(drop.table().name());
        }
        if (operation instanceof AddColumn add) {
            return "add_column " + quoted(add.table()) + " " + column(add.column())
                    + (add.foreignKey() == null ? "" : " " + foreignKey(add.foreignKey()));
        }
        if (operation instanceof DropColumn drop) {
            return "drop_column " + quoted(drop.table()) + " " + quoted(drop.column().name());
        }
        if (operation instanceof AlterColumn alter) {
            return "alter_column " + quoted(alter.table()) + " " + quoted(alter.columnName()) + alterations(alter);
        }
        if (operation instanceof CreateIndex create) {
            return "create_index " + quoted(create.table()) + " " + index(create.index());
        }
        if (operation instanceof DropIndex drop) {
            return "drop_index " + quoted(drop.table()) + " " + quoted(drop.index().name());
        }
        if (operation instanceof AddUniqueConstraint add) {
            return "add_unique " + quoted(add.table()) + " " + unique(add.constraint());
        }
        if (operation instanceof DropUniqueConstraint drop) {
            return "drop_unique " + quoted(drop.table()) + " " + quoted(drop.constraint().name());
        }
        if (operation instanceof AddForeignKey add) {
            return "add_foreign_key " + quoted(add.table()) + " " + foreignKey(add.foreignKey());
        }
        if (operation instanceof DropForeignKey drop) {
            return "drop_foreign_key " + quoted(drop.table()) + " " + quoted(drop.foreignKey().name());
        }
        if (operation instanceof ExecuteSql execute) {
            return "execute " + quoted(execute.sql().replace("\r\n", "\n"));
        }
        // An operation added after this format: its record text, which names every component.
        return "operation " + operation.getClass().getName() + " " + quoted(operation.toString());
    }

    private static String table(Table table) {
        List<String> parts = new ArrayList<>();
        parts.add(quoted(table.name()));
        parts.add(table.columns().stream().map(CanonicalOperations::column)
                .collect(Collectors.joining(", ", "columns(", ")")));
        parts.add("primary_key" + names(table.primaryKey()));
        table.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        table.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        table.indexes().forEach(i -> parts.add(index(i)));
        return String.join(" ", parts);
    }

    private static String column(Column column) {
        return quoted(column.name()) + " " + type(column.type()) + (column.nullable() ? " null" : " not_null")
                + (column.identity() ? " identity" : "");
    }

    private static String alterations(AlterColumn alter) {
        StringBuilder changes = new StringBuilder();
        if (alter.typeChanged()) {
            changes.append(" type=").append(type(alter.to().type()));
        }
        if (alter.nullabilityChanged()) {
            changes.append(" nullable=").append(alter.to().nullable());
        }
        if (alter.identityChanged()) {
            changes.append(" identity=").append(alter.to().identity());
        }
        return changes.toString();
    }

    /** The portable text form; a custom type's SQL quoted, so that it cannot read as one of Retort's types. */
    private static String type(ColumnType type) {
        return type.isCustom() ? "custom(" + quoted(type.sqlType()) + ")" : type.toString();
    }

    private static String unique(UniqueConstraint unique) {
        return "unique " + quoted(unique.name()) + names(unique.columns());
    }

    private static String foreignKey(ForeignKey foreignKey) {
        return "foreign_key " + quoted(foreignKey.name()) + names(foreignKey.columns()) + " references "
                + quoted(foreignKey.referencedTable()) + names(foreignKey.referencedColumns());
    }

    private static String index(Index index) {
        // Written only when there is a descending column, so that older lines (and checksums) stay as they were.
        return (index.unique() ? "unique_index " : "index ") + quoted(index.name()) + names(index.columns())
                + (index.descending().isEmpty() ? "" : " descending" + names(List.copyOf(index.descending())));
    }

    private static String names(List<String> names) {
        return names.stream().map(CanonicalOperations::quoted).collect(Collectors.joining(", ", "(", ")"));
    }

    /** In double quotes, with backslash, double quote and line breaks escaped: one line, unambiguous. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
