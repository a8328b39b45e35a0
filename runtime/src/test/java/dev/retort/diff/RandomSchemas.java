package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random schemas and random changes to them, for property tests of the differ. */
final class RandomSchemas {

    private static final List<ColumnType> TYPES = List.of(ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.BOOLEAN,
            ColumnType.VARCHAR(40), ColumnType.VARCHAR(255), ColumnType.NUMERIC(10, 2), ColumnType.DATE,
            ColumnType.TIMESTAMP_TZ);

    private final Random random;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    Schema schema() {
        List<Table> tables = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tables.add(table("t" + random.nextInt(8), tables));
        }
        return dedupe(tables);
    }

    /** A schema that shares some tables with {@code base}, changes some, drops some and adds others. */
    Schema evolve(Schema base) {
        List<Table> tables = new ArrayList<>();
        for (Table table : base.tables()) {
            int choice = random.nextInt(4);
            if (choice == 0) {
                continue; // dropped
            }
            tables.add(choice == 1 ? table : change(table));
        }
        int added = random.nextInt(3);
        for (int i = 0; i < added; i++) {
            tables.add(table("n" + random.nextInt(8), tables));
        }
        List<String> names = tables.stream().map(Table::name).toList();
        List<Table> consistent = tables.stream()
                .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .filter(fk -> names.contains(fk.referencedTable())).toList()))
                .toList();
        return dedupe(consistent);
    }

    private Table table(String name, List<Table> existing) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", ColumnType.BIGINT, false, random.nextBoolean()));
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            columns.add(column("c" + i));
        }
        Table table = new Table(name, columns, List.of("id"), List.of(), List.of(), List.of());
        return withDependents(table, existing);
    }

    private Table change(Table table) {
        List<Column> columns = new ArrayList<>();
        columns.add(table.columns().get(0));
        for (Column column : table.columns().subList(1, table.columns().size())) {
            switch (random.nextInt(4)) {
                case 0 -> { } // dropped
                case 1 -> columns.add(column("c" + (5 + random.nextInt(5))));
                case 2 -> columns.add(new Column(column.name(), pick(TYPES), random.nextBoolean(), false));
                default -> columns.add(column);
            }
        }
        List<Column> unique = new ArrayList<>();
        for (Column column : columns) {
            if (unique.stream().noneMatch(c -> c.name().equals(column.name()))) {
                unique.add(column);
            }
        }
        Table bare = new Table(table.name(), unique, table.primaryKey(), List.of(), List.of(), List.of());
        return random.nextBoolean() ? keepValidDependents(table, bare) : withDependents(bare, List.of());
    }

    private Table keepValidDependents(Table old, Table bare) {
        List<String> names = bare.columns().stream().map(Column::name).toList();
        return bare
                .withIndexes(old.indexes().stream().filter(i -> names.containsAll(i.columns())).toList())
                .withUniqueConstraints(old.uniqueConstraints().stream()
                        .filter(u -> names.containsAll(u.columns())).toList())
                .withForeignKeys(old.foreignKeys().stream().filter(f -> names.containsAll(f.columns())).toList());
    }

    private Table withDependents(Table table, List<Table> existing) {
        List<Column> others = table.columns().subList(1, table.columns().size());
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Column column : others) {
            List<String> cols = List.of(column.name());
            switch (random.nextInt(5)) {
                case 0 -> indexes.add(new Index(Names.index(table.name(), cols), cols, random.nextBoolean()));
                case 1 -> uniques.add(new UniqueConstraint(Names.uniqueConstraint(table.name(), cols), cols));
                case 2 -> {
                    List<Table> targets = new ArrayList<>(existing);
                    targets.add(table);
                    Table target = pick(targets);
                    Column key = column.withType(ColumnType.BIGINT);
                    foreignKeys.add(new ForeignKey(Names.foreignKey(table.name(), cols), cols, target.name(),
                            List.of("id")));
                    table = table.withColumns(table.columns().stream()
                            .map(c -> c.name().equals(key.name()) ? key : c).toList());
                }
                default -> { }
            }
        }
        return table.withIndexes(indexes).withUniqueConstraints(uniques).withForeignKeys(foreignKeys);
    }

    private Column column(String name) {
        return new Column(name, pick(TYPES), random.nextBoolean(), false);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Schema dedupe(List<Table> tables) {
        List<Table> result = new ArrayList<>();
        for (Table table : tables) {
            if (result.stream().noneMatch(t -> t.name().equals(table.name()))) {
                result.add(table);
            }
        }
        List<String> names = result.stream().map(Table::name).toList();
        return new Schema(result.stream()
                .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .filter(fk -> names.contains(fk.referencedTable())).toList()))
                .toList());
    }
}
