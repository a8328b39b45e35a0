package dev.retort.dialect;

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
import dev.retort.schema.Names;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite: what its ALTER TABLE can do natively, and the table rebuild ({@link SqliteRebuild}) for the rest. Names keep
 * their case (SQLite compares them case-insensitively); columns are declared with Retort's portable type names, and an
 * identity column is the table's rowid.
 */
public final class SqliteDialect extends SqlDialect {

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
        Optional<SqliteRebuild> rebuild = rebuild(operation, before);
        if (rebuild.isPresent()) {
            return rebuild.get().statements(this, SqliteDependents.NONE);
        }
        return renderNatively(operation, before);
    }

    @Override
    public List<String> render(Operation operation, Schema before, Connection connection) throws SQLException {
        Optional<SqliteRebuild> rebuild = rebuild(operation, before);
        if (rebuild.isPresent()) {
            return rebuild.get().statements(this, SqliteDependents.read(connection, rebuild.get().before()));
        }
        return renderNatively(operation, before);
    }

    /**
     * When a revision rebuilds a table and foreign keys are on, they are switched off before its transaction (inside
     * one the pragma does nothing), checked before its commit, and switched on again after it.
     */
    @Override
    public StepFrame frame(List<Operation> operations, Schema before, Connection connection) throws SQLException {
        boolean rebuilds = false;
        Schema schema = before;
        for (Operation operation : operations) {
            rebuilds |= rebuild(operation, schema).isPresent();
            schema = operation.applyTo(schema);
        }
        if (!rebuilds || !foreignKeysOn(connection)) {
            return StepFrame.NONE;
        }
        return new StepFrame(List.of("PRAGMA foreign_keys = OFF"), List.of("PRAGMA foreign_key_check"),
                List.of("PRAGMA foreign_keys = ON"));
    }

    private List<String> renderNatively(Operation operation, Schema before) {
        if (operation instanceof CreateTable create) {
            requireRowidIdentity(create, create.table());
            return createTable(create.table());
        }
        if (operation instanceof DropTable drop) {
            return List.of(dropTable(drop.table().name()));
        }
        if (operation instanceof AddColumn add) {
            // A NOT NULL column is rendered as it is: like PostgreSQL, SQLite adds it to an empty table and refuses
            // it when rows exist.
            if (add.column().identity()) {
                throw unsupported(add, "only a table's rowid primary key generates values on SQLite, and a primary"
                        + " key cannot be added to an existing table");
            }
            return List.of(addColumn(add));
        }
        if (operation instanceof DropColumn drop) {
            return List.of(dropColumn(drop));
        }
        if (operation instanceof AlterColumn) {
            return List.of();
        }
        if (operation instanceof CreateIndex create) {
            return List.of(createIndex(create.table(), create.index()));
        }
        if (operation instanceof DropIndex drop) {
            return List.of(dropIndex(drop.index()));
        }
        if (operation instanceof ExecuteSql execute) {
            return List.of(execute.sql());
        }
        throw new IllegalArgumentException("unknown operation " + operation);
    }

    /** The rebuild that performs {@code operation}, when SQLite's ALTER TABLE cannot. */
    private Optional<SqliteRebuild> rebuild(Operation operation, Schema before) {
        String table;
        if (operation instanceof AlterColumn alter
                && (alter.typeChanged() || alter.nullabilityChanged() || alter.identityChanged())) {
            table = alter.table();
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
        } else {
            return Optional.empty();
        }
        Table after = operation.applyTo(before).requireTable(table);
        requireRowidIdentity(operation, after);
        return Optional.of(SqliteRebuild.copyingKeptColumns(this, before.requireTable(table), after));
    }

    private static boolean foreignKeysOn(Connection connection) throws SQLException {
        return Catalog.query(connection, "PRAGMA foreign_keys", row -> row.getInt(1)).equals(List.of(1));
    }

    /** An identity column is declared exactly {@code integer}, which with the primary key makes it the rowid. */
    @Override
    String columnDefinition(Column column) {
        String type = column.identity() ? "integer" : typeName(column.type());
        return quote(column.name()) + " " + type + (column.nullable() ? "" : " NOT NULL");
    }

    /**
     * A single-column primary key declared {@code integer} is the rowid, whichever way the model got there: the
     * database generates its values and it never holds NULL.
     */
    @Override
    Table normalizeColumns(Table table) {
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
        return type.kind() == ColumnType.Kind.BINARY ? "blob" : type.toString();
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
