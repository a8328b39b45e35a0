package dev.retort.diff;

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
import dev.retort.operation.Operation;
import dev.retort.operation.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two schemas and lists the operations that turn the first into the second, in an order every database can
 * run: what depends on an object is dropped before it, an object is created before what depends on it.
 *
 * <p>The order is fixed: (0) the renames the caller declared ({@link Renames}), a check constraint that mentions a
 * renamed column dropped before it; (1) foreign keys, indexes, unique and check constraints that go away or change,
 * and foreign keys that reference a primary key about to change; (2) dropped tables, referencing tables first, then
 * dropped sequences; (3) created sequences, then created tables, referenced tables first; (4) per remaining table, its
 * comment and its added, altered and dropped columns (a changed primary key after the columns it needs, before those
 * that leave it accept NULL or go), and changed sequences; (5) new unique and check constraints, foreign keys and
 * indexes. Indexes are never part of a
 * created or dropped table: they get their own operations, so the revision reads as a reviewer expects. Within a
 * phase, objects come in name order, so equal inputs give equal outputs.
 *
 * <p>Renames are never guessed: without a declared rename, a table or column that goes and one that comes are a drop
 * and an add ({@link RenameCandidates} finds the pairs worth asking about).
 *
 * <p>A NOT NULL column added to a table that already exists, without a default, is added with a backfill: the rows
 * that are there get its type's zero value ({@link AddColumn#backfill()}), a placeholder for the author to replace.
 */
public final class SchemaDiff {

    private final Schema from;
    private final Schema to;
    private final List<Operation> renames = new ArrayList<>();
    private final List<Operation> dropDependents = new ArrayList<>();
    private final List<Operation> dropTables = new ArrayList<>();
    private final List<Operation> createTables = new ArrayList<>();
    private final List<Operation> changeColumns = new ArrayList<>();
    private final List<Operation> addDependents = new ArrayList<>();
    /** The tables whose primary key changes: foreign keys that reference their old key go first, and come back. */
    private final Set<String> rekeyed = new HashSet<>();

