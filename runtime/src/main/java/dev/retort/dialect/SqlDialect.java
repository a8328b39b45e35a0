package dev.retort.dialect;

import dev.retort.operation.AddColumn;
import dev.retort.operation.BatchedUpdate;
import dev.retort.operation.BulkInsert;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.DeleteRows;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropIndex;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.FillNulls;
import dev.retort.operation.Irreversible;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What SQLite and PostgreSQL share: how names are quoted and read back, and the statements both write alike. Each
 * dialect decides for itself which operations it renders with them.
 */
abstract sealed class SqlDialect implements Dialect permits PostgresDialect, SqliteDialect {

    /** Rows per INSERT or DELETE statement of a data operation. */
    static final int ROWS_PER_STATEMENT = 500;

    /** The Java steps this dialect rendered, by the comment that stands for each. */
    private final JavaSteps javaSteps = new JavaSteps();

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

    /** The schema as this database keeps it, after names and columns are normalized: what it cannot store, left out. */
    Schema normalizeRest(Schema schema) {
        return schema;
    }

    /** The tables of the live database under the names they are stored with, Retort's and internal ones left out. */
    abstract Schema readStoredSchema(Connection connection) throws SQLException;

    /**
     * A query with two parameters, a stored schema name (null for the current schema) and a stored table name, that
     * returns a row when the table exists.
     */
    abstract String tableExistsQuery();

    /** A boolean as this database writes it. */
    abstract String booleanLiteral(boolean value);

    /** Bytes as this database writes them. */
    abstract String binaryLiteral(byte[] value);

    /** A value of a clob or blob column, given as a string or as bytes, as this database writes it. */
    abstract String largeObjectLiteral(Object value);

    /** A UUID as this database writes it: its text form, {@code '123e4567-e89b-12d3-a456-426614174000'}. */
    String uuidLiteral(UUID value) {
        return stringLiteral(value.toString());
    }

    /** Each part of a qualified name is folded and quoted on its own: {@code "billing"."invoices"}. */
    @Override
    public final String quote(String identifier) {
        return Names.mapParts(identifier, part -> doubleQuoted(fold(part)));
    }

    @Override
    public final Schema normalize(Schema schema) {
        UnaryOperator<String> rename = name -> modelName(fold(name));
        Schema folded = Renaming.apply(schema, rename, name -> Names.mapParts(name, rename));
        return normalizeRest(folded.withTables(folded.tables().stream().map(this::normalizeColumns).toList()));
    }

    @Override
    public final void execute(Connection connection, String statement) throws SQLException {
        if (!javaSteps.runIfStep(connection, statement)) {
            Dialect.super.execute(connection, statement);
        }
    }

    @Override
    public final Schema readSchema(Connection connection) throws SQLException {
        return Renaming.apply(readStoredSchema(connection), this::modelName, this::tableModelName);
    }

    /**
     * How the model writes a stored name so that it renders to that name again: as it is when folding leaves it
     * alone, user-quoted otherwise (a PostgreSQL table stored as {@code MyTable} reads back as {@code "MyTable"}, one
     * stored as {@code a.b} as {@code "a.b"}, which is no qualified name).
     */
    final String modelName(String storedName) {
        return fold(storedName).equals(storedName) && !storedName.contains(".")
                ? storedName
                : doubleQuoted(storedName);
    }

    /**
     * A stored table or sequence name as the model writes it. A reader gives a table of another database schema as
     * {@link #storedQualifiedName}: both parts in double quotes.
     */
    private String tableModelName(String storedName) {
        List<String> parts = Names.parts(storedName);
        if (parts.size() == 2 && parts.stream().allMatch(Names::isQuoted)) {
            return Names.qualified(modelName(Names.unquoted(parts.get(0))), modelName(Names.unquoted(parts.get(1))));
        }
        return modelName(storedName);
    }

    /** How a reader names a table of another database schema than the current one: {@code "billing"."invoices"}. */
    static String storedQualifiedName(String schema, String table) {
        return doubleQuoted(schema) + "." + doubleQuoted(table);
    }

    final UnsupportedOperationOnDialectException unsupported(Operation operation, String why) {
        return new UnsupportedOperationOnDialectException(operation, productName(), why);
    }

    /**
     * The statements of the operations both databases write alike; empty when {@code operation} is not one of them.
     *
     * @param connection the live database, when there is one: a batched update measures the table with it
     */
    final Optional<List<String>> renderShared(Operation operation, Schema before, Optional<Connection> connection)
            throws SQLException {
        if (operation instanceof CreateIndex create) {
            return Optional.of(List.of(createIndex(create.table(), create.index())));
        } else if (operation instanceof DropIndex drop) {
            return Optional.of(List.of(dropIndex(drop.table(), drop.index())));
        } else if (operation instanceof RenameTable rename) {
            return Optional.of(renameTable(rename.from(), rename.to()));
        } else if (operation instanceof RenameColumn rename) {
            return Optional.of(List.of(alterTable(rename.table(),
                    "RENAME COLUMN " + quote(rename.from()) + " TO " + quote(rename.to()))));
        } else if (operation instanceof ExecuteSql execute) {
            return Optional.of(List.of(execute.sql()));
        } else if (operation instanceof FillNulls fill) {
            return Optional.of(List.of(fillNulls(fill.table(), fill.column(), fill.valueIn(before),
                    before.requireTable(fill.table()))));
        } else if (operation instanceof BulkInsert insert) {
            return Optional.of(DataStatements.insert(this, insert, before.requireTable(insert.table())));
        } else if (operation instanceof DeleteRows delete) {
            return Optional.of(DataStatements.delete(this, delete, before.requireTable(delete.table())));
        } else if (operation instanceof BatchedUpdate update) {
            return Optional.of(DataStatements.batchedUpdate(this, update, before.requireTable(update.table()),
                    connection));
        } else if (operation instanceof RunJava run) {
            return Optional.of(List.of(javaSteps.register(run)));
        } else if (operation instanceof Irreversible irreversible) {
            throw unsupported(irreversible, irreversible.why());
        }
        return Optional.empty();
    }

