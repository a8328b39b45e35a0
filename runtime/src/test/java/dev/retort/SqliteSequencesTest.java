package dev.retort;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.annotations.Revision;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sequence on SQLite is Hibernate's emulation of one: a table of one row holding the next value. Revisions create,
 * change and drop it; the drift check reads it back as a sequence, and offline scripts do the same.
 */
class SqliteSequencesTest {

    @Revision(id = "q1", message = "create receipts and their sequence")
    public static final class Q1CreateReceipts implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createSequence("receipt_seq", 1000, 50);
            op.createTable("receipts", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("note", VARCHAR(100)));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("receipts");
            op.dropSequence("receipt_seq");
        }
    }

    @Revision(id = "q2", parents = "q1", message = "allocate receipt numbers ten at a time")
    public static final class Q2AlterIncrement implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterSequence("receipt_seq", 1000, 10);
        }

        @Override
        public void downgrade(Operations op) {
            op.alterSequence("receipt_seq", 1000, 50);
        }
    }

    @Revision(id = "q3", parents = "q2", message = "a second sequence, Hibernate's default name")
    public static final class Q3CreateCategorySequence implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createSequence("Category_SEQ", 1, 50);
        }

        @Override
        public void downgrade(Operations op) {
            op.dropSequence("Category_SEQ");
        }
    }

    private static final List<Class<? extends Migration>> REVISIONS =
            List.of(Q1CreateReceipts.class, Q2AlterIncrement.class, Q3CreateCategorySequence.class);

    @Test
    void createsHibernatesTableWithTheStartAsItsRowAndReadsItBackAsASequence() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url()).withRevisions(REVISIONS);

            retort.upgrade("head");

            assertEquals(List.of("1000"), LiveDatabase.column(database, "SELECT next_val FROM receipt_seq"));
            assertEquals(List.of("1"), LiveDatabase.column(database, "SELECT next_val FROM category_seq"));
            assertEquals(List.of("CREATE TABLE \"Category_SEQ\" (\"next_val\" bigint /* retort:sequence */)"),
                    LiveDatabase.column(database, "SELECT sql FROM sqlite_schema WHERE name = 'Category_SEQ'"));
            Schema live = LiveDatabase.schema(database);
            assertEquals(List.of("receipts"), live.tables().stream().map(t -> t.name()).toList());
            assertEquals(List.of(new Sequence("Category_SEQ", 1, 1), new Sequence("receipt_seq", 1, 1)),
                    live.sequences());
            assertTrue(retort.check().isClean(), () -> retort.check().toString());

            // Hibernate takes values: the row moves on, which is no drift.
            LiveDatabase.execute(database, "UPDATE receipt_seq SET next_val = next_val + 10");
            assertTrue(retort.check().isClean());

            retort.downgrade("q2");
            assertFalse(LiveDatabase.hasTable(database, "Category_SEQ"));
            assertEquals(List.of("1010"), LiveDatabase.column(database, "SELECT next_val FROM receipt_seq"));
            assertTrue(retort.check().isClean());

            retort.downgrade("base");
            assertEquals(Schema.EMPTY, LiveDatabase.schema(database));
            assertTrue(retort.check().isClean());
        }
    }

    @Test
    void theDriftCheckTellsAMarkedTableFromAnyOther() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url()).withRevisions(REVISIONS);
            retort.upgrade("q2");

            LiveDatabase.execute(database, "DROP TABLE receipt_seq");
            // A table of the same shape that Retort did not make as a sequence (Hibernate's own DDL) is a table.
            LiveDatabase.execute(database, "CREATE TABLE receipt_seq (next_val bigint)");

            assertEquals(List.of("create table receipt_seq", "drop sequence receipt_seq"),
                    retort.check().differences().stream().map(SchemaDifference::description).sorted().toList());
        }
    }

    @Test
    void offlineScriptsCreateAndDropTheSameTables() throws Exception {
        Retort offline = Retort.offline().withRevisions(REVISIONS);
        String up = offline.sql("base:head", "sqlite").text();
        assertTrue(up.contains("\nCREATE TABLE \"receipt_seq\" (\"next_val\" bigint /* retort:sequence */);\n"
                + "INSERT INTO \"receipt_seq\" (\"next_val\") VALUES (1000);\n"), up);
        try (TestDatabase online = TestDatabase.sqlite(); TestDatabase scripted = TestDatabase.sqlite()) {
            Retort.at(online.url()).withRevisions(REVISIONS).upgrade("head");
            CommandLineClient.run(scripted, up);
            assertEquals(LiveDatabase.schema(online), LiveDatabase.schema(scripted));
            assertTrue(Retort.at(scripted.url()).withRevisions(REVISIONS).check().isClean());

            CommandLineClient.run(scripted, offline.sql("head:base", "sqlite").text());
            assertEquals(Schema.EMPTY, LiveDatabase.schema(scripted));
        }
    }

    @Test
    void refusesASequenceInADatabaseSchemaBeforeAnythingRuns() {
        Retort offline = Retort.offline().withRevisions(List.of(QualifiedSequence.class));
        RetortException e = assertThrows(RetortException.class, () -> offline.sql("base:head", "sqlite"));
        assertTrue(e.getMessage().endsWith("cannot create sequence billing.invoice_seq on SQLite: sequence"
                + " billing.invoice_seq is in database schema billing; sequences in a schema need PostgreSQL, SQLite"
                + " has no schemas (nothing was changed)"), e.getMessage());
    }

    @Revision(id = "b1", message = "a sequence in a schema")
    public static final class QualifiedSequence implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createSequence("billing.invoice_seq", 1, 1);
        }

        @Override
        public void downgrade(Operations op) {
            op.dropSequence("billing.invoice_seq");
        }
    }
}
