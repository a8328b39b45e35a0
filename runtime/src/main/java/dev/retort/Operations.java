package dev.retort;

import dev.retort.operation.AddCheckConstraint;
import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.AlterPrimaryKey;
import dev.retort.operation.AlterSequence;
import dev.retort.operation.BatchedUpdate;
import dev.retort.operation.BulkInsert;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DeleteRows;
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
import dev.retort.operation.JavaStep;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.operation.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What a revision can do to the schema. Each call is recorded as an {@link Operation} and checked against the schema
 * as it stands at that point of the history (so {@code dropTable("fees")} knows the table it drops); nothing touches
 * the database until the whole revision has been recorded.
 */
public final class Operations {

    private Schema schema;
    private final List<Operation> recorded = new ArrayList<>();
    /** The schema before each recorded operation, so that rendering need not apply them again. */
    private final List<Schema> schemasBefore = new ArrayList<>();

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

    /** Makes {@code columns} (NOT NULL) the table's primary key; none for no key. */
    public void alterPrimaryKey(String table, String... columns) {
        record(new AlterPrimaryKey(table, table(table).primaryKey(), List.of(columns)));
    }

    public void renameTable(String from, String to) {
        record(new RenameTable(from, to));
    }

    /** Renames a column; a check constraint that mentions it must be dropped first and added again after. */
    public void renameColumn(String table, String from, String to) {
        record(new RenameColumn(table, from, to));
    }

    /** Sets or changes the comment on a table (PostgreSQL keeps it; SQLite keeps no comments). */
    public void commentOnTable(String table, String comment) {
        record(new SetTableComment(table, table(table).comment(), Optional.of(comment)));
    }

    public void dropTableComment(String table) {
        record(new SetTableComment(table, table(table).comment(), Optional.empty()));
    }

    public void createIndex(String name, String table, String... columns) {
        record(new CreateIndex(table, new Index(name, List.of(columns), false)));
    }

    /** An index whose columns say their order: {@code createIndex("ix", "posts", desc("published_at"), asc("id"))}. */
    public void createIndex(String name, String table, IndexColumn first, IndexColumn... more) {
        record(new CreateIndex(table, index(name, false, first, more)));
    }

    public void createUniqueIndex(String name, String table, String... columns) {
        record(new CreateIndex(table, new Index(name, List.of(columns), true)));
    }