    /** CREATE TABLE with its keys and constraints, then one CREATE INDEX per index. */
    List<String> createTable(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(columnDefinition(column)));
        if (!table.primaryKey().isEmpty()) {
            elements.add("PRIMARY KEY " + columnList(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(unique -> elements.add(uniqueConstraint(unique)));
        table.foreignKeys().forEach(foreignKey -> elements.add(foreignKey(foreignKey)));
        table.checks().forEach(check -> elements.add(checkConstraint(check)));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", elements) + ")");
        table.indexes().forEach(index -> statements.add(createIndex(table.name(), index)));
        return statements;
    }

    /** RENAME TO takes the table's name alone. */
    List<String> renameTable(String from, String to) {
        return List.of(alterTable(from, "RENAME TO " + quote(Names.tableOf(to))));
    }

    final String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    /** ADD COLUMN; a foreign key that comes with the column is declared inline, which both databases accept. */
    final String addColumn(String table, Column column, ForeignKey foreignKey) {
        String definition = columnDefinition(column);
        if (foreignKey != null) {
            definition += " CONSTRAINT " + quote(foreignKey.name()) + " " + references(foreignKey);
        }
        return alterTable(table, "ADD COLUMN " + definition);
    }

    final String addColumn(AddColumn add) {
        return addColumn(add.table(), add.column(), add.foreignKey());
    }

    final String dropColumn(DropColumn drop) {
        return alterTable(drop.table(), "DROP COLUMN " + quote(drop.column().name()));
    }

    final String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(table) + " " + index.columns().stream()
                        .map(column -> quote(column) + (index.isDescending(column) ? " DESC" : ""))
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** An index lives in its table's database schema. */
    final String dropIndex(String table, Index index) {
        return "DROP INDEX " + quote(Names.qualified(Names.schemaOf(table).orElse(null), index.name()));
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

    final String checkConstraint(CheckConstraint check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    /** {@code  DEFAULT 0}, with its leading space; empty without a default. */
    final String defaultClause(Column column) {
        return column.defaultValue().map(value -> " DEFAULT " + literal(value, column.type())).orElse("");
    }

    final String fillNulls(String table, String column, DefaultValue value, Table target) {
        ColumnType type = target.column(column).orElseThrow().type();
        return "UPDATE " + quote(table) + " SET " + quote(column) + " = " + literal(value, type) + " WHERE "
                + quote(column) + " IS NULL";
    }

    /** A default or fill value as this database writes it for a column of {@code type}. */
    final String literal(DefaultValue value, ColumnType type) {
        return switch (value.kind()) {
            case CURRENT_DATE -> "CURRENT_DATE";
            case CURRENT_TIMESTAMP -> "CURRENT_TIMESTAMP";
            case LITERAL -> switch (type.kind()) {
                case SMALLINT, INTEGER, BIGINT, NUMERIC, DOUBLE, REAL -> value.text();
                case BOOLEAN -> booleanLiteral(Boolean.parseBoolean(value.text()));
                case BINARY -> binaryLiteral(HexFormat.of().parseHex(value.text()));
                case UUID -> uuidLiteral(java.util.UUID.fromString(value.text()));
                case BLOB -> largeObjectLiteral(HexFormat.of().parseHex(value.text()));
                case CLOB -> largeObjectLiteral(value.text());
                default -> stringLiteral(value.text());
            };
        };
    }

    /**
     * A value of a data operation for a column of {@code type}: a large object's is made one, a UUID column's text
     * ({@code "123e4567-..."}) is written as a UUID.
     */
    final String valueLiteral(Object value, ColumnType type) {
        if (value != null && type.isLargeObject()) {
            return largeObjectLiteral(value);
        }
        if (value instanceof String text && type.kind() == ColumnType.Kind.UUID) {
            try {
                return uuidLiteral(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is no UUID, the value of a " + type + " column", e);
            }
        }
        return valueLiteral(value);
    }

    /** A value of a data operation ({@link BulkInsert}, ...) as this database writes it. */
    final String valueLiteral(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof Boolean bool) {
            return booleanLiteral(bool);
        } else if (value instanceof byte[] bytes) {
            return binaryLiteral(bytes);
        } else if (value instanceof UUID uuid) {
            return uuidLiteral(uuid);
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("no SQL literal for " + number);
            }
            return BigDecimal.valueOf(number).toPlainString();
        } else if (value instanceof Number) {
            return new BigInteger(value.toString()).toString();
        }
        return stringLiteral(DataStatements.text(value));
    }

    final String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    static String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private String references(ForeignKey foreignKey) {
        String onDelete = foreignKey.onDelete() == ReferentialAction.NO_ACTION
                ? ""
                : " ON DELETE " + foreignKey.onDelete().sql();
        return "REFERENCES " + quote(foreignKey.referencedTable()) + " " + columnList(foreignKey.referencedColumns())
                + onDelete;
    }

    private static String doubleQuoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
