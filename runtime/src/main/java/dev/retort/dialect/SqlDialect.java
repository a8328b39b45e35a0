package dev.retort.dialect;

import dev.retort.operation.AddColumn;
import dev.retort.operation.DropColumn;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What SQLite and PostgreSQL share: how names are quoted and read back, and the statements both write alike. Each
 * dialect decides for itself which operations it renders with them.
 */
abstract sealed class SqlDialect implements Dialect permits PostgresDialect, SqliteDialect {

    static Dialect forProduct(String productName) {
        return switch (productName) {
            case "SQLite" -> new SqliteDialect();
            case "PostgreSQL" -> new PostgresDialect();
            default -> throw new IllegalArgumentException(
                    "Retort supports SQLite and PostgreSQL, but the connection is to " + productName);
        };
    }

    /** Tables that belong to Retort (its version table) or to the database itself, never to the model. */
    static boolean isInternalTable(String storedName) {
        return storedName.startsWith("retort_") || storedName.startsWith("sqlite_");
    }

    /** The product's name as messages spell it: {@code SQLite}, {@code PostgreSQL}. */
    abstract String productName();

    /** The name as the database stores it: a user-quoted name without its quotes, any other folded. */
    abstract String fold(String name);

    /** A column as CREATE TABLE and ADD COLUMN declare it: {@code "amount" numeric(10,2) NOT NULL}. */
    abstract String columnDefinition(Column column);

    /** {@code table}, whose names are already folded, with its columns as this database keeps them. */
    abstract Table normalizeColumns(Table table);

    /** The tables of the live database under the names they are stored with, Retort's and internal ones left out. */
    abstract Schema readStoredSchema(Connection connection) throws SQLException;

    @Override
    public final String quote(String identifier) {
        return doubleQuoted(fold(identifier));
    }

    @Override
    public final Schema normalize(Schema schema) {
        Schema folded = Renaming.apply(schema, name -> modelName(fold(name)));
        return new Schema(folded.tables().stream().map(this::normalizeColumns).toList());
    }

    @Override
    public final Schema readSchema(Connection connection) throws SQLException {
        return Renaming.apply(readStoredSchema(connection), this::modelName);
    }

    /**
     * How the model writes a stored name so that it renders to that name again: as it is when folding leaves it
     * alone, user-quoted otherwise (a PostgreSQL table stored as {@code MyTable} reads back as {@code "MyTable"}).
     */
    final String modelName(String storedName) {
        return fold(storedName).equals(storedName) ? storedName : doubleQuoted(storedName);
    }

    final UnsupportedOperationOnDialectException unsupported(Operation operation, String why) {
        return new UnsupportedOperationOnDialectException(operation, productName(), why);
    }

    /** CREATE TABLE with its keys and constraints, then one CREATE INDEX per index. */
    final List<String> createTable(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(columnDefinition(column)));
        if (!table.primaryKey().isEmpty()) {
            elements.add("PRIMARY KEY " + columnList(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(unique -> elements.add(uniqueConstraint(unique)));
        table.foreignKeys().forEach(foreignKey -> elements.add(foreignKey(foreignKey)));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", elements) + ")");
        table.indexes().forEach(index -> statements.add(createIndex(table.name(), index)));
        return statements;
    }

    final String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    /** ADD COLUMN; a foreign key that comes with the column is declared inline, which both databases accept. */
    final String addColumn(AddColumn add) {
        String definition = columnDefinition(add.column());
        ForeignKey foreignKey = add.foreignKey();
        if (foreignKey != null) {
            definition += " CONSTRAINT " + quote(foreignKey.name()) + " " + references(foreignKey);
        }
        return alterTable(add.table(), "ADD COLUMN " + definition);
    }

    final String dropColumn(DropColumn drop) {
        return alterTable(drop.table(), "DROP COLUMN " + quote(drop.column().name()));
    }

    final String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(table) + " " + columnList(index.columns());
    }

    final String dropIndex(Index index) {
        return "DROP INDEX " + quote(index.name());
    }

    final String alterTable(String table, String change) {
        return "ALTER TABLE " + quote(table) + " " + change;
    }

    final String uniqueConstraint(UniqueConstraint unique) {
        return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns());
    }

    final String foreignKey(ForeignKey foreignKey) {
        return "CONSTRAINT " + quote(foreignKey.name()) + " FOREIGN KEY " + columnList(foreignKey.columns()) + " "
                + references(foreignKey);
    }

    private String references(ForeignKey foreignKey) {
        return "REFERENCES " + quote(foreignKey.referencedTable()) + " " + columnList(foreignKey.referencedColumns());
    }

    private String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String doubleQuoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
