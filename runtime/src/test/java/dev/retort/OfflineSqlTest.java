package dev.retort;

import static dev.retort.LiveDatabase.column;
import static dev.retort.LiveDatabase.schema;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.SampleRevisions.LINEAR;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.LabelledRevisions.V1Account;
import dev.retort.annotations.Revision;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Offline scripts run through psql and sqlite3 leave a database exactly as the online commands do: the same schema,
 * version table and history (up to times and who ran it).
 */
class OfflineSqlTest {

    private static final Retort OFFLINE = Retort.offline().withRevisions(LabelledRevisions.ALL);

    /** What the history table says, without times and who: the same for a script and an online run. */
    private static final String HISTORY = "SELECT revision || ' ' || direction || ' ' || checksum || ' '"
            + " || CASE WHEN success THEN 'ok' ELSE 'failed' END FROM retort_history ORDER BY id";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradesAndDowngradesLikeTheOnlineCommands(TestDatabase.Kind kind) throws Exception {
        String dialect = kind == TestDatabase.Kind.SQLITE ? "sqlite" : "postgresql";
        try (TestDatabase online = TestDatabase.create(kind); TestDatabase offline = TestDatabase.create(kind)) {
            Retort retort = Retort.at(online.url()).withRevisions(LabelledRevisions.ALL);

            retort.upgrade("heads");
            CommandLineClient.run(offline, OFFLINE.sql("base:heads", dialect).text());
            assertSameDatabase(online, offline);
            Retort scripted = Retort.at(offline.url()).withRevisions(LabelledRevisions.ALL);
            assertTrue(scripted.check().isClean());
            assertEquals(List.of(), scripted.changedRevisions());
            assertEquals(List.of(), scripted.upgrade("heads"));

            retort.downgrade("shop@base");
            CommandLineClient.run(offline, OFFLINE.sql("heads", "shop@base", dialect).text());
            assertSameDatabase(online, offline);

            retort.downgrade("base");
            CommandLineClient.run(offline, OFFLINE.sql("l2n", "base", dialect).text());
            assertSameDatabase(online, offline);
            assertEquals(Schema.EMPTY, schema(offline));

            retort.upgrade("shop@head");
            CommandLineClient.run(offline, OFFLINE.sql("base", "shop@head", dialect).text());
            retort.upgrade("heads");
            CommandLineClient.run(offline, OFFLINE.sql("shop@head:heads", dialect).text());
            assertSameDatabase(online, offline);
        }
    }

