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
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a revision can do to the schema. Each call is recorded as an {@link Operation} and checked against the schema
 * as it stands at that point of the history (so {@code dropTable("fees")} knows the table it drops); nothing touches
 * the database until the whole revision has been recorded.
 */
public final class Operations {

    private Schema schema;
    private final List<Operation> recorded = new ArrayList<>();

    /** Records operations against {@code schema}, the schema before the revision. */
    public Operations(Schema schema) {
        this.schema = schema;
    }

    /** The operations recorded so far, in order. */
    public List<Operation> recorded() {
        return List.copyOf(recorded);
    }

    /** The schema after the operations recorded so far. */
    public Schema schema() {
        return schema;
    }

    /** Creates a table; unique constraints and foreign keys declared in {@code definition} are created with it. */
    public void createTable(String name, Consumer<TableBuilder> definition) {
        TableBuilder builder = new TableBuilder(name);
        definition.accept(builder);
        record(new CreateTable(builder.build()));
    }

    public void dropTable(String name) {
        record(new DropTable(table(name)));
    }

    public void addColumn(String table, String column, ColumnType type) {
        addColumn(table, column, type, c -> {});
    }

    /**
     * Adds a column. Its options may make it NOT NULL or a reference to another table; a primary key, identity or
     * unique option is refused here (use {@link #addUniqueConstraint} for the latter).
     */
    public void addColumn(String table, String column, ColumnType type, Consumer<ColumnBuilder> options) {
        ColumnBuilder builder = new ColumnBuilder(table, column, type);
        options.accept(builder);
        Column added = builder.column();
        if (builder.isPrimaryKey() || added.identity() || builder.uniqueConstraint() != null) {
            throw new IllegalArgumentException("addColumn(" + table + "." + column
                    + ") cannot add a primary key, identity or unique column; add the column, then the constraint");
        }
        record(new AddColumn(table, added, builder.foreignKey()));
    }

    /** Drops a column, with the foreign key that is on that column alone, if any. */
    public void dropColumn(String table, String column) {
        Table current = table(table);
        Column dropped = current.column(column).orElseThrow(() -> new IllegalArgumentException(
                "dropColumn: table " + table + " has no column " + column));
        ForeignKey ownForeignKey = current.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column)))
                .findFirst()
                .orElse(null);
        record(new DropColumn(table, dropped, ownForeignKey));
    }

    public void alterColumn(String table, String column, Consumer<ColumnChange> change) {
        Column current = table(table).column(column).orElseThrow(() -> new IllegalArgumentException(
                "alterColumn: table " + table + " has no column " + column));
        ColumnChange builder = new ColumnChange(current);
        change.accept(builder);
        record(new AlterColumn(table, current, builder.result()));
    }

    public void createIndex(String name, String table, String... columns) {
        record(new CreateIndex(table, new Index(name, List.of(columns), false)));
    }

    public void createUniqueIndex(String name, String table, String... columns) {
        record(new CreateIndex(table, new Index(name, List.of(columns), true)));
    }

    public void dropIndex(String name, String table) {
        Index index = table(table).index(name).orElseThrow(() -> new IllegalArgumentException(
                "dropIndex: table " + table + " has no index " + name));
        record(new DropIndex(table, index));
    }

    public void addUniqueConstraint(String name, String table, String... columns) {
        record(new AddUniqueConstraint(table, new UniqueConstraint(name, List.of(columns))));
    }

    public void dropUniqueConstraint(String name, String table) {
        UniqueConstraint constraint = table(table).uniqueConstraint(name).orElseThrow(() ->
                new IllegalArgumentException("dropUniqueConstraint: table " + table + " has no constraint " + name));
        record(new DropUniqueConstraint(table, constraint));
    }

    public void addForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        record(new AddForeignKey(table, new ForeignKey(name, columns, referencedTable, referencedColumns)));
    }

    public void dropForeignKey(String name, String table) {
        ForeignKey foreignKey = table(table).foreignKey(name).orElseThrow(() ->
                new IllegalArgumentException("dropForeignKey: table " + table + " has no foreign key " + name));
        record(new DropForeignKey(table, foreignKey));
    }

    /** Runs a statement as it is. Retort does not know what it changes; the downgrade must undo it by hand. */
    public void execute(String sql) {
        record(new ExecuteSql(sql));
    }

    /** Records an operation built elsewhere (e.g. by the differ). */
    public void record(Operation operation) {
        schema = operation.applyTo(schema);
        recorded.add(operation);
    }

    private Table table(String name) {
        return schema.table(name).orElseThrow(() -> new IllegalArgumentException("there is no table " + name));
    }
}
