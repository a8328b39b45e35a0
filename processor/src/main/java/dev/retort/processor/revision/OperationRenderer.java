package dev.retort.processor.revision;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import dev.retort.schema.Names;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders operations as calls of the revision DSL ({@code dev.retort.Operations}), one statement per operation (a
 * table's indexes follow its {@code createTable}). Replaying the statements on a schema gives the same schema as
 * applying the operations: the same tables, columns and constraint names.
 */
final class OperationRenderer {

    private static final ClassName LIST = ClassName.get(List.class);

    private final Set<String> typeConstants = new TreeSet<>();

    /** The statements for {@code operations}, in order. */
    CodeBlock render(List<Operation> operations) {
        CodeBlock.Builder code = CodeBlock.builder();
        operations.forEach(operation -> code.add(render(operation)));
        return code.build();
    }

    /** The {@link ColumnType} constants the rendered code uses, to import statically. */
    Set<String> typeConstants() {
        return Collections.unmodifiableSet(typeConstants);
    }

    private CodeBlock render(Operation operation) {
        if (operation instanceof CreateTable create) {
            return createTable(create.table());
        } else if (operation instanceof DropTable drop) {
            return dropTable(drop.table());
        } else if (operation instanceof AddColumn add) {
            return addColumn(add);
        } else if (operation instanceof DropColumn drop) {
            return statement("op.dropColumn($S, $S)", drop.table(), drop.column().name());
        } else if (operation instanceof AlterColumn alter) {
            return alterColumn(alter);
        } else if (operation instanceof CreateIndex create) {
            return createIndex(create.table(), create.index());
        } else if (operation instanceof DropIndex drop) {
            return statement("op.dropIndex($S, $S)", drop.index().name(), drop.table());
        } else if (operation instanceof AddUniqueConstraint add) {
            return statement("op.addUniqueConstraint($S, $S, $L)", add.constraint().name(), add.table(),
                    strings(add.constraint().columns()));
        } else if (operation instanceof DropUniqueConstraint drop) {
            return statement("op.dropUniqueConstraint($S, $S)", drop.constraint().name(), drop.table());
        } else if (operation instanceof AddForeignKey add) {
            return addForeignKey(add.table(), add.foreignKey());
        } else if (operation instanceof DropForeignKey drop) {
            return statement("op.dropForeignKey($S, $S)", drop.foreignKey().name(), drop.table());
        } else if (operation instanceof ExecuteSql execute) {
            return statement("op.execute($S)", execute.sql());
        }
        throw new IllegalArgumentException("no rendering for " + operation);
    }

    private CodeBlock createTable(Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("op.createTable($S, t -> t", table.name()).indent().indent();
        boolean singleKey = table.primaryKey().size() == 1;
        for (Column column : table.columns()) {
            List<CodeBlock> options = new ArrayList<>();
            boolean key = table.primaryKey().contains(column.name());
            if (key && singleKey) {
                options.add(CodeBlock.of("primaryKey()"));
            }
            if (column.identity()) {
                options.add(CodeBlock.of("identity()"));
            } else if (!column.nullable() && !key) {
                options.add(CodeBlock.of("notNull()"));
            }
            inlineUnique(table, column).ifPresent(unique -> options.add(CodeBlock.of("unique()")));
            inlineForeignKey(table, column).ifPresent(fk -> options.add(references(fk)));
            code.add("\n.column($S, $L$L)", column.name(), type(column.type()), options(options));
        }
        if (table.primaryKey().size() > 1) {
            code.add("\n.primaryKey($L)", strings(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            if (!isInline(table, unique)) {
                code.add("\n.unique($S, $L)", unique.name(), strings(unique.columns()));
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (!isInline(table, foreignKey)) {
                code.add("\n.foreignKey($S, $L, $S, $L)", foreignKey.name(), list(foreignKey.columns()),
                        foreignKey.referencedTable(), list(foreignKey.referencedColumns()));
            }
        }
        code.add(");\n").unindent().unindent();
        table.indexes().forEach(index -> code.add(createIndex(table.name(), index)));
        return code.build();
    }

    private CodeBlock dropTable(Table table) {
        CodeBlock.Builder code = CodeBlock.builder();
        // Mirrors createTable, which creates the indexes after the table.
        for (int i = table.indexes().size() - 1; i >= 0; i--) {
            code.addStatement("op.dropIndex($S, $S)", table.indexes().get(i).name(), table.name());
        }
        return code.addStatement("op.dropTable($S)", table.name()).build();
    }

    private CodeBlock addColumn(AddColumn add) {
        Column column = add.column();
        List<CodeBlock> options = new ArrayList<>();
        if (!column.nullable() && !column.identity()) {
            options.add(CodeBlock.of("notNull()"));
        }
        ForeignKey foreignKey = add.foreignKey();
        boolean inlineReference = foreignKey != null
                && foreignKey.name().equals(Names.foreignKey(add.table(), List.of(column.name())));
        if (inlineReference) {
            options.add(references(foreignKey));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        if (options.isEmpty()) {
            code.addStatement("op.addColumn($S, $S, $L)", add.table(), column.name(), type(column.type()));
        } else {
            code.addStatement("op.addColumn($S, $S, $L, c -> c$L)", add.table(), column.name(), type(column.type()),
                    chain(options));
        }
        if (column.identity()) {
            // addColumn refuses identity columns: the column is added first, then made an identity.
            code.addStatement("op.alterColumn($S, $S, c -> c.notNull().identity())", add.table(), column.name());
        }
        if (foreignKey != null && !inlineReference) {
            code.add(addForeignKey(add.table(), foreignKey));
        }
        return code.build();
    }

    // The order matters: a column is never an identity while nullable or of a non-integer type.
    private CodeBlock alterColumn(AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        List<CodeBlock> changes = new ArrayList<>();
        if (from.identity() && !to.identity()) {
            changes.add(CodeBlock.of("dropIdentity()"));
        }
        if (alter.typeChanged()) {
            changes.add(CodeBlock.of("type($L)", type(to.type())));
        }
        if (alter.nullabilityChanged()) {
            changes.add(CodeBlock.of(to.nullable() ? "nullable()" : "notNull()"));
        }
        if (!from.identity() && to.identity()) {
            changes.add(CodeBlock.of("identity()"));
        }
        return statement("op.alterColumn($S, $S, c -> c$L)", alter.table(), alter.columnName(), chain(changes));
    }

    private CodeBlock createIndex(String table, Index index) {
        return statement(index.unique() ? "op.createUniqueIndex($S, $S, $L)" : "op.createIndex($S, $S, $L)",
                index.name(), table, strings(index.columns()));
    }

    private CodeBlock addForeignKey(String table, ForeignKey foreignKey) {
        return statement("op.addForeignKey($S, $S, $L, $S, $L)", foreignKey.name(), table, list(foreignKey.columns()),
                foreignKey.referencedTable(), list(foreignKey.referencedColumns()));
    }

    private static Optional<UniqueConstraint> inlineUnique(Table table, Column column) {
        return table.uniqueConstraints().stream()
                .filter(unique -> unique.columns().equals(List.of(column.name())) && isInline(table, unique))
                .findFirst();
    }

    private static Optional<ForeignKey> inlineForeignKey(Table table, Column column) {
        return table.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column.name())) && isInline(table, fk))
                .findFirst();
    }

    /** Whether {@code c.unique()} creates exactly this constraint: one column, the default name. */
    private static boolean isInline(Table table, UniqueConstraint unique) {
        return unique.columns().size() == 1
                && unique.name().equals(Names.uniqueConstraint(table.name(), unique.columns()));
    }

    /** Whether {@code c.references(..)} creates exactly this foreign key: one column, the default name. */
    private static boolean isInline(Table table, ForeignKey foreignKey) {
        return foreignKey.columns().size() == 1
                && foreignKey.name().equals(Names.foreignKey(table.name(), foreignKey.columns()));
    }

    private static CodeBlock references(ForeignKey foreignKey) {
        return CodeBlock.of("references($S, $S)", foreignKey.referencedTable(), foreignKey.referencedColumns().get(0));
    }

    private static CodeBlock options(List<CodeBlock> options) {
        return options.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", c -> c$L", chain(options));
    }

    private static CodeBlock chain(List<CodeBlock> calls) {
        return calls.stream().map(call -> CodeBlock.of(".$L", call)).collect(CodeBlock.joining(""));
    }

    private CodeBlock type(ColumnType type) {
        typeConstants.add(ColumnTypeLiteral.constantName(type));
        return ColumnTypeLiteral.of(type);
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
    }

    private static CodeBlock list(List<String> values) {
        return CodeBlock.of("$T.of($L)", LIST, strings(values));
    }

    private static CodeBlock statement(String format, Object... args) {
        return CodeBlock.builder().addStatement(format, args).build();
    }
}
