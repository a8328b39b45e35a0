package dev.retort.processor.revision;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.IndexColumn;
import dev.retort.operation.AddCheckConstraint;
import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.AlterPrimaryKey;
import dev.retort.operation.AlterSequence;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropCheckConstraint;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.FillNulls;
import dev.retort.operation.Irreversible;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
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
 * table's indexes follow its {@code createTable}; a column added NOT NULL with a backfill takes three, with a comment
 * saying what the rows that exist get). Replaying the statements on a schema gives the same schema as applying the
 * operations: the same tables, columns and constraint names. The differ never emits data operations other than that
 * backfill, so only those a downgrade can hold ({@code execute}, {@code fillNulls}, {@code irreversible}) render.
 */
final class OperationRenderer {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);
    static final ClassName INDEX_COLUMN = ClassName.get(IndexColumn.class);

    private final Set<String> typeConstants = new TreeSet<>();
    private final Set<String> indexOrders = new TreeSet<>();

    /** The statements for {@code operations}, in order; empty for none. */
    CodeBlock render(List<Operation> operations) {
        CodeBlock.Builder code = CodeBlock.builder();
        operations.forEach(operation -> code.add(render(operation)));
        return code.build();
    }

    /** The {@link dev.retort.schema.ColumnType} constants the rendered code uses, to import statically. */
    Set<String> typeConstants() {
        return Collections.unmodifiableSet(typeConstants);
    }

    /** The {@link IndexColumn} factories ({@code asc}, {@code desc}) the rendered code uses, to import statically. */
    Set<String> indexOrders() {
        return Collections.unmodifiableSet(indexOrders);
    }

    private CodeBlock render(Operation operation) {
        if (operation instanceof CreateTable create) {
            return createTable(create.table());
        } else if (operation instanceof DropTable drop) {
            return dropTable(drop.table());
        } else if (operation instanceof RenameTable rename) {
            return statement("op.renameTable($S, $S)", rename.from(), rename.to());
        } else if (operation instanceof AlterPrimaryKey alter) {
            return alter.to().isEmpty()
                    ? statement("op.alterPrimaryKey($S)", alter.table())
                    : statement("op.alterPrimaryKey($S, $L)", alter.table(), strings(alter.to()));
        } else if (operation instanceof SetTableComment comment) {
            return comment.to().isPresent()
                    ? statement("op.commentOnTable($S, $S)", comment.table(), comment.to().get())
                    : statement("op.dropTableComment($S)", comment.table());
        } else if (operation instanceof AddColumn add) {
            return addColumn(add);
        } else if (operation instanceof DropColumn drop) {
            return statement("op.dropColumn($S, $S)", drop.table(), drop.column().name());
        } else if (operation instanceof AlterColumn alter) {
            return alterColumn(alter);
        } else if (operation instanceof RenameColumn rename) {
            return statement("op.renameColumn($S, $S, $S)", rename.table(), rename.from(), rename.to());
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
        } else if (operation instanceof AddCheckConstraint add) {
            return statement("op.addCheckConstraint($S, $S, $S)", add.check().name(), add.table(),
                    add.check().expression());
        } else if (operation instanceof DropCheckConstraint drop) {
            return statement("op.dropCheckConstraint($S, $S)", drop.check().name(), drop.table());
        } else if (operation instanceof CreateSequence create) {
            Sequence sequence = create.sequence();
            return statement("op.createSequence($S, $L, $L)", sequence.name(), sequence.start(), sequence.increment());
        } else if (operation instanceof DropSequence drop) {
            return statement("op.dropSequence($S)", drop.sequence().name());
        } else if (operation instanceof AlterSequence alter) {
            Sequence sequence = alter.to();
            return statement("op.alterSequence($S, $L, $L)", sequence.name(), sequence.start(), sequence.increment());
        } else if (operation instanceof ExecuteSql execute) {
            return execute.reverseSql().isPresent()
                    ? statement("op.execute($S, $S)", execute.sql(), execute.reverseSql().get())
                    : statement("op.execute($S)", execute.sql());
        } else if (operation instanceof FillNulls fill) {
            return statement("op.fillNulls($S, $S, $S)", fill.table(), fill.column(), fill.value().text());
        } else if (operation instanceof Irreversible irreversible) {
            return statement("op.irreversible($S)", irreversible.what() + " cannot be undone: " + irreversible.why());
        }
        throw new IllegalArgumentException("no rendering for " + operation.describe());
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
            options.addAll(defaultAndComment(column));
            inlineUnique(table, column).ifPresent(unique -> options.add(CodeBlock.of("unique()")));
            inlineForeignKey(table, column).ifPresent(fk -> options.add(references(fk)));
            code.add("\n.column($S, $L$L)", column.name(), type(column), options(options));
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
                code.add("\n.foreignKey($S, $L, $S, $L$L)", foreignKey.name(), list(foreignKey.columns()),
                        foreignKey.referencedTable(), list(foreignKey.referencedColumns()), onDelete(foreignKey));
            }
        }
        for (CheckConstraint check : table.checks()) {
            code.add("\n.check($S, $S)", check.name(), check.expression());
        }
        table.comment().ifPresent(comment -> code.add("\n.comment($S)", comment));
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

    /**
     * {@code addColumn}, with its NOT NULL, default, comment and reference; a backfill becomes three statements: the
     * column is added accepting NULL, filled, then made NOT NULL.
     */
    private CodeBlock addColumn(AddColumn add) {
        Column column = add.column();
        CodeBlock.Builder code = CodeBlock.builder();
        List<CodeBlock> options = new ArrayList<>();
        if (!column.nullable() && !column.identity() && add.backfill().isEmpty()) {
            options.add(CodeBlock.of("notNull()"));
        }
        options.addAll(defaultAndComment(column));
        ForeignKey foreignKey = add.foreignKey();
        boolean inlineReference = foreignKey != null
                && foreignKey.name().equals(Names.foreignKey(add.table(), List.of(column.name())));
        if (inlineReference) {
            options.add(references(foreignKey));
        }
        String where = add.table() + "." + column.name();
        if (add.backfill().isPresent()) {
            code.add("// $L is NOT NULL without a default: the rows that exist get $L, its type's zero value.\n",
                    where, shown(add.backfill().get()));
            code.add("// If another value is right for them, put it here (or set it with op.execute(...)).\n");
        } else if (!column.nullable() && column.defaultValue().isPresent()) {
            code.add("// The rows that exist get $L's default, $L.\n", where, shown(column.defaultValue().get()));
        }
        if (options.isEmpty()) {
            code.addStatement("op.addColumn($S, $S, $L)", add.table(), column.name(), type(column));
        } else {
            code.addStatement("op.addColumn($S, $S, $L, c -> c$L)", add.table(), column.name(), type(column),
                    chain(options));
        }
        add.backfill().ifPresent(value -> code
                .addStatement("op.fillNulls($S, $S, $S)", add.table(), column.name(), value.text())
                .addStatement("op.alterColumn($S, $S, c -> c.notNull())", add.table(), column.name()));
        if (column.identity()) {
            // addColumn refuses identity columns: the column is added first, then made an identity.
            code.addStatement("op.alterColumn($S, $S, c -> c.notNull().identity())", add.table(), column.name());
        }
        if (foreignKey != null && !inlineReference) {
            code.add(addForeignKey(add.table(), foreignKey));
        }
        return code.build();
    }

    /**
     * The order matters: a column is never an identity while nullable or of a non-integer type, and a default that
     * changes goes before the type changes (the old one might not suit the new type) and comes back after.
     */
    private CodeBlock alterColumn(AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        List<CodeBlock> changes = new ArrayList<>();
        if (from.identity() && !to.identity()) {
            changes.add(CodeBlock.of("dropIdentity()"));
        }
        if (alter.defaultChanged() && from.defaultValue().isPresent()) {
            changes.add(CodeBlock.of("dropDefault()"));
        }
        if (alter.typeChanged()) {
            changes.add(CodeBlock.of("type($L)", type(to)));
        }
        if (alter.nullabilityChanged()) {
            changes.add(CodeBlock.of(to.nullable() ? "nullable()" : "notNull()"));
        }
        if (alter.defaultChanged()) {
            to.defaultValue().ifPresent(value -> changes.add(defaultOption(value)));
        }
        if (!from.identity() && to.identity()) {
            changes.add(CodeBlock.of("identity()"));
        }
        if (alter.commentChanged()) {
            changes.add(to.comment().map(text -> CodeBlock.of("comment($S)", text))
                    .orElse(CodeBlock.of("dropComment()")));
        }
        return statement("op.alterColumn($S, $S, c -> c$L)", alter.table(), alter.columnName(), chain(changes));
    }

    /** The columns as names; when one is descending, each with its order: {@code desc("published_at"), asc("id")}. */
    private CodeBlock createIndex(String table, Index index) {
        CodeBlock columns = strings(index.columns());
        if (!index.descending().isEmpty()) {
            columns = index.columns().stream().map(column -> {
                String order = index.isDescending(column) ? "desc" : "asc";
                indexOrders.add(order);
                return CodeBlock.of("$T." + order + "($S)", INDEX_COLUMN, column);
            }).collect(CodeBlock.joining(", "));
        }
        return statement(index.unique() ? "op.createUniqueIndex($S, $S, $L)" : "op.createIndex($S, $S, $L)",
                index.name(), table, columns);
    }

    private CodeBlock addForeignKey(String table, ForeignKey foreignKey) {
        return statement("op.addForeignKey($S, $S, $L, $S, $L$L)", foreignKey.name(), table, list(foreignKey.columns()),
                foreignKey.referencedTable(), list(foreignKey.referencedColumns()), onDelete(foreignKey));
    }

    private static List<CodeBlock> defaultAndComment(Column column) {
        List<CodeBlock> options = new ArrayList<>();
        column.defaultValue().ifPresent(value -> options.add(defaultOption(value)));
        column.comment().ifPresent(text -> options.add(CodeBlock.of("comment($S)", text)));
        return options;
    }

    private static CodeBlock defaultOption(DefaultValue value) {
        return value.isLiteral() ? CodeBlock.of("defaultValue($S)", value.text()) : CodeBlock.of("defaultNow()");
    }

    /** A value as a comment shows it: {@code 0}, {@code ''}, {@code CURRENT_TIMESTAMP}. */
    private static String shown(DefaultValue value) {
        return value.isLiteral() && value.text().isEmpty() ? "''" : value.toString();
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
        return CodeBlock.of("references($S, $S$L)", foreignKey.referencedTable(),
                foreignKey.referencedColumns().get(0), onDelete(foreignKey));
    }

    /** {@code , ReferentialAction.CASCADE} as a last argument; nothing for the default, NO ACTION. */
    private static CodeBlock onDelete(ForeignKey foreignKey) {
        return foreignKey.onDelete() == ReferentialAction.NO_ACTION
                ? CodeBlock.of("")
                : CodeBlock.of(", $T.$L", REFERENTIAL_ACTION, foreignKey.onDelete().name());
    }

    private static CodeBlock options(List<CodeBlock> options) {
        return options.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", c -> c$L", chain(options));
    }

    private static CodeBlock chain(List<CodeBlock> calls) {
        return calls.stream().map(call -> CodeBlock.of(".$L", call)).collect(CodeBlock.joining(""));
    }

    private CodeBlock type(Column column) {
        typeConstants.add(ColumnTypeLiteral.constantName(column.type()));
        return ColumnTypeLiteral.of(column.type());
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