    private SchemaDiff(Schema from, Schema to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The operations that change {@code from} into {@code to}; empty when they are equal. Applying them in order to
     * {@code from} (with {@link Operation#applyTo}) gives {@code to}, and applying their reverses in the opposite order
     * to {@code to} gives {@code from}.
     *
     */
    public static List<Operation> diff(Schema from, Schema to) {
        return diff(from, to, Renames.NONE);
    }

    /**
     * As {@link #diff(Schema, Schema)}, with the tables and columns that {@code renames} says were renamed renamed
     * rather than dropped and added. A declared rename whose old name is not in {@code from} is already done and is
     * ignored.
     */
    public static List<Operation> diff(Schema from, Schema to, Renames renames) {
        List<Operation> renaming = renames.operations(from, to);
        Schema renamed = from;
        for (Operation operation : renaming) {
            renamed = operation.applyTo(renamed);
        }
        SchemaDiff diff = new SchemaDiff(renamed, to);
        diff.renames.addAll(renaming);
        return diff.compare();
    }

    private List<Operation> compare() {
        Set<String> fromNames = names(from);
        Set<String> toNames = names(to);
        for (Table table : from.tables()) {
            to.table(table.name())
                    .filter(target -> !target.primaryKey().equals(table.primaryKey()) && !table.primaryKey().isEmpty())
                    .ifPresent(target -> rekeyed.add(table.name()));
        }
        for (Table table : from.tables()) {
            to.table(table.name()).ifPresent(target -> compareTable(table, target));
        }
        reAddForeignKeysOnOldKeys();
        dropTables(from.tables().stream().filter(t -> !toNames.contains(t.name())).toList());
        compareSequences();
        createTables(to.tables().stream().filter(t -> !fromNames.contains(t.name())).toList());
        List<Operation> all = new ArrayList<>(renames);
        all.addAll(dropDependents);
        all.addAll(dropTables);
        all.addAll(createTables);
        all.addAll(changeColumns);
        all.addAll(addDependents);
        return List.copyOf(all);
    }

    private void compareTable(Table before, Table after) {
        String table = after.name();
        Set<String> droppedColumns = columnNames(before);
        droppedColumns.removeAll(columnNames(after));
        Set<String> addedColumns = columnNames(after);
        addedColumns.removeAll(columnNames(before));

        Changes<ForeignKey> foreignKeys = Changes.of(before.foreignKeys(), after.foreignKeys(), ForeignKey::name);
        Changes<UniqueConstraint> uniques =
                Changes.of(before.uniqueConstraints(), after.uniqueConstraints(), UniqueConstraint::name);
        Changes<Index> indexes = Changes.of(before.indexes(), after.indexes(), Index::name);
        Changes<CheckConstraint> checks = Changes.of(before.checks(), after.checks(), CheckConstraint::name);

        // A foreign key whose name comes back on another column must go before its new namesake is added.
        Set<String> reusedNames = foreignKeys.added().stream().map(ForeignKey::name).collect(Collectors.toSet());
        Map<String, ForeignKey> droppedWithColumn = ownForeignKeys(foreignKeys.removed().stream()
                .filter(fk -> !reusedNames.contains(fk.name()) && !referencesOldKey(fk)).toList(), droppedColumns, true);
        Map<String, ForeignKey> addedWithColumn = ownForeignKeys(foreignKeys.added().stream()
                .filter(fk -> !rekeyed.contains(fk.referencedTable())).toList(), addedColumns, false);
        foreignKeys.removed().stream()
                .filter(fk -> !droppedWithColumn.containsValue(fk))
                .forEach(fk -> dropDependents.add(new DropForeignKey(table, fk)));
        uniques.removed().forEach(u -> dropDependents.add(new DropUniqueConstraint(table, u)));
        indexes.removed().forEach(i -> dropDependents.add(new DropIndex(table, i)));
        checks.removed().forEach(c -> dropDependents.add(new DropCheckConstraint(table, c)));

        if (!before.comment().equals(after.comment())) {
            changeColumns.add(new SetTableComment(table, before.comment(), after.comment()));
        }
        // A new key's columns are NOT NULL before it is set; the old key's may accept NULL once it is gone.
        boolean keyChanges = !before.primaryKey().equals(after.primaryKey());
        List<Operation> afterKey = new ArrayList<>();
        for (Column column : after.columns()) {
            if (addedColumns.contains(column.name())) {
                changeColumns.add(new AddColumn(table, column, addedWithColumn.get(column.name()), backfill(column)));
            } else {
                Column old = before.column(column.name()).orElseThrow();
                if (!old.equals(column)) {
                    boolean loosens = column.nullable() && !old.nullable();
                    (keyChanges && loosens ? afterKey : changeColumns).add(new AlterColumn(table, old, column));
                }
            }
        }
        if (keyChanges) {
            changeColumns.add(new AlterPrimaryKey(table, before.primaryKey(), after.primaryKey()));
            changeColumns.addAll(afterKey);
        }
        for (Column column : before.columns()) {
            if (droppedColumns.contains(column.name())) {
                changeColumns.add(new DropColumn(table, column, droppedWithColumn.get(column.name())));
            }
        }

        uniques.added().forEach(u -> addDependents.add(new AddUniqueConstraint(table, u)));
        checks.added().forEach(c -> addDependents.add(new AddCheckConstraint(table, c)));
        foreignKeys.added().stream()
                .filter(fk -> !addedWithColumn.containsValue(fk))
                .forEach(fk -> addDependents.add(new AddForeignKey(table, fk)));
        indexes.added().forEach(i -> addDependents.add(new CreateIndex(table, i)));
    }

    /**
     * The foreign keys that are added or dropped together with their column, by column: the first foreign key on
     * exactly that one column. A dropped one stays separate when it references a table that is dropped too, because
     * it must go before that table, and so before any column is dropped.
     */
    private Map<String, ForeignKey> ownForeignKeys(List<ForeignKey> candidates, Set<String> columns, boolean dropping) {
        Map<String, ForeignKey> own = new TreeMap<>();
        for (ForeignKey fk : candidates) {
            String column = fk.columns().get(0);
            boolean single = fk.columns().size() == 1 && columns.contains(column);
            boolean targetStays = !dropping || to.table(fk.referencedTable()).isPresent();
            if (single && targetStays) {
                own.putIfAbsent(column, fk);
            }
        }
        return own;
    }

    /** Whether {@code foreignKey} references the primary key of a table whose key changes, as it was. */
    private boolean referencesOldKey(ForeignKey foreignKey) {
        return rekeyed.contains(foreignKey.referencedTable())
                && foreignKey.referencedColumns().equals(from.requireTable(foreignKey.referencedTable()).primaryKey());
    }

    /**
     * The foreign keys of tables that stay which reference an old primary key and do not change themselves: dropped
     * before the key changes and added again after. (Those that change are dropped and added already.)
     */
    private void reAddForeignKeysOnOldKeys() {
        for (Table table : from.tables()) {
            Optional<Table> target = to.table(table.name());
            if (target.isEmpty()) {
                continue;
            }
            for (ForeignKey foreignKey : table.foreignKeys()) {
                if (referencesOldKey(foreignKey) && target.get().foreignKeys().contains(foreignKey)) {
                    dropDependents.add(new DropForeignKey(table.name(), foreignKey));
                    addDependents.add(new AddForeignKey(table.name(), foreignKey));
                }
            }
        }
    }

    /** A NOT NULL column added to a table with rows needs a value for them: its type's zero, as a placeholder. */
    private static Optional<DefaultValue> backfill(Column column) {
        boolean needed = !column.nullable() && !column.identity() && column.defaultValue().isEmpty();
        return needed ? Optional.of(DefaultValue.zero(column.type())) : Optional.empty();
    }

    private void compareSequences() {
        Changes<Sequence> sequences = Changes.of(from.sequences(), to.sequences(), Sequence::name);
        for (Sequence removed : sequences.removed()) {
            Optional<Sequence> kept = to.sequence(removed.name());
            if (kept.isPresent()) {
                changeColumns.add(new AlterSequence(removed, kept.get()));
            } else {
                dropTables.add(new DropSequence(removed));
            }
        }
        sequences.added().stream()
                .filter(added -> from.sequence(added.name()).isEmpty())
                .forEach(added -> createTables.add(new CreateSequence(added)));
    }

    private void dropTables(List<Table> dropped) {
        TableOrder order = TableOrder.creationOrder(dropped);
        for (Map.Entry<String, ForeignKey> deferred : order.deferredForeignKeys()) {
            dropDependents.add(new DropForeignKey(deferred.getKey(), deferred.getValue()));
        }
        List<Table> tables = order.tables();
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table table = tables.get(i);
            table.indexes().forEach(index -> dropTables.add(new DropIndex(table.name(), index)));
            dropTables.add(new DropTable(table.withIndexes(List.of())));
        }
    }

    /**
     * Creates the tables; a foreign key to a table whose primary key changes is added once that key is there, with the
     * other new constraints.
     */
    private void createTables(List<Table> created) {
        TableOrder order = TableOrder.creationOrder(created);
        for (Table table : order.tables()) {
            List<ForeignKey> later = table.foreignKeys().stream()
                    .filter(fk -> rekeyed.contains(fk.referencedTable()))
                    .toList();
            createTables.add(new CreateTable(table.withIndexes(List.of())
                    .withForeignKeys(table.foreignKeys().stream().filter(fk -> !later.contains(fk)).toList())));
            table.indexes().forEach(index -> createTables.add(new CreateIndex(table.name(), index)));
            later.forEach(fk -> addDependents.add(new AddForeignKey(table.name(), fk)));
        }
        for (Map.Entry<String, ForeignKey> deferred : order.deferredForeignKeys()) {
            addDependents.add(new AddForeignKey(deferred.getKey(), deferred.getValue()));
        }
    }

    private static Set<String> names(Schema schema) {
        return schema.tables().stream().map(Table::name).collect(Collectors.toSet());
    }

    private static Set<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toCollection(HashSet::new));
    }

    /** Named objects of one kind that are gone or new; one whose definition changed counts as both. */
    private record Changes<T>(List<T> removed, List<T> added) {

        static <T> Changes<T> of(List<T> before, List<T> after, Function<T, String> name) {
            List<T> removed = before.stream().filter(b -> !same(b, after, name)).toList();
            List<T> added = after.stream().filter(a -> !same(a, before, name)).toList();
            return new Changes<>(removed, added);
        }

        private static <T> boolean same(T item, List<T> others, Function<T, String> name) {
            Optional<T> match = others.stream().filter(o -> name.apply(o).equals(name.apply(item))).findFirst();
            return match.isPresent() && match.get().equals(item);
        }
    }
}
