package dev.retort.diff;

import dev.retort.operation.DropCheckConstraint;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Seeded random schemas and random changes to them, for property tests of the differ: tables with every column type,
 * defaults, comments, unique, check and foreign-key constraints (with ON DELETE), indexes with descending columns,
 * sequences, tables and sequences in database schemas, and declared renames of tables and columns (also into another
 * schema).
 *
 * <p>{@link #forLiveDatabases} keeps to schemas whose changes any rows the test writes survive: types change only in
 * ways the data converts both ways, and a unique constraint or foreign key is only on a column that accepts NULL and
 * has no default (a column that is added with a default, or comes back NOT NULL in a downgrade, gets one value in
 * every row).
 */
final class RandomSchemas {

    /** A schema evolved from another, and the renames it declares. */
    record Evolution(Schema schema, Renames renames) {}

    private static final List<ColumnType> TYPES = List.of(ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.BOOLEAN,
            ColumnType.VARCHAR(40), ColumnType.VARCHAR(255), ColumnType.NUMERIC(10, 2), ColumnType.DATE,
            ColumnType.TIMESTAMP_TZ, ColumnType.SMALLINT, ColumnType.DOUBLE, ColumnType.TIMESTAMP, ColumnType.UUID,
            ColumnType.BINARY, ColumnType.REAL, ColumnType.CHAR(1), ColumnType.TIME, ColumnType.CLOB, ColumnType.BLOB,
            ColumnType.custom("text"), ColumnType.custom("jsonb"), ColumnType.custom("int4"));

    private final Random random;
    /** Whether tables and sequences may be in a database schema: PostgreSQL's, or none (SQLite has no schemas). */
    private final boolean schemas;
    private final boolean dataSafe;

    RandomSchemas(long seed) {
        this(seed, true, false);
    }

    private RandomSchemas(long seed, boolean schemas, boolean dataSafe) {
        this.random = new Random(seed);
        this.schemas = schemas;
        this.dataSafe = dataSafe;
    }

    /**
     * Schemas for a live database holding rows, with sequences (on SQLite, Hibernate's tables of one row); with tables
     * and sequences in database schemas only where the database has them.
     */
    static RandomSchemas forLiveDatabases(long seed, boolean schemas) {
        return new RandomSchemas(seed, schemas, true);
    }

    Schema schema() {
        List<Table> tables = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tables.add(table(name("t" + random.nextInt(8)), tables));
        }
        return dedupe(tables, randomSequences("s"));
    }

    /** A schema that shares some tables with {@code base}, changes some, drops some and adds others. */
    Schema evolve(Schema base) {
        return evolution(base).schema();
    }

    /** As {@link #evolve}, renaming some tables and columns first and declaring it. */
    Evolution evolution(Schema base) {
        Map<String, String> renamedTables = new HashMap<>();
        Map<String, Map<String, String>> renamedColumns = new HashMap<>();
        Schema renamed = renames(base, renamedTables, renamedColumns);
        List<Table> tables = new ArrayList<>();
        for (Table table : renamed.tables()) {
            int choice = random.nextInt(4);
            if (choice == 0 && !renamedTables.containsKey(table.name()) && !(dataSafe && isReferenced(renamed, table))) {
                continue; // dropped
            }
            tables.add(choice == 1 ? table : change(table));
        }
        int added = random.nextInt(3);
        for (int i = 0; i < added; i++) {
            tables.add(table(name("n" + random.nextInt(8)), tables));
        }
        // A foreign key references a table that is there, by its primary key.
        Map<String, List<String>> keys = new HashMap<>();
        tables.forEach(t -> keys.put(t.name(), t.primaryKey()));
        List<Table> consistent = tables.stream()
                .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .filter(fk -> fk.referencedColumns().equals(keys.get(fk.referencedTable()))).toList()))
                .toList();
        List<Sequence> evolvedSequences = new ArrayList<>();
        for (Sequence sequence : base.sequences()) {
            switch (random.nextInt(3)) {
                case 0 -> { } // dropped
                case 1 -> evolvedSequences.add(sequence.withIncrement(1 + random.nextInt(50)));
                default -> evolvedSequences.add(sequence);
            }
        }
        randomSequences("q").stream()
                .filter(s -> evolvedSequences.stream().noneMatch(e -> e.name().equals(s.name())))
                .forEach(evolvedSequences::add);
        Schema evolved = dedupe(consistent, evolvedSequences);
        // A renamed table or column the changes dropped again is no rename any more.
        renamedTables.keySet().removeIf(name -> evolved.table(name).isEmpty());
        renamedColumns.keySet().removeIf(name -> evolved.table(name).isEmpty());
        renamedColumns.forEach((table, columns) ->
                columns.keySet().removeIf(column -> evolved.requireTable(table).column(column).isEmpty()));
        return new Evolution(evolved, new Renames(renamedTables, renamedColumns));
    }

    /**
     * Renames some tables ({@code t3} becomes {@code r3}) and some columns ({@code c1} becomes {@code c1x}) as the
     * model does, a check that mentions a renamed column dropped first; records the renames by new name.
     */
    private Schema renames(Schema base, Map<String, String> tables, Map<String, Map<String, String>> columns) {
        Schema schema = base;
        for (Table table : base.tables()) {
            if (random.nextInt(5) == 0) {
                String digit = Names.tableOf(table.name()).substring(1);
                Optional<String> from = Names.schemaOf(table.name());
                Optional<String> into = schemas && random.nextInt(3) == 0 ? schemaName() : from;
                String to = Names.qualified(into.orElse(null), "r" + digit);
                // PostgreSQL names a table's indexes (its key's too) per schema: a table moves only where no table
                // has names derived from the same digit.
                Schema current = schema;
                boolean clash = !into.equals(from) && Stream.of(base, current).flatMap(s -> s.tables().stream())
                        .anyMatch(t -> Names.schemaOf(t.name()).equals(into)
                                && Names.tableOf(t.name()).substring(1).equals(digit));
                if (!clash && schema.table(to).isEmpty()) {
                    schema = new RenameTable(table.name(), to).applyTo(schema);
                    tables.put(to, table.name());
                }
            }
        }
        for (Table table : schema.tables()) {
            for (Column column : table.columns().subList(1, table.columns().size())) {
                if (random.nextInt(6) != 0 || column.name().endsWith("x")) {
                    continue;
                }
                String to = column.name() + "x";
                Table current = schema.requireTable(table.name());
                if (current.column(to).isPresent()) {
                    continue;
                }
                for (CheckConstraint check : current.checks()) {
                    if (check.mentions(column.name())) {
                        schema = new DropCheckConstraint(table.name(), check).applyTo(schema);
                    }
                }
                schema = new RenameColumn(table.name(), column.name(), to).applyTo(schema);
                columns.computeIfAbsent(table.name(), t -> new HashMap<>()).put(to, column.name());
            }
        }
        return schema;
    }

    /** {@code t3}, sometimes in a database schema: {@code billing.t3}, {@code "Archive".t3}. */
    private String name(String table) {
        return schemas && random.nextInt(4) == 0
                ? Names.qualified(pick(List.of("billing", "\"Archive\"")), table)
                : table;
    }

    /** A database schema, or none (the current one). */
    private Optional<String> schemaName() {
        return pick(List.of(Optional.of("billing"), Optional.of("\"Archive\""), Optional.empty()));
    }

    private Table table(String name, List<Table> existing) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", ColumnType.BIGINT, false, random.nextBoolean()));
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            columns.add(column("c" + i));
        }
        Table table = new Table(name, columns, List.of("id"), List.of(), List.of(), List.of());
        return withDependents(table, existing, Set.of()).withComment(comment());
    }

    private Table change(Table table) {
        List<Column> columns = new ArrayList<>();
        columns.add(table.columns().get(0));
        for (Column column : table.columns().subList(1, table.columns().size())) {
            boolean referencing = table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()));
            switch (random.nextInt(6)) {
                case 0 -> { } // dropped
                case 1 -> columns.add(column("c" + (5 + random.nextInt(5))));
                case 2 -> columns.add(referencing && dataSafe
                        ? column
                        : fillable(new Column(column.name(), changedType(column.type()), nullable(), false)));
                case 3 -> columns.add(fillable(column.withDefault(defaultFor(column.type()))));
                case 4 -> columns.add(column.withComment(comment()));
                default -> columns.add(column);
            }
        }
        List<Column> unique = new ArrayList<>();
        for (Column column : columns) {
            if (unique.stream().noneMatch(c -> c.name().equals(column.name()))) {
                unique.add(column);
            }
        }
        Table bare = new Table(table.name(), unique, table.primaryKey(), List.of(), List.of(), List.of(), List.of(),
                random.nextInt(3) == 0 ? comment() : table.comment());
        Set<String> filled = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        Table changed = random.nextBoolean() ? keepValidDependents(table, bare) : withDependents(bare, List.of(), filled);
        return dataSafe ? changed : rekeyed(changed);
    }

    /**
     * Sometimes a new primary key, with a NOT NULL column of the table (not with rows: the key's values would have
     * to be unique, and the foreign keys to the old key would reference columns that are not).
     */
    private Table rekeyed(Table table) {
        List<String> candidates = table.columns().stream().skip(1).filter(c -> !c.nullable()).map(Column::name)
                .toList();
        if (candidates.isEmpty() || random.nextInt(6) != 0) {
            return table;
        }
        String column = pick(candidates);
        return table.withPrimaryKey(random.nextBoolean() ? List.of(column) : List.of("id", column));
    }

    private Table keepValidDependents(Table old, Table bare) {
        List<String> names = bare.columns().stream().map(Column::name).toList();
        Table kept = bare
                .withIndexes(old.indexes().stream().filter(i -> names.containsAll(i.columns()))
                        .map(i -> random.nextInt(4) == 0 ? reordered(i) : i).toList())
                .withUniqueConstraints(old.uniqueConstraints().stream()
                        .filter(u -> names.containsAll(u.columns())).toList())
                .withForeignKeys(old.foreignKeys().stream()
                        .filter(f -> names.containsAll(f.columns()) && keyTyped(bare, f)).toList())
                .withChecks(old.checks().stream()
                        .filter(c -> names.stream().anyMatch(c::mentions))
                        .toList());
        return dataSafe ? withoutConstraintsOnNotNull(kept) : kept;
    }

    /**
     * Indexes and constraints on some columns. A foreign key makes its column a bigint, like the key it references;
     * in a data-safe schema, never on a column that holds values ({@code filled}) that reference nothing.
     */
    private Table withDependents(Table table, List<Table> existing, Set<String> filled) {
        List<Column> others = table.columns().subList(1, table.columns().size());
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column column : others) {
            List<String> cols = List.of(column.name());
            boolean constrainable = !dataSafe || column.nullable() && column.defaultValue().isEmpty();
            boolean referenceable = constrainable && !(dataSafe && filled.contains(column.name()));
            switch (random.nextInt(6)) {
                case 0 -> indexes.add(new Index(Names.index(table.name(), cols), cols,
                        constrainable && random.nextBoolean(), random.nextBoolean() ? Set.of() : Set.copyOf(cols)));
                case 1 -> {
                    if (constrainable) {
                        uniques.add(new UniqueConstraint(Names.uniqueConstraint(table.name(), cols), cols));
                    }
                }
                case 2 -> {
                    if (referenceable) {
                        List<Table> targets = new ArrayList<>(existing);
                        targets.add(table);
                        Table target = pick(targets);
                        Column key = new Column(column.name(), ColumnType.BIGINT, column.nullable(), false);
                        foreignKeys.add(new ForeignKey(Names.foreignKey(table.name(), cols), cols, target.name(),
                                List.of("id"), pick(List.of(ReferentialAction.values()))));
                        table = table.withColumns(table.columns().stream()
                                .map(c -> c.name().equals(key.name()) ? key : c).toList());
                    }
                }
                case 4 -> {
                    List<String> withKey = List.of(column.name(), "id");
                    indexes.add(new Index(Names.index(table.name(), withKey), withKey, false,
                            random.nextBoolean() ? Set.of(column.name()) : Set.of("id")));
                }
                case 3 -> checks.add(new CheckConstraint("ck_" + Names.tableOf(table.name()) + "_" + column.name(),
                        "\"" + column.name() + "\" IS NULL OR \"" + column.name() + "\" = \"" + column.name() + "\""));
                default -> { }
            }
        }
        return table.withIndexes(indexes).withUniqueConstraints(uniques).withForeignKeys(foreignKeys)
                .withChecks(checks);
    }

    /** The index with the order of its first column turned around. */
    private static Index reordered(Index index) {
        Set<String> descending = new HashSet<>(index.descending());
        String first = index.columns().get(0);
        if (!descending.remove(first)) {
            descending.add(first);
        }
        return new Index(index.name(), index.columns(), index.unique(), descending);
    }

    /**
     * In a data-safe schema, a unique constraint, unique index or foreign key only on columns that accept NULL and
     * have no default: a column added with a default or a backfill has one value in every row.
     */
    private static Table withoutConstraintsOnNotNull(Table table) {
        List<String> nullable = table.columns().stream()
                .filter(c -> c.nullable() && c.defaultValue().isEmpty())
                .map(Column::name)
                .toList();
        return table
                .withUniqueConstraints(table.uniqueConstraints().stream()
                        .filter(u -> nullable.containsAll(u.columns())).toList())
                .withIndexes(table.indexes().stream()
                        .filter(i -> !i.unique() || nullable.containsAll(i.columns())).toList())
                .withForeignKeys(table.foreignKeys().stream()
                        .filter(f -> nullable.containsAll(f.columns())).toList());
    }

    /**
     * Whether another table references {@code table}. With rows, such a table is not dropped: the way back would
     * create it empty, and the references to its rows could not be restored.
     */
    private static boolean isReferenced(Schema schema, Table table) {
        return schema.tables().stream().anyMatch(other -> !other.name().equals(table.name())
                && other.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table.name())));
    }

    /** A foreign key's columns keep the type of the key they reference. */
    private static boolean keyTyped(Table table, ForeignKey foreignKey) {
        return foreignKey.columns().stream()
                .allMatch(name -> table.column(name).orElseThrow().type().equals(ColumnType.BIGINT));
    }

    private Column column(String name) {
        ColumnType type = pick(TYPES);
        Column column = new Column(name, type, nullable(), false);
        return fillable(random.nextInt(3) == 0 ? column.withDefault(defaultFor(type)) : column.withComment(comment()));
    }

    /**
     * With rows, a NOT NULL column without default is filled with its type's zero when it is added (or comes back in
     * a downgrade); a custom type's zero, the empty string, is a placeholder that JSON or a number do not accept, so
     * such a column accepts NULL.
     */
    private Column fillable(Column column) {
        boolean placeholder = column.type().isCustom() && !column.type().sqlType().equals("text");
        return dataSafe && placeholder && !column.nullable() && column.defaultValue().isEmpty()
                ? column.withNullable(true)
                : column;
    }

    private boolean nullable() {
        return random.nextBoolean();
    }

    /**
     * A new type for a column. With rows to keep, only changes the data converts both ways: within the integers,
     * varchar lengths and numeric precisions, and to a varchar from anything but binary, large objects (the way back
     * makes a new large object, whose oid differs) and JSON.
     */
    private ColumnType changedType(ColumnType type) {
        if (!dataSafe) {
            return pick(TYPES);
        }
        return switch (type.kind()) {
            case INTEGER -> pick(List.of(ColumnType.BIGINT, ColumnType.VARCHAR(255)));
            case BIGINT -> pick(List.of(ColumnType.INTEGER, ColumnType.VARCHAR(255)));
            case SMALLINT -> pick(List.of(ColumnType.INTEGER, ColumnType.BIGINT));
            case VARCHAR -> type.length() == 40 ? ColumnType.VARCHAR(255) : ColumnType.VARCHAR(40);
            case NUMERIC -> pick(List.of(ColumnType.NUMERIC(12, 2), ColumnType.NUMERIC(10, 2),
                    ColumnType.VARCHAR(255)));
            case REAL -> pick(List.of(ColumnType.DOUBLE, ColumnType.VARCHAR(255)));
            case BINARY, CLOB, BLOB -> type;
            case CUSTOM -> switch (type.sqlType()) {
                case "int4" -> pick(List.of(ColumnType.BIGINT, ColumnType.INTEGER));
                case "text" -> ColumnType.VARCHAR(255);
                default -> type;
            };
            default -> pick(List.of(type, ColumnType.VARCHAR(255)));
        };
    }

    private Optional<DefaultValue> defaultFor(ColumnType type) {
        if (random.nextInt(4) == 0 || type.isLargeObject()) {
            return Optional.empty();
        }
        DefaultValue value = switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT -> DefaultValue.of(Integer.toString(random.nextInt(200) - 100));
            case BOOLEAN -> DefaultValue.of(Boolean.toString(random.nextBoolean()));
            case DOUBLE -> DefaultValue.of("2.5");
            case NUMERIC -> DefaultValue.of(random.nextBoolean() ? "12.50" : "-3");
            case VARCHAR -> DefaultValue.of(pick(List.of("OPEN", "it's", "")));
            case DATE -> random.nextBoolean() ? DefaultValue.CURRENT_DATE : DefaultValue.of("2026-01-31");
            case TIMESTAMP -> DefaultValue.of("2026-01-31 08:30:00.25");
            case TIMESTAMP_TZ -> random.nextBoolean()
                    ? DefaultValue.CURRENT_TIMESTAMP
                    : DefaultValue.of("2026-01-31 08:30:00+02:00");
            case UUID -> DefaultValue.of("123e4567-e89b-12d3-a456-426614174000");
            case BINARY, BLOB -> DefaultValue.of("cafe");
            case REAL -> DefaultValue.of("0.5");
            case CHAR -> DefaultValue.of("Y");
            case TIME -> DefaultValue.of("08:30:00");
            case CLOB -> DefaultValue.of("none");
            case CUSTOM -> DefaultValue.of(switch (type.sqlType()) {
                case "jsonb" -> "{}";
                case "int4" -> "7";
                default -> "OPEN";
            });
        };
        return Optional.of(value);
    }

    private Optional<String> comment() {
        return random.nextInt(3) == 0 ? Optional.of(pick(List.of("who owes what", "it's a note"))) : Optional.empty();
    }

    private List<Sequence> randomSequences(String prefix) {
        List<Sequence> result = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = name(prefix + random.nextInt(4) + "_seq");
            if (result.stream().noneMatch(s -> s.name().equals(name))) {
                result.add(new Sequence(name, 1 + random.nextInt(100), 1 + random.nextInt(50)));
            }
        }
        return result;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Schema dedupe(List<Table> tables, List<Sequence> sequences) {
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
                .toList(), sequences);
    }
}
