package dev.retort.dialect;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Retort;
import dev.retort.RevisionFailedException;
import dev.retort.annotations.Revision;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table rebuild on a live SQLite database with foreign keys on: a table with indexes (the model's and one made by
 * hand), triggers, a view, and foreign keys to and from it, holding rows, keeps all of them.
 */
class SqliteRebuildTest {

    @Revision(id = "r1", message = "library")
    public static final class CreateLibrary implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("author", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("name", VARCHAR(100), c -> c.notNull()));
            op.createTable("book", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("author_id", BIGINT, c -> c.notNull().references("author", "id"))
                    .column("title", VARCHAR(100))
                    .column("pages", INTEGER));
            op.createIndex("ix_book_title", "book", "title");
            op.createTable("review", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("book_id", BIGINT, c -> c.notNull().references("book", "id"))
                    .column("stars", INTEGER));
            op.createTable("audit", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("what", VARCHAR(200)));
            op.execute("CREATE INDEX ix_book_pages ON book (pages)");
            op.execute("CREATE TRIGGER book_added AFTER INSERT ON book"
                    + " BEGIN INSERT INTO audit (what) VALUES ('book ' || NEW.title); END");
            op.execute("CREATE TRIGGER review_added AFTER INSERT ON review"
                    + " BEGIN INSERT INTO audit (what) VALUES ('review of ' ||"
                    + " (SELECT title FROM book WHERE id = NEW.book_id)); END");
            op.execute("CREATE VIEW book_titles AS SELECT b.title, a.name FROM book b JOIN author a"
                    + " ON a.id = b.author_id");
            op.execute("INSERT INTO author (id, name) VALUES (1, 'Le Guin'), (2, 'Lem')");
            op.execute("INSERT INTO book (id, author_id, title, pages) VALUES (10, 1, 'Earthsea', 200),"
                    + " (11, 2, 'Solaris', 204), (12, 2, NULL, 90)");
            op.execute("INSERT INTO review (book_id, stars) VALUES (10, 5), (11, 4)");
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DROP VIEW book_titles");
            op.dropTable("audit");
            op.dropTable("review");
            op.dropTable("book");
            op.dropTable("author");
        }
    }

    @Revision(id = "r2", parents = "r1", message = "rebuild book")
    public static final class RebuildBook implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterColumn("book", "title", c -> c.type(VARCHAR(300)));
            op.alterColumn("book", "pages", c -> c.type(BIGINT));
            op.addUniqueConstraint("uk_book_author_id_title", "book", "author_id", "title");
            op.dropForeignKey("fk_book_author_id", "book");
            op.addForeignKey("fk_book_author", "book", List.of("author_id"), "author", List.of("id"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropForeignKey("fk_book_author", "book");
            op.addForeignKey("fk_book_author_id", "book", List.of("author_id"), "author", List.of("id"));
            op.dropUniqueConstraint("uk_book_author_id_title", "book");
            op.alterColumn("book", "pages", c -> c.type(INTEGER));
            op.alterColumn("book", "title", c -> c.type(VARCHAR(100)));
        }
    }

    @Revision(id = "r3", parents = "r2", message = "a reference the rows break")
    public static final class BrokenReference implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addForeignKey("fk_review_stars", "review", List.of("stars"), "book", List.of("id"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropForeignKey("fk_review_stars", "review");
        }
    }

    @Revision(id = "t2", parents = "r1", message = "a trigger made by hand")
    public static final class AddTrigger implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("CREATE TRIGGER book_removed AFTER DELETE ON book"
                    + " BEGIN INSERT INTO audit (what) VALUES ('gone ' || OLD.title); END");
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DROP TRIGGER book_removed");
        }
    }

    @Revision(id = "n2", parents = "r1", message = "a column renamed, which makes SQLite rewrite the trigger")
    public static final class RenameTitle implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.renameColumn("book", "title", "heading");
        }

        @Override
        public void downgrade(Operations op) {
            op.renameColumn("book", "heading", "title");
        }
    }

    @Revision(id = "n3", parents = "n2", message = "rebuild book after the rename")
    public static final class RebuildAfterRename implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterColumn("book", "heading", c -> c.type(VARCHAR(300)));
        }

        @Override
        public void downgrade(Operations op) {
            op.alterColumn("book", "heading", c -> c.type(VARCHAR(100)));
        }
    }

    @Revision(id = "t3", parents = "t2", message = "rebuild book after the trigger")
    public static final class RebuildAfterTrigger implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterColumn("book", "title", c -> c.type(VARCHAR(300)));
        }

        @Override
        public void downgrade(Operations op) {
            op.alterColumn("book", "title", c -> c.type(VARCHAR(100)));
        }
    }

    @Test
    void keepsRowsIndexesTriggersViewsAndForeignKeys() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            String url = database.url() + "?foreign_keys=on";
            Retort retort = Retort.at(url).withRevisions(List.of(CreateLibrary.class, RebuildBook.class));
            retort.upgrade("r1");
            List<String> rowsBefore = rows(url);
            List<String> objectsBefore = objects(url);

            retort.upgrade("head");

            try (Connection connection = DriverManager.getConnection(url)) {
                assertEquals(withHandMadeIndex(model(CreateLibrary.class, RebuildBook.class)),
                        new SqliteDialect().readSchema(connection));
            }
            assertEquals(rowsBefore, rows(url));
            assertEquals(objectsBefore, objects(url));
            assertStillWorks(url);

            retort.downgrade("r1");

            try (Connection connection = DriverManager.getConnection(url)) {
                assertEquals(withHandMadeIndex(model(CreateLibrary.class)), new SqliteDialect().readSchema(connection));
            }
            assertEquals(objectsBefore, objects(url));
            assertStillWorks(url);
        }
    }

    @Test
    void rollsBackARebuildThatBreaksAReference() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            String url = database.url() + "?foreign_keys=on";
            Retort retort = Retort.at(url)
                    .withRevisions(List.of(CreateLibrary.class, RebuildBook.class, BrokenReference.class));
            retort.upgrade("r1");
            retort.upgrade("r2");
            List<String> rowsBefore = rows(url);
            Schema schemaBefore = schema(url);

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));

            assertEquals("r3", e.revisionId());
            assertEquals("PRAGMA foreign_key_check", e.statement());
            assertEquals(schemaBefore, schema(url));
            assertEquals(rowsBefore, rows(url));
            try (Connection connection = DriverManager.getConnection(url)) {
                assertTrue(query(connection, "PRAGMA foreign_key_check").isEmpty(), "the references still hold");
            }
        }
    }

    @Test
    void keepsWhatEarlierRevisionsOfTheSameRunCreatedByHand() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            String url = database.url() + "?foreign_keys=on";
            Retort retort = Retort.at(url)
                    .withRevisions(List.of(CreateLibrary.class, AddTrigger.class, RebuildAfterTrigger.class));

            retort.upgrade("head");

            assertTrue(objects(url).containsAll(List.of("index ix_book_pages", "trigger book_added",
                    "trigger book_removed", "trigger review_added", "view book_titles")), objects(url).toString());
            assertStillWorks(url);
            assertGoneIsAudited(url);
        }
    }

    @Test
    void stopsWhenAnEarlierRevisionOfTheSameRunChangedTheTriggersUnseenAndGoesOnWhenRunAgain() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            String url = database.url() + "?foreign_keys=on";
            Retort retort = Retort.at(url)
                    .withRevisions(List.of(CreateLibrary.class, RenameTitle.class, RebuildAfterRename.class));
            retort.upgrade("r1");

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));

            assertEquals("n3", e.revisionId());
            assertTrue(e.getMessage().contains("book has indexes, triggers or views that changed after this upgrade"
                    + " was planned (a revision before this one changed them); run the upgrade again"),
                    e.getMessage());
            assertEquals(List.of("n2"), retort.current().stream().map(r -> r.id()).toList());

            retort.upgrade("head");

            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO book (id, author_id, heading, pages) VALUES (99, 1, 'Tehanu', 250)");
                assertEquals(List.of("book Tehanu"), query(connection,
                        "SELECT what FROM audit WHERE what = 'book Tehanu'"));
            }
        }
    }

    private static void assertGoneIsAudited(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM review WHERE book_id = 11");
            statement.execute("DELETE FROM book WHERE id = 11");
            assertEquals(List.of("gone Solaris"), query(connection, "SELECT what FROM audit WHERE what LIKE 'gone%'"));
        }
    }

    private static void assertStillWorks(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            int audited = query(connection, "SELECT * FROM audit").size();
            statement.execute("INSERT INTO book (id, author_id, title, pages) VALUES (99, 1, 'Tehanu', 250)");
            statement.execute("INSERT INTO review (book_id, stars) VALUES (99, 3)");
            assertEquals(List.of("book Tehanu", "review of Tehanu"), query(connection,
                    "SELECT what FROM audit ORDER BY id LIMIT -1 OFFSET " + audited));
            assertEquals(List.of("Tehanu|Le Guin"),
                    query(connection, "SELECT title || '|' || name FROM book_titles WHERE title = 'Tehanu'"));
            assertThrows(SQLException.class,
                    () -> statement.execute("INSERT INTO book (author_id, title) VALUES (77, 'orphan')"));
            assertThrows(SQLException.class, () -> statement.execute("DELETE FROM book WHERE id = 10"));
            statement.execute("DELETE FROM review WHERE book_id = 99");
            statement.execute("DELETE FROM book WHERE id = 99");
            statement.execute("DELETE FROM audit WHERE id > " + audited);
            assertTrue(query(connection, "PRAGMA foreign_key_check").isEmpty());
        }
    }

    /** The model, normalized, and the index the first revision made by hand, which the rebuild kept. */
    private static Schema withHandMadeIndex(Schema model) {
        Schema normalized = new SqliteDialect().normalize(model);
        Table book = normalized.requireTable("book");
        List<Index> indexes = new ArrayList<>(book.indexes());
        indexes.add(new Index("ix_book_pages", List.of("pages"), false));
        return normalized.with(book.withIndexes(indexes));
    }

    private static Schema model(Class<?>... revisions) {
        Operations operations = new Operations(Schema.EMPTY);
        for (Class<?> type : revisions) {
            try {
                ((Migration) type.getConstructor().newInstance()).upgrade(operations);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            operations = new Operations(operations.schema());
        }
        return operations.schema();
    }

    private static Schema schema(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            return new SqliteDialect().readSchema(connection);
        }
    }

    private static List<String> rows(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> rows = new ArrayList<>();
            rows.addAll(query(connection, "SELECT id || '|' || name FROM author ORDER BY id"));
            rows.addAll(query(connection,
                    "SELECT id || '|' || author_id || '|' || coalesce(title, '-') || '|' || pages FROM book ORDER BY id"));
            rows.addAll(query(connection, "SELECT id || '|' || book_id || '|' || stars FROM review ORDER BY id"));
            rows.addAll(query(connection, "SELECT id || '|' || what FROM audit ORDER BY id"));
            return rows;
        }
    }

    /** The indexes, triggers and views, by type and name. */
    private static List<String> objects(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            return query(connection, "SELECT type || ' ' || name FROM sqlite_schema WHERE type IN"
                    + " ('index', 'trigger', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type, name");
        }
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
