package dev.retort.dialect;

import dev.retort.operation.AddCheckConstraint;
import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.AlterPrimaryKey;
import dev.retort.operation.AlterSequence;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropCheckConstraint;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * SQLite: what its ALTER TABLE can do natively, and the table rebuild ({@link SqliteRebuild}) for the rest. Names keep
 * their case (SQLite compares them case-insensitively); columns are declared with Retort's portable type names, as
 * Hibernate 7 can validate them ({@link SqliteTypes}), and an identity column is the table's rowid. A sequence is a
 * table of one row, as Hibernate emulates one ({@link SqliteSequences}).
 */
public final class SqliteDialect extends SqlDialect {

    private static final String FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";
    /** The temporary table of {@link #stopUnlessEmpty}. */
    private static final String CHECK_TABLE = "\"retort_check\"";

    /**
     * Every index name of every schema this dialect rendered against: the model's indexes, including those an earlier
     * step of the same upgrade dropped, which a rebuild must not take for indexes made by hand. (The migrator makes one
     * dialect per command and renders the steps in order.)
     */
    private final Set<String> modelIndexes = new HashSet<>();

    /** The tables whose index names {@link #modelIndexes} holds, by identity. */
    private final Set<Table> rememberedTables = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The tables found in no database schema, by identity: see {@link #requireNoDatabaseSchema}. */
    private final Set<Table> checkedTables = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The triggers, views and hand-made indexes as each step of the upgrade will find them. */
    private SqliteCatalog catalog;

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    String productName() {
        return "SQLite";
    }

    @Override
    String fold(String name) {
        return Names.unquoted(name);
    }

    /** Renders a rebuild as if the table had no triggers, views or hand-made indexes; its guard checks that at run time. */
    @Override
    public List<String> render(Operation operation, Schema before) {
        requireNoDatabaseSchema(operation, before);
        remember(before);
        Optional<SqliteRebuild> rebuild = rebuild(operation, before);
        if (rebuild.isPresent()) {
            return rebuild.get().statements(this, SqliteDependents.NONE);
        }
        try {
            return renderNatively(operation, before, Optional.empty());
        } catch (SQLException e) {
            throw new IllegalStateException("rendering without a connection reads nothing", e);
        }
    }

    @Override
    public List<String> render(Operation operation, Schema before, Connection connection) throws SQLException {
        requireNoDatabaseSchema(operation, before);
        remember(before);
        if (catalog == null) {
            // Made on first use: a command that renders nothing need not load the catalog's patterns.
            catalog = new SqliteCatalog();
        }
        catalog.load(connection);
        Optional<SqliteRebuild> rebuild = rebuild(operation, before);
        if (rebuild.isPresent()) {
            SqliteDependents dependents = catalog.dependents(connection, rebuild.get().before(), modelIndexes);
            List<String> statements = rebuild.get().statements(this, dependents);
            catalog.rendered(operation, rebuild, dependents);
            return statements;
        }
        List<String> statements = renderNatively(operation, before, Optional.of(connection));
        catalog.rendered(operation, rebuild, SqliteDependents.NONE);
        return statements;
    }

    /**
     * When a revision rebuilds a table and foreign keys are on, they are switched off before its transaction (inside
     * one the pragma does nothing), checked before its commit, and switched on again after it. An offline script
     * ({@code connection} null) cannot ask whether they are on: it does the same, as on a connection that enforces
     * them.
     */
    @Override
    public StepFrame frame(List<Operation> operations, Schema before, Connection connection) throws SQLException {
        boolean rebuilds = false;
        Schema schema = before;
        for (Operation operation : operations) {
            rebuilds |= rebuild(operation, schema).isPresent();
            schema = operation.applyTo(schema);
        }
        if (!rebuilds || connection != null && !foreignKeysOn(connection)) {
            return StepFrame.NONE;
        }
        return new StepFrame(List.of("PRAGMA foreign_keys = OFF"), List.of(FOREIGN_KEY_CHECK),
                List.of("PRAGMA foreign_keys = ON"));
    }

    /**
     * The statements that stop a script run by {@code sqlite3 -bail} when {@code check} (a query of a
     * {@link StepFrame}) returns rows: a row count into a temporary table whose CHECK constraint, named for the reason,
     * fails. An error inside the transaction ends the script before its COMMIT, and SQLite rolls the transaction back.
     */
    public List<String> stopUnlessEmpty(String check) {
        String rows = check.equals(FOREIGN_KEY_CHECK) ? "SELECT * FROM pragma_foreign_key_check" : check;
        String why = check.equals(FOREIGN_KEY_CHECK)
                ? "a foreign key no longer holds after this revision (PRAGMA foreign_key_check lists the rows);"
                        + " nothing of it was committed"
                : "the check returned rows: " + check + "; nothing of this revision was committed";
        return List.of(
                "CREATE TEMP TABLE " + CHECK_TABLE + " (\"rows\" integer CONSTRAINT " + quote(why)
                        + " CHECK (\"rows\" = 0))",
                "INSERT INTO temp." + CHECK_TABLE + " SELECT count(*) FROM (" + rows + ")",
                "DROP TABLE temp." + CHECK_TABLE);
    }

    private List<String> renderNatively(Operation operation, Schema before, Optional<Connection> connection)
            throws SQLException {
        Optional<List<String>> shared = renderShared(operation, before, connection);
        if (shared.isPresent()) {
            return shared.get();
        }
        if (operation instanceof CreateTable create) {
            requireRowidIdentity(create, create.table());
            return createTable(create.table());
        } else if (operation instanceof DropTable drop) {
            return List.of(dropTable(drop.table().name()));
        } else if (operation instanceof AddColumn add) {
            if (add.column().identity()) {
                throw unsupported(add, "only a table's rowid primary key generates values on SQLite, and a primary"
                        + " key cannot be added to an existing table");
            }
            // A NOT NULL column without default is rendered as it is: like PostgreSQL, SQLite adds it to an empty
            // table and refuses it when rows exist.
            return List.of(addColumn(add));
        } else if (operation instanceof DropColumn drop) {
            return List.of(dropColumn(drop));
        } else if (operation instanceof AlterColumn || operation instanceof SetTableComment) {
            // What is left is a comment, which SQLite does not keep, or a change SQLite keeps alike (keptAlike).
            return List.of();
        } else if (operation instanceof CreateSequence create) {
            return SqliteSequences.create(this, create.sequence());
        } else if (operation instanceof DropSequence drop) {
            return List.of(dropTable(drop.sequence().name()));
        } else if (operation instanceof AlterSequence) {
            // The table keeps the next value only: the increment lives in the application (Hibernate's optimizer
            // moves the row on by its allocation size), and the start was the first row's value.
            return List.of();
        }
        throw new IllegalArgumentException("unknown operation " + operation);
    }

    /**
     * Refuses an operation on a schema that has a table in a database schema ({@code billing.invoices}), before or
     * after it: SQLite has no schemas (an attached database is something else), so no revision that has such a table
     * can run here. Rendering comes before anything runs, so nothing has changed when this is thrown.
     */
    private void requireNoDatabaseSchema(Operation operation, Schema before) {
        Schema after;
        try {
            after = operation.applyTo(before);
        } catch (RuntimeException e) {
            after = before; // the operation does not fit the schema; rendering says so
        }
        for (Schema schema : List.of(before, after)) {
            for (Table table : schema.tables()) {
                // Tables are immutable, and most are the same objects from one step to the next: each is looked at
                // once, so that a long upgrade does not read every table again for every operation.
                if (!checkedTables.add(table)) {
                    continue;
                }
                String qualified = Names.isQualified(table.name()) ? table.name() : null;
                for (ForeignKey foreignKey : table.foreignKeys()) {
                    if (qualified == null && Names.isQualified(foreignKey.referencedTable())) {
                        qualified = foreignKey.referencedTable();
                    }
                }
                if (qualified != null) {
                    checkedTables.remove(table);
                    throw unsupported(operation, "table " + qualified + " is in database schema "
                            + Names.schemaOf(qualified).orElseThrow() + "; tables in a schema"
                            + " (@Table(schema = ...)) need PostgreSQL, SQLite has no schemas");
                }
            }
            for (Sequence sequence : schema.sequences()) {
                if (Names.isQualified(sequence.name())) {
                    throw unsupported(operation, "sequence " + sequence.name() + " is in database schema "
                            + Names.schemaOf(sequence.name()).orElseThrow() + "; sequences in a schema need PostgreSQL,"
                            + " SQLite has no schemas");
                }
            }
        }
    }

    /** The rebuild that performs {@code operation}, when SQLite's ALTER TABLE cannot. */
    private Optional<SqliteRebuild> rebuild(Operation operation, Schema before) {
        String table;
        Map<String, String> filled = Map.of();
        if (operation instanceof AlterColumn alter && (alter.typeChanged() || alter.nullabilityChanged()
                || alter.identityChanged() || alter.defaultChanged()) && !keptAlike(alter)) {
            table = alter.table();
        } else if (operation instanceof AddColumn add && !add.column().identity() && needsRebuild(add)) {
            table = add.table();
            if (add.backfill().isPresent()) {
                filled = Map.of(add.column().name(), literal(add.backfill().get(), add.column().type()));
            }
        } else if (operation instanceof DropColumn drop
                && dropColumnObstacle(drop, before.requireTable(drop.table())).isPresent()) {
            table = drop.table();
        } else if (operation instanceof AddUniqueConstraint add) {
            table = add.table();
        } else if (operation instanceof DropUniqueConstraint drop) {
            table = drop.table();
        } else if (operation instanceof AddForeignKey add) {
            table = add.table();
        } else if (operation instanceof DropForeignKey drop) {
            table = drop.table();
        } else if (operation instanceof AddCheckConstraint add) {
            table = add.table();
        } else if (operation instanceof DropCheckConstraint drop) {
            table = drop.table();
        } else if (operation instanceof AlterPrimaryKey alter) {
            table = alter.table();
        } else {
            return Optional.empty();
        }
        Table after = operation.applyTo(before).requireTable(table);
        requireRowidIdentity(operation, after);
        return Optional.of(SqliteRebuild.of(this, before.requireTable(table), after, filled, modelIndexes));
    }

    private void remember(Schema before) {
        for (Table table : before.tables()) {
            if (rememberedTables.add(table)) {
                for (Index index : table.indexes()) {
                    modelIndexes.add(index.name());
                }
            }
        }
    }

    /**
     * Whether SQLite keeps the column alike before and after the change (its comment aside), as when a
     * {@code timestamp} becomes a {@code timestamp with time zone}, both declared {@code timestamp}: then there is
     * nothing to rebuild.
     */
    private static boolean keptAlike(AlterColumn alter) {
        return SqliteTypes.normalized(alter.from().withComment(Optional.empty()))
                .equals(SqliteTypes.normalized(alter.to().withComment(Optional.empty())));
    }

    /**
     * What SQLite's ADD COLUMN refuses: a default of the current date or time, a reference with a default other
     * than NULL (refused when foreign keys are on), and values for the rows that exist (a backfill).
     */
    private static boolean needsRebuild(AddColumn add) {
        Optional<DefaultValue> defaultValue = add.column().defaultValue();
        return add.backfill().isPresent()
                || defaultValue.isPresent() && !defaultValue.get().isLiteral()
                || defaultValue.isPresent() && add.foreignKey() != null;
    }

    private static boolean foreignKeysOn(Connection connection) throws SQLException {
        return Catalog.query(connection, "PRAGMA foreign_keys", row -> row.getInt(1)).equals(List.of(1));
    }

    @Override
    String tableExistsQuery() {
        return "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND ? IS NULL AND name = ?";
    }

    /** SQLite has no boolean type; its JDBC driver stores true as 1. */
    @Override
    String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    String binaryLiteral(byte[] value) {
        return "X'" + HexFormat.of().formatHex(value) + "'";
    }

    /**
     * A UUID is 16 bytes, as Hibernate 7 stores it on SQLite ({@code Types.BINARY}): the most significant 64 bits
     * first, each half big-endian, which is the order of the hex digits of its text form.
     */
    @Override
    String uuidLiteral(UUID value) {
        return binaryLiteral(ByteBuffer.allocate(16)
                .putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits())
                .array());
    }

