package dev.retort.dialect;

import static dev.retort.dialect.SampleTables.column;
import static dev.retort.dialect.SampleTables.identity;
import static dev.retort.dialect.SampleTables.notNull;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BINARY;
import static dev.retort.schema.ColumnType.BLOB;
import static dev.retort.schema.ColumnType.CHAR;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.DOUBLE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.REAL;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.VARCHAR;
import static dev.retort.schema.ColumnType.custom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterSequence;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameTable;
import dev.retort.operation.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Renders operations, runs them on a live database, and reads the schema back: it must be the normalized model. */
class DialectRoundTripTest {

    /** What both databases do natively, starting from {@link SampleTables#all()}. */
    private static final List<Operation> NATIVE_EVERYWHERE = List.of(
            new AddColumn("user", column("born", DATE)),
            new AddColumn("order", column("referrer_id", BIGINT),
                    new ForeignKey("fk_order_referrer_id", List.of("referrer_id"), "user", List.of("id"))),
            new AddColumn("all_types", notNull("Rank", INTEGER)),
            new CreateIndex("order", new Index("ix_order_referrer_id", List.of("referrer_id"), false)),
            new CreateIndex("all_types", new Index("IX_AllTypes_Small_Big", List.of("small", "big"), true)),
            new CreateIndex("all_types", new Index("ix_all_types_day_at", List.of("day", "at"), false,
                    Set.of("day", "at"))),
            new DropIndex("mapped_types", SampleTables.mappedTypes().index("ix_mapped_types_rank_opens").orElseThrow()),
            new CreateIndex("mapped_types", new Index("ix_mapped_types_rank_opens", List.of("rank", "opens"), true,
                    Set.of("rank"))),
            new DropIndex("order", new Index("ix_order_referrer_id", List.of("referrer_id"), false)),
            new DropColumn("all_types", column("label", VARCHAR(255))),
            new DropIndex("user", SampleTables.user().index("ix_user_names").orElseThrow()),
            new DropColumn("user", column("Nickname", VARCHAR(40))),
            new DropTable(SampleTables.orderLine()));

    /** What only PostgreSQL does natively (SQLite needs the table rebuild). */
    private static final List<Operation> NATIVE_ON_POSTGRES = List.of(
            new AlterColumn("all_types", column("label", VARCHAR(255)), column("label", VARCHAR(500))),
            new AlterColumn("all_types", notNull("whole", INTEGER), notNull("whole", BIGINT)),
            new AlterColumn("all_types", column("ratio", DOUBLE), column("ratio", NUMERIC(12, 4))),
            new AlterColumn("all_types", column("day", DATE), column("day", TIMESTAMP_TZ)),
            new AlterColumn("all_types", column("label", VARCHAR(500)), column("label", INTEGER)),
            new AlterColumn("all_types", column("amount", NUMERIC(10, 2)), notNull("amount", NUMERIC(10, 2))),
            new AlterColumn("all_types", column("big", BIGINT), identity("big", BIGINT)),
            new AlterColumn("all_types", identity("id", BIGINT), notNull("id", BIGINT)),
            new AddUniqueConstraint("user", new UniqueConstraint("uk_user_code_email", List.of("code", "email"))),
            new DropUniqueConstraint("user", SampleTables.user().uniqueConstraints().get(0)),
            new AddColumn("order_line", column("product_id", BIGINT)),
            new AddForeignKey("order_line",
                    new ForeignKey("fk_order_line_product_id", List.of("product_id"), "all_types", List.of("id"))),
            new DropForeignKey("\"Category\"", SampleTables.category().foreignKeys().get(0)),
            new DropColumn("order", column("user_code", VARCHAR(20)),
                    SampleTables.order().foreignKey("fk_order_user_code").orElseThrow()),
            new AlterColumn("mapped_types", column("body", CLOB), column("body", BLOB)),
            new AlterColumn("mapped_types", column("body", BLOB), column("body", BINARY)),
            new AlterColumn("mapped_types", column("body", BINARY), column("body", CLOB)),
            new AlterColumn("mapped_types", column("body", CLOB), column("body", VARCHAR(200))),
            new AlterColumn("mapped_types", column("scan", BLOB), column("scan", BINARY)),
            new AlterColumn("mapped_types", column("ratio", REAL), column("ratio", DOUBLE)),
            new AlterColumn("mapped_types", column("code", custom("VARCHAR( 20 )")), column("code", custom("text"))),
            new AlterColumn("mapped_types", column("code", custom("text")), column("code", custom("jsonb"))),
            new AlterColumn("mapped_types", notNull("rank", custom("int4")), notNull("rank", INTEGER)),
            new AlterColumn("mapped_types", notNull("initial", CHAR(1)), notNull("initial", VARCHAR(3))));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void createdTablesReadBackAsTheNormalizedModel(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            assertEquals(kind.name().toLowerCase(Locale.ROOT), dialect.name());
            createSampleTables(connection, dialect);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void nativeOperationsReadBackAsTheNormalizedModel(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            applyAndCompare(connection, dialect, createSampleTables(connection, dialect), NATIVE_EVERYWHERE);
        }
    }

