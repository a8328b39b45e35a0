package dev.retort.dialect;

import static dev.retort.dialect.SampleTables.column;
import static dev.retort.dialect.SampleTables.identity;
import static dev.retort.dialect.SampleTables.notNull;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.SMALLINT;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.AlterSequence;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqliteDialectTest {

    private final SqliteDialect dialect = new SqliteDialect();
    private final Schema schema = new Schema(SampleTables.all());

    @Test
    void keepsTheCaseOfEveryName() {
        assertEquals("\"user\"", dialect.quote("user"));
        assertEquals("\"order\"", dialect.quote("order"));
        assertEquals("\"MixedCase\"", dialect.quote("MixedCase"));
        assertEquals("\"MixedCase\"", dialect.quote("\"MixedCase\""));
        assertEquals("\"a\"\"b\"", dialect.quote("a\"b"));
    }

    @Test
    void createsTablesWithPortableTypesAndTheIdentityAsRowid() {
        assertEquals(List.of("CREATE TABLE \"all_types\" (\"id\" integer NOT NULL, \"small\" smallint, "
                        + "\"whole\" integer NOT NULL, \"big\" bigint, \"flag\" boolean NOT NULL, \"ratio\" double, "
                        + "\"amount\" numeric(10,2), \"label\" varchar(255), \"day\" date, \"at\" timestamp, "
                        + "\"at_tz\" timestamp, \"token\" blob(16), \"payload\" blob, "
                        + "PRIMARY KEY (\"id\"))"),
                render(new CreateTable(SampleTables.allTypes())));
        assertEquals(List.of("CREATE TABLE \"user\" (\"id\" integer NOT NULL, \"email\" varchar(255) NOT NULL, "
                                + "\"code\" varchar(20) NOT NULL, \"DisplayName\" varchar(100), "
                                + "\"Nickname\" varchar(40), PRIMARY KEY (\"id\"), "
                                + "CONSTRAINT \"uk_user_email\" UNIQUE (\"email\"))",
                        "CREATE UNIQUE INDEX \"ix_user_code\" ON \"user\" (\"code\")",
                        "CREATE INDEX \"ix_user_names\" ON \"user\" (\"Nickname\", \"DisplayName\")"),
                render(new CreateTable(SampleTables.user())));
        assertEquals(List.of("CREATE TABLE \"Category\" (\"Id\" integer NOT NULL, \"ParentId\" integer, "
                        + "\"Title\" varchar(50) NOT NULL, PRIMARY KEY (\"Id\"), "
                        + "CONSTRAINT \"UK_Category_Title\" UNIQUE (\"Title\"), "
                        + "CONSTRAINT \"FK_Category_Parent\" FOREIGN KEY (\"ParentId\") "
                        + "REFERENCES \"Category\" (\"Id\"))"),
                render(new CreateTable(SampleTables.category())));
    }

    @Test
    void refusesAnIdentityThatCannotBeTheRowid() {
        Table composite = new Table("ledger", List.of(identity("id", BIGINT), notNull("year", INTEGER)),
                List.of("id", "year"), List.of(), List.of(), List.of());
        assertUnsupported("cannot create table ledger on SQLite: identity column id is part of a composite primary"
                + " key; SQLite generates values only for a single-column integer primary key (the rowid)",
                new CreateTable(composite));
        Table notKey = new Table("ledger", List.of(notNull("code", VARCHAR(10)), identity("seq", BIGINT)),
                List.of("code"), List.of(), List.of(), List.of());
        assertUnsupported("cannot create table ledger on SQLite: identity column seq is not the primary key; SQLite"
                + " generates values only for a single-column integer primary key (the rowid)",
                new CreateTable(notKey));
    }

    @Test
    void dropsTablesAndManagesIndexes() {
        assertEquals(List.of("DROP TABLE \"order_line\""), render(new DropTable(SampleTables.orderLine())));
        assertEquals(List.of("CREATE INDEX \"ix_order_PlacedAt\" ON \"order\" (\"placed_at\")"),
                render(new CreateIndex("order", new Index("ix_order_PlacedAt", List.of("placed_at"), false))));
        assertEquals(List.of("CREATE UNIQUE INDEX \"ix_order_recent\" ON \"order\" (\"placed_at\" DESC, \"user_id\" DESC)"),
                render(new CreateIndex("order", new Index("ix_order_recent", List.of("placed_at", "user_id"), true,
                        Set.of("user_id", "placed_at")))));
        assertEquals(List.of("DROP INDEX \"ix_user_names\""),
                render(new DropIndex("user", SampleTables.user().index("ix_user_names").orElseThrow())));
    }

    @Test
    void addsColumnsWithTheirForeignKeyInline() {
        assertEquals(List.of("ALTER TABLE \"order\" ADD COLUMN \"referrer_id\" bigint "
                        + "CONSTRAINT \"fk_order_referrer_id\" REFERENCES \"user\" (\"id\")"),
                render(new AddColumn("order", column("referrer_id", BIGINT), new ForeignKey(
                        "fk_order_referrer_id", List.of("referrer_id"), "user", List.of("id")))));
        assertEquals(List.of("ALTER TABLE \"user\" ADD COLUMN \"Score\" integer NOT NULL"),
                render(new AddColumn("user", notNull("Score", INTEGER))));
        assertUnsupported("cannot add column user.seq on SQLite: only a table's rowid primary key generates values"
                        + " on SQLite, and a primary key cannot be added to an existing table",
                new AddColumn("user", identity("seq", BIGINT)));
    }

    @Test
    void dropsColumnsThatNothingElseUses() {
        assertEquals(List.of("ALTER TABLE \"all_types\" DROP COLUMN \"label\""),
                render(new DropColumn("all_types", column("label", VARCHAR(255)))));
    }

    @Test
    void rebuildsTheTableToDropAColumnWithItsForeignKey() {
        ForeignKey foreignKey = SampleTables.order().foreignKey("fk_order_user_code").orElseThrow();
        List<String> statements = render(new DropColumn("order", column("user_code", VARCHAR(20)), foreignKey));
        assertEquals(List.of(
                "CREATE TABLE \"retort_rebuild_order\" (\"id\" integer NOT NULL, \"user_id\" bigint NOT NULL, "
                        + "\"placed_at\" timestamp NOT NULL, PRIMARY KEY (\"id\"), "
                        + "CONSTRAINT \"fk_order_user_id\" FOREIGN KEY (\"user_id\") REFERENCES \"user\" (\"id\"))",
                "INSERT INTO \"retort_rebuild_order\" (\"id\", \"user_id\", \"placed_at\") "
                        + "SELECT \"id\", \"user_id\", \"placed_at\" FROM \"order\"",
                "DROP TABLE \"order\"",
                "ALTER TABLE \"retort_rebuild_order\" RENAME TO \"order\"",
                "CREATE INDEX \"ix_order_user_id_placed_at\" ON \"order\" (\"user_id\", \"placed_at\")"),
                statements.subList(3, statements.size()));
    }

    @Test
    void startsEveryRebuildWithAGuardAgainstDependentsItDidNotSee() {
        Column amount = column("label", VARCHAR(255));
        List<String> statements = render(new AlterColumn("all_types", amount, amount.withType(VARCHAR(500))));
        assertEquals("CREATE TEMP TABLE \"retort_rebuild_guard\" (\"unchanged\" boolean CONSTRAINT \"all_types has"
                + " indexes, triggers or views that changed after this upgrade was planned (a revision before this one"
                + " changed them); run the upgrade again\" CHECK (\"unchanged\"))", statements.get(0));
        assertTrue(statements.get(1).startsWith("INSERT INTO temp.\"retort_rebuild_guard\" VALUES ((SELECT"),
                statements.get(1));
        assertTrue(statements.get(1).endsWith(" = '')"), statements.get(1));
        assertEquals("DROP TABLE temp.\"retort_rebuild_guard\"", statements.get(2));
    }

    @Test
    void rebuildsForWhatAlterTableCannotDo() {
        Column amount = column("amount", NUMERIC(10, 2));
        UniqueConstraint unique = new UniqueConstraint("uk_user_code", List.of("code"));
        ForeignKey foreignKey = SampleTables.order().foreignKey("fk_order_user_id").orElseThrow();
        Schema withUnique = schema.with(SampleTables.user().withUniqueConstraints(List.of(unique)));
        List<List<String>> rebuilds = List.of(
                render(new AlterColumn("all_types", amount, amount.withType(NUMERIC(12, 2)))),
                render(new AlterColumn("all_types", amount, amount.withNullable(false))),
                render(new AlterColumn("all_types", identity("id", BIGINT), notNull("id", BIGINT))),
                dialect.render(new DropUniqueConstraint("user", unique), withUnique),
                render(new AddUniqueConstraint("user", unique)),
                render(new DropForeignKey("order", foreignKey)),
                dialect.render(new AddForeignKey("order", foreignKey),
                        new DropForeignKey("order", foreignKey).applyTo(schema)));
        for (List<String> statements : rebuilds) {
            assertTrue(statements.stream().anyMatch(sql -> sql.startsWith("CREATE TABLE \"retort_rebuild_")),
                    statements.toString());
        }
        assertEquals(List.of(), render(new AlterColumn("all_types", amount, amount)));
    }

    @Test
    void refusesAnIdentityThatIsNotTheRowid() {
        assertUnsupported("cannot alter column all_types.small on SQLite: identity column small is not the primary"
                        + " key; SQLite generates values only for a single-column integer primary key (the rowid)",
                new AlterColumn("all_types", column("small", SMALLINT), identity("small", SMALLINT)));
    }

    @Test
    void executesStatementsAsWritten() {
        assertEquals(List.of("PRAGMA user_version = 3"), render(new ExecuteSql("PRAGMA user_version = 3")));
    }

    @Test
    void normalizesIdentitiesAndIntegerKeysToTheRowid() {
        Table table = new Table("\"Fees\"",
                List.of(identity("Id", BIGINT), column("\"Amount\"", NUMERIC(10, 2))),
                List.of("Id"), List.of(), List.of(), List.of());
        Table expected = new Table("Fees",
                List.of(identity("Id", INTEGER), column("Amount", NUMERIC(10, 2))),
                List.of("Id"), List.of(), List.of(), List.of());
        assertEquals(new Schema(List.of(expected)), dialect.normalize(new Schema(List.of(table))));
        Table integerKey = new Table("codes", List.of(notNull("code", INTEGER)), List.of("code"), List.of(),
                List.of(), List.of());
        assertEquals(new Schema(List.of(integerKey.withColumns(List.of(identity("code", INTEGER))))),
                dialect.normalize(new Schema(List.of(integerKey))));
    }

    @Test
    void emulatesASequenceAsHibernatesTableOfOneRow() {
        Sequence sequence = new Sequence("Category_SEQ", 1, 50);
        assertEquals(List.of("CREATE TABLE \"Category_SEQ\" (\"next_val\" bigint /* retort:sequence */)",
                "INSERT INTO \"Category_SEQ\" (\"next_val\") VALUES (1)"), render(new CreateSequence(sequence)));
        Schema withSequence = schema.with(sequence);
        assertEquals(List.of(), dialect.render(new AlterSequence(sequence, new Sequence("Category_SEQ", 5, 10)),
                withSequence));
        assertEquals(List.of("DROP TABLE \"Category_SEQ\""), dialect.render(new DropSequence(sequence), withSequence));
        assertEquals(List.of(new Sequence("Category_SEQ", 1, 1)), dialect.normalize(withSequence).sequences());
    }

    private List<String> render(Operation operation) {
        return dialect.render(operation, schema);
    }

    private void assertUnsupported(String message, Operation operation) {
        UnsupportedOperationOnDialectException e = assertThrows(UnsupportedOperationOnDialectException.class,
                () -> render(operation));
        assertEquals(message, e.getMessage());
    }
}