    /** SQLite keeps no comments, and of a sequence (a table, see {@link SqliteSequences}) only its name. */
    @Override
    Schema normalizeRest(Schema schema) {
        return new Schema(schema.tables().stream()
                .map(table -> table.withComment(Optional.empty()).withColumns(table.columns().stream()
                        .map(column -> column.withComment(Optional.empty()))
                        .toList()))
                .toList(),
                schema.sequences().stream().map(SqliteSequences::normalized).toList());
    }

    /** An identity column is declared exactly {@code integer}, which with the primary key makes it the rowid. */
    @Override
    String columnDefinition(Column column) {
        String type = column.identity() ? "integer" : typeName(column.type());
        return quote(column.name()) + " " + type + defaultClause(column) + (column.nullable() ? "" : " NOT NULL");
    }

    /**
     * Types as SQLite keeps them ({@link SqliteTypes#normalized}). A single-column primary key declared
     * {@code integer} is the rowid, whichever way the model got there: the database generates its values and it never
     * holds NULL.
     */
    @Override
    Table normalizeColumns(Table model) {
        Table table = model.withColumns(model.columns().stream().map(SqliteTypes::normalized).toList());
        if (table.primaryKey().size() != 1) {
            return table;
        }
        String key = table.primaryKey().get(0);
        return table.withColumns(table.columns().stream()
                .map(c -> c.name().equals(key) && (c.identity() || c.type().equals(ColumnType.INTEGER))
                        ? new Column(key, ColumnType.INTEGER, false, true)
                        : c)
                .toList());
    }