    @Test
    void postgresAltersColumnsAndConstraintsInPlace() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            applyAndCompare(connection, dialect, createSampleTables(connection, dialect), NATIVE_ON_POSTGRES);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void leavesOutRetortsOwnTables(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            execute(connection, List.of("CREATE TABLE retort_version (revision varchar(32) NOT NULL PRIMARY KEY)",
                    "CREATE TABLE retort_lock (id integer)", "CREATE TABLE fees (id bigint)"));
            Schema expected = new Schema(List.of(Table.of("fees", List.of(column("id", BIGINT)))));
            assertEquals(expected, Dialect.of(connection).readSchema(connection));
        }
    }

    @Test
    void namesUnnamedSqliteConstraintsAsRetortWould() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            execute(connection, List.of("CREATE TABLE parent (id integer PRIMARY KEY)",
                    "CREATE TABLE child (id integer PRIMARY KEY, code varchar(8) UNIQUE, parent_id bigint REFERENCES"
                            + " parent (id))"));
            Table child = Dialect.of(connection).readSchema(connection).requireTable("child");
            assertEquals(List.of(new UniqueConstraint("uk_child_code", List.of("code"))), child.uniqueConstraints());
            assertEquals(List.of(new ForeignKey("fk_child_parent_id", List.of("parent_id"), "parent", List.of("id"))),
                    child.foreignKeys());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void changesToAndFromCustomTypesReadBack(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            applyAndCompare(connection, dialect, createSampleTables(connection, dialect), List.of(
                    new AlterColumn("mapped_types", column("ratio", REAL), column("ratio", custom("float4"))),
                    new AlterColumn("mapped_types", SampleTables.mappedTypes().column("notes").orElseThrow(),
                            column("notes", CLOB)),
                    new AlterColumn("mapped_types", column("at", custom("timestamptz(3)")), column("at", TIMESTAMP_TZ))));
        }
    }

    @Test
    void readsEveryPostgresSchemaOfTheUsersQualifyingAllButTheCurrentOne() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect()) {
            execute(connection, List.of("CREATE SCHEMA archive", "CREATE TABLE archive.fees (id bigint)",
                    "CREATE TABLE fees (id integer)", "CREATE SCHEMA \"Odd.Name\"",
                    "CREATE TABLE \"Odd.Name\".\"T\" (id integer)", "CREATE TABLE archive.retort_version (id integer)",
                    "CREATE SEQUENCE archive.receipt_seq"));
            Schema expected = new Schema(List.of(Table.of("fees", List.of(column("id", INTEGER))),
                    Table.of("archive.fees", List.of(column("id", BIGINT))),
                    Table.of("\"Odd.Name\".\"T\"", List.of(column("id", INTEGER)))),
                    List.of(new Sequence("archive.receipt_seq", 1, 1)));
            assertEquals(expected, Dialect.of(connection).readSchema(connection));
        }
    }

    @Test
    void postgresKeepsTablesInTheirSchemas() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            Schema model = createSampleTables(connection, dialect);
            for (Table table : SampleTables.inSchemas()) {
                model = apply(connection, dialect, model, new CreateTable(table));
            }
            assertEquals(dialect.normalize(model), dialect.readSchema(connection));
            Table invoices = SampleTables.invoices();
            applyAndCompare(connection, dialect, model, List.of(
                    new AddColumn("billing.invoices", column("note", VARCHAR(40))),
                    new AlterColumn("billing.invoices", column("note", VARCHAR(40)), column("note", CLOB)),
                    new DropIndex("billing.invoices", invoices.indexes().get(0)),
                    new CreateIndex("billing.invoices", new Index("ix_invoices_due", List.of("due"), true)),
                    new CreateIndex("billing.customers", new Index("ix_customers_id", List.of("id"), false)),
                    new AddUniqueConstraint("billing.invoices", new UniqueConstraint("uk_invoices_due_total",
                            List.of("due", "total"))),
                    new DropForeignKey("billing.invoices", invoices.foreignKeys().get(1)),
                    new RenameTable("billing.customers", "billing.clients"),
                    new RenameTable("\"Archive\".\"OldInvoices\"", "old_invoices"),
                    new RenameTable("order_line", "billing.order_lines"),
                    new RenameTable("billing.order_lines", "\"Archive\".lines"),
                    new CreateSequence(new Sequence("billing.invoice_seq", 1000, 1)),
                    new AlterSequence(new Sequence("billing.invoice_seq", 1000, 1),
                            new Sequence("billing.invoice_seq", 1000, 10)),
                    new SetTableComment("billing.invoices", Optional.empty(), Optional.of("what is owed")),
                    new DropForeignKey("billing.invoices",
                            invoices.foreignKeys().get(0).withReferencedTable("billing.clients")),
                    new DropTable(SampleTables.customers().withName("billing.clients")
                            .withIndexes(List.of(new Index("ix_customers_id", List.of("id"), false)))),
                    new DropSequence(new Sequence("billing.invoice_seq", 1000, 10))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void readsTypesItDoesNotModelAsCustomTypes(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            boolean sqlite = kind == TestDatabase.Kind.SQLITE;
            execute(connection, List.of("CREATE TABLE notes (body text, tags " + (sqlite ? "int" : "varchar(20)[]")
                    + ", at timestamp(3), amount numeric, code VarChar(8), large oid)"));
            List<ColumnType> types = Dialect.of(connection).readSchema(connection).requireTable("notes").columns()
                    .stream().map(Column::type).toList();
            List<ColumnType> expected = sqlite
                    ? List.of(custom("TEXT"), custom("INT"), custom("timestamp(3)"), custom("numeric"),
                            VARCHAR(8), custom("oid"))
                    : List.of(custom("text"), custom("character varying(20)[]"),
                            custom("timestamp(3) without time zone"), custom("numeric"), VARCHAR(8), custom("oid"));
            assertEquals(expected, types);
        }
    }

    @Test
    void refusesToReadASqliteColumnWithoutType() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            execute(connection, List.of("CREATE TABLE notes (body)"));
            Dialect dialect = Dialect.of(connection);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> dialect.readSchema(connection));
            assertEquals("column notes.body has a type Retort cannot represent: '' (no type is declared)",
                    e.getMessage());
        }
    }

    @Test
    void tellsTheDialectOfALiveConnection() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            assertInstanceOf(SqliteDialect.class, Dialect.of(connection));
        }
    }

    private static Schema createSampleTables(Connection connection, Dialect dialect) throws SQLException {
        Schema model = Schema.EMPTY;
        for (Table table : SampleTables.all()) {
            model = apply(connection, dialect, model, new CreateTable(table));
        }
        assertEquals(dialect.normalize(model), dialect.readSchema(connection));
        return model;
    }

    private static void applyAndCompare(Connection connection, Dialect dialect, Schema model,
            List<Operation> operations) throws SQLException {
        for (Operation operation : operations) {
            model = apply(connection, dialect, model, operation);
            assertEquals(dialect.normalize(model), dialect.readSchema(connection), "after " + operation.describe());
        }
    }

    private static Schema apply(Connection connection, Dialect dialect, Schema model, Operation operation)
            throws SQLException {
        execute(connection, dialect.render(operation, model));
        return operation.applyTo(model);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