    /** As {@link #createIndex(String, String, IndexColumn, IndexColumn...)}, UNIQUE. */
    public void createUniqueIndex(String name, String table, IndexColumn first, IndexColumn... more) {
        record(new CreateIndex(table, index(name, true, first, more)));
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
        addForeignKey(name, table, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
    }

    /** A foreign key that does {@code onDelete} to the referencing rows when a referenced row is deleted. */
    public void addForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        record(new AddForeignKey(table,
                new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete)));
    }

    public void dropForeignKey(String name, String table) {
        ForeignKey foreignKey = table(table).foreignKey(name).orElseThrow(() ->
                new IllegalArgumentException("dropForeignKey: table " + table + " has no foreign key " + name));
        record(new DropForeignKey(table, foreignKey));
    }

    /** A CHECK constraint; {@code expression} is SQL that both databases understand, e.g. {@code amount >= 0}. */
    public void addCheckConstraint(String name, String table, String expression) {
        record(new AddCheckConstraint(table, new CheckConstraint(name, expression)));
    }

    public void dropCheckConstraint(String name, String table) {
        CheckConstraint check = table(table).check(name).orElseThrow(() ->
                new IllegalArgumentException("dropCheckConstraint: table " + table + " has no check " + name));
        record(new DropCheckConstraint(table, check));
    }

    /**
     * A sequence. SQLite has none: there it is a table of one row holding the next value, as Hibernate's SQLite dialect
     * emulates a sequence; a change of start or increment changes nothing there (the application keeps the increment).
     */
    public void createSequence(String name, long start, long increment) {
        record(new CreateSequence(new Sequence(name, start, increment)));
    }

    public void dropSequence(String name) {
        record(new DropSequence(sequence(name, "dropSequence")));
    }

    public void alterSequence(String name, long start, long increment) {
        record(new AlterSequence(sequence(name, "alterSequence"), new Sequence(name, start, increment)));
    }

    /** Runs a statement as it is. Retort does not know what it changes; a downgrade must undo it by hand. */
    public void execute(String sql) {
        record(new ExecuteSql(sql));
    }

    /** Runs a statement as it is; {@code reverseSql} undoes it (what a downgrade runs). */
    public void execute(String sql, String reverseSql) {
        record(new ExecuteSql(sql, Optional.of(reverseSql)));
    }

    /**
     * Sets {@code column} to {@code value} in the rows where it is NULL. The value is read by the column's type, as
     * a default is: {@code "0"}, {@code "true"}, {@code "OPEN"}, {@code "2026-01-31"}.
     */
    public void fillNulls(String table, String column, String value) {
        record(new FillNulls(table, column, DefaultValue.of(value)));
    }

    /**
     * Inserts rows, each a map from column name to value (null, strings, numbers, booleans, {@code LocalDate},
     * {@code LocalTime}, {@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant}, {@code UUID}, {@code byte[]}).
     * Every row must name the same columns; a value of a large-object column becomes a large object on PostgreSQL.
     * Its reverse, {@link #deleteRows}, removes them by primary key when they give it.
     */
    public void bulkInsert(String table, List<Map<String, ?>> rows) {
        RowList list = RowList.of("bulkInsert", table(table), rows);
        record(new BulkInsert(table, list.columns(), list.values()));
    }

    /** Deletes the rows with these values: by primary key when they give it, else by all the values given. */
    public void deleteRows(String table, List<Map<String, ?>> rows) {
        RowList list = RowList.of("deleteRows", table(table), rows);
        record(new DeleteRows(table, list.columns(), list.values()));
    }

    /**
     * {@code UPDATE table SET set WHERE where} in batches of about {@code batchSize} rows, cut along the table's
     * integer primary key (see {@link BatchedUpdate}); {@code where} may be null for every row. It cannot be undone;
     * use {@link #updateInBatches(String, String, String, int, String)} to give the SET clause that undoes it.
     */
    public void updateInBatches(String table, String set, String where, int batchSize) {
        record(new BatchedUpdate(table, set, Optional.ofNullable(where), batchSize, Optional.empty()));
    }

    /** As {@link #updateInBatches(String, String, String, int)}, with {@code reverseSet} undoing it. */
    public void updateInBatches(String table, String set, String where, int batchSize, String reverseSet) {
        record(new BatchedUpdate(table, set, Optional.ofNullable(where), batchSize, Optional.of(reverseSet)));
    }

    /**
     * Runs {@code step} with the revision's connection, inside its transaction, when the revision runs (not when it is
     * recorded). It must not change the schema. It cannot be undone; use
     * {@link #run(String, JavaStep, JavaStep)} to give the step that undoes it.
     */
    public void run(String description, JavaStep step) {
        record(new RunJava(description, step, Optional.empty()));
    }

    /** As {@link #run(String, JavaStep)}, with {@code reverse} undoing it. */
    public void run(String description, JavaStep step, JavaStep reverse) {
        record(new RunJava(description, step, Optional.of(reverse)));
    }

    /**
     * Says that the upgrade cannot be undone: written in a downgrade, it makes every downgrade past this revision
     * fail with {@code why} before anything runs.
     */
    public void irreversible(String why) {
        record(new Irreversible("this revision", why));
    }

    /** Records an operation built elsewhere (e.g. by the differ). */
    public void record(Operation operation) {
        Schema before = schema;
        schema = operation.applyTo(schema);
        recorded.add(operation);
        schemasBefore.add(before);
    }

    /** The schema before each operation of {@link #recorded()}, in the same order. */
    List<Schema> schemasBefore() {
        return Collections.unmodifiableList(schemasBefore);
    }

    private static Index index(String name, boolean unique, IndexColumn first, IndexColumn... more) {
        List<IndexColumn> columns = new ArrayList<>();
        columns.add(first);
        columns.addAll(List.of(more));
        return new Index(name, columns.stream().map(IndexColumn::name).toList(), unique, columns.stream()
                .filter(IndexColumn::descending).map(IndexColumn::name).collect(Collectors.toSet()));
    }

    private Table table(String name) {
        return schema.table(name).orElseThrow(() -> new IllegalArgumentException("there is no table " + name));
    }

    private Sequence sequence(String name, String call) {
        return schema.sequence(name).orElseThrow(() -> new IllegalArgumentException(
                call + ": there is no sequence " + name));
    }
}