    @Override
    Schema readStoredSchema(Connection connection) throws SQLException {
        return SqliteSchemaReader.read(connection);
    }

    static String typeName(ColumnType type) {
        return SqliteTypes.declaration(type);
    }

    /** SQLite keeps large objects in the row, as any string or bytes. */
    @Override
    String largeObjectLiteral(Object value) {
        return valueLiteral(value);
    }

    private void requireRowidIdentity(Operation operation, Table table) {
        for (Column column : table.columns()) {
            if (column.identity() && !table.primaryKey().equals(List.of(column.name()))) {
                String where = table.primaryKey().contains(column.name())
                        ? "is part of a composite primary key"
                        : "is not the primary key";
                throw unsupported(operation, "identity column " + column.name() + " " + where
                        + "; SQLite generates values only for a single-column integer primary key (the rowid)");
            }
        }
    }

    /** Why SQLite's DROP COLUMN would fail for this column, if it would; the rebuild drops it then. */
    private static Optional<String> dropColumnObstacle(DropColumn drop, Table table) {
        String column = drop.column().name();
        if (table.checks().stream().anyMatch(check -> check.mentions(column))) {
            return Optional.of("a check constraint mentions it");
        }
        if (drop.foreignKey() != null) {
            return Optional.of("foreign key " + drop.foreignKey().name() + " uses it");
        }
        if (table.primaryKey().contains(column)) {
            return Optional.of("it is part of the primary key");
        }
        return table.uniqueConstraints().stream()
                .filter(u -> u.columns().contains(column))
                .map(u -> "unique constraint " + u.name() + " uses it")
                .findFirst()
                .or(() -> table.foreignKeys().stream()
                        .filter(f -> f.columns().contains(column))
                        .map(f -> "foreign key " + f.name() + " uses it")
                        .findFirst())
                .or(() -> table.indexes().stream()
                        .filter(i -> i.columns().contains(column))
                        .map(i -> "index " + i.name() + " uses it")
                        .findFirst());
    }
}