    @Revision(id = "o1", message = "shelves and books")
    public static final class O1Library implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("shelf", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("name", VARCHAR(50)));
            op.createTable("book", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("shelf_id", BIGINT, c -> c.notNull().references("shelf", "id"))
                    .column("pages", INTEGER));
            op.createIndex("ix_book_pages", "book", "pages");
            op.execute("INSERT INTO shelf (id, name) VALUES (1, 'novels'), (2, 'poems')");
            op.execute("INSERT INTO book (id, shelf_id, pages) VALUES (10, 1, 300), (11, 2, 80), (12, 2, 120)");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("book");
            op.dropTable("shelf");
        }
    }

    /** Both tables rebuilt on SQLite: the one the other refers to, and the one that refers to it. */
    @Revision(id = "o2", parents = "o1", message = "rebuild shelves and books")
    public static final class O2Rebuild implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterColumn("shelf", "name", c -> c.notNull());
            op.alterColumn("book", "pages", c -> c.type(BIGINT));
        }

        @Override
        public void downgrade(Operations op) {
            op.alterColumn("book", "pages", c -> c.type(INTEGER));
            op.alterColumn("shelf", "name", c -> c.nullable());
        }
    }

    private static final List<Class<? extends Migration>> REBUILT = List.of(O1Library.class, O2Rebuild.class);

    @Test
    void rebuildsSqliteTablesWithForeignKeysOffAndCheckedLikeTheOnlineUpgrade() throws Exception {
        Retort offline = Retort.offline().withRevisions(REBUILT);
        try (TestDatabase online = TestDatabase.sqlite(); TestDatabase scripted = TestDatabase.sqlite()) {
            Retort retort = Retort.at(online.url() + "?foreign_keys=on").withRevisions(REBUILT);

            retort.upgrade("head");
            String script = offline.sql("base:head", "sqlite").text();
            assertTrue(script.contains("\nPRAGMA foreign_keys = OFF;\nBEGIN;\n"), script);
            assertTrue(script.contains("SELECT count(*) FROM (SELECT * FROM pragma_foreign_key_check);\n"), script);
            assertTrue(script.contains("\nCOMMIT;\nPRAGMA foreign_keys = ON;\n"), script);
            CommandLineClient.run(scripted, script);
            assertSameDatabase(online, scripted);
            assertEquals(LIBRARY_ROWS, column(scripted, LIBRARY));
            assertEquals(column(online, LIBRARY), column(scripted, LIBRARY));
            assertEquals(List.of(), column(scripted, "SELECT \"table\" FROM pragma_foreign_key_check"));

            retort.downgrade("base");
            CommandLineClient.run(scripted, offline.sql("head:base", "sqlite").text());
            assertSameDatabase(online, scripted);
            assertEquals(Schema.EMPTY, schema(scripted));
        }
    }

    @Test
    void aSqliteRebuildThatLeavesABrokenReferenceStopsTheScript() throws Exception {
        Retort offline = Retort.offline().withRevisions(REBUILT);
        try (TestDatabase scripted = TestDatabase.sqlite()) {
            CommandLineClient.run(scripted, offline.sql("base:o1", "sqlite").text());
            // A book on a shelf that does not exist, written where nothing enforced foreign keys.
            LiveDatabase.execute(scripted, "INSERT INTO book (id, shelf_id, pages) VALUES (13, 99, 10)");
            Schema before = schema(scripted);

            String output = CommandLineClient.runFailing(scripted, offline.sql("o1:head", "sqlite").text());

            assertTrue(output.contains("a foreign key no longer holds after this revision"), output);
            assertEquals(before, schema(scripted), "the rebuild was rolled back");
            assertEquals(Set.of("o1"), versionRows(scripted));
        }
    }

    private static final String LIBRARY = "SELECT s.name || ' ' || b.id || ' ' || b.pages FROM book b"
            + " JOIN shelf s ON s.id = b.shelf_id ORDER BY b.id";
    private static final List<String> LIBRARY_ROWS = List.of("novels 10 300", "poems 11 80", "poems 12 120");

    @Test
    void namesEachRevisionAndRunsEachInItsOwnTransaction() {
        SqlScript script = OFFLINE.sql("base:heads", "postgresql");
        assertEquals(Direction.UPGRADE, script.direction());
        assertEquals(List.of("l1", "l2s", "l3s", "l2n", "l3n", "l4i"), ids(script.revisions()));
        String text = script.text();
        assertTrue(text.startsWith("-- Retort offline script for postgresql: upgrade from base to heads, 6"
                + " revision(s).\n"), text);
        assertTrue(text.contains("\n-- 1 of 6: upgrade revision l1 (" + V1Account.class.getName()
                + "): create account\n-- checksum " + OFFLINE.show("l1").checksum() + "\nBEGIN;\nCREATE TABLE IF NOT"
                + " EXISTS \"retort_version\""), text);
        assertEquals(6, count(text, "\nBEGIN;\n"));
        assertEquals(6, count(text, "\nCOMMIT;\n"));
        assertTrue(text.contains("\nCREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_host_owner\" ON \"host\" (\"owner\");\n"
                + "BEGIN;\nUPDATE \"retort_version\" SET \"revision\" = 'l4i' WHERE \"revision\" = 'l3n';\n"), text);

        SqlScript down = OFFLINE.sql("heads:base", "sqlite");
        assertEquals(Direction.DOWNGRADE, down.direction());
        assertEquals(List.of("l4i", "l3n", "l2n", "l3s", "l2s", "l1"), ids(down.revisions()));
        assertTrue(down.text().contains("\nDROP INDEX IF EXISTS \"ix_host_owner\";\n"), down.text());

        assertEquals(List.of(), ids(OFFLINE.sql("heads:heads", "sqlite").revisions()));
        RetortException dialect = assertThrows(RetortException.class, () -> OFFLINE.sql("base:head", "oracle"));
        assertEquals("unknown dialect 'oracle'; use postgresql or sqlite", dialect.getMessage());
        RetortException current = assertThrows(RetortException.class, () -> OFFLINE.sql("current:heads", "sqlite"));
        assertTrue(current.getMessage().startsWith("an offline script cannot start or end at 'current'"));
        assertEquals(3, Retort.offline().withRevisions(LINEAR).sql("base:head", "sqlite").revisions().size());
    }

    private static void assertSameDatabase(TestDatabase online, TestDatabase offline) throws Exception {
        assertEquals(schema(online), schema(offline));
        assertEquals(versionRows(online), versionRows(offline));
        assertEquals(column(online, HISTORY), column(offline, HISTORY));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
