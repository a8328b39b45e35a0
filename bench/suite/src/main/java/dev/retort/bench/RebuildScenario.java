package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 4: SQLite's table rebuild of a table of 1,000,000 rows, for a change of a column's type ({@code qty}
 * integer to bigint), by Retort (a revision with {@code op.alterColumn}) and by the same 12 steps of SQLite's
 * documentation written by hand in SQL, run through JDBC. Both start from copies of one database file and run with
 * foreign keys on, so the steps that switch them off and check them count. Rows go from table to table inside SQLite
 * ({@code INSERT ... SELECT}); the heap numbers show that they never pass through the JVM: Retort's peak heap at
 * 1,000,000 rows is compared with its peak heap at 10,000 rows, and one more run rebuilds the 1,000,000 rows with a
 * 32 MB heap. Both also rebuild a table of 10,000 rows, which shows the fixed cost of each, apart from the rows.
 */
final class RebuildScenario {

    static final int ROWS = 1_000_000;
    static final int SMALL_ROWS = 10_000;
    static final String SMALL_HEAP = "-Xmx32m";

    /** What the scenario measured. */
    static final class Results {
        final Measured retort = new Measured();
        final Measured handWritten = new Measured();
        final Measured retortSmall = new Measured();
        final Measured handWrittenSmall = new Measured();
        Child.Result retortSmallHeap;
        /** The hand-written script, for the page. */
        String script = "";
    }

    private final Child child;
    private final Javac javac;
    private final Classpaths classpaths;
    private final Path root;

    RebuildScenario(Child child, Javac javac, Classpaths classpaths, Path root) {
        this.child = child;
        this.javac = javac;
        this.classpaths = classpaths;
        this.root = root;
    }

    Results run(int runs) {
        Javac.deleteTree(root);
        Path classes = compileRevisions();
        String retortClasspath = Classpaths.join(List.of(classpaths.app("app-retort"), classes.toString()));
        Path script = writeScript();
        Path template = template(retortClasspath, "template", ROWS);
        Path smallTemplate = template(retortClasspath, "template-small", SMALL_ROWS);
        Results results = new Results();
        try {
            results.script = Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path retortDb = root.resolve("retort.db");
        Path handDb = root.resolve("hand.db");
        for (int round = 0; round <= runs; round++) {
            boolean retortFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == retortFirst) {
                    copy(template, retortDb);
                    Child.Result result = retort(retortClasspath, retortDb, List.of(), "rebuild-retort");
                    if (round > 0) {
                        results.retort.add(result);
                    }
                } else {
                    copy(template, handDb);
                    Child.Result result = hand(script, handDb, "rebuild-hand");
                    if (round > 0) {
                        results.handWritten.add(result);
                    }
                }
            }
            if (round == 0) {
                requireSameTable(retortDb, handDb);
            }
            Path smallDb = root.resolve("small.db");
            copy(smallTemplate, smallDb);
            Child.Result small = retort(retortClasspath, smallDb, List.of(), "rebuild-retort-small");
            copy(smallTemplate, smallDb);
            Child.Result handSmall = hand(script, smallDb, "rebuild-hand-small");
            if (round > 0) {
                results.retortSmall.add(small);
                results.handWrittenSmall.add(handSmall);
            }
            Progress.say("SQLite rebuild of " + ROWS + " rows: round " + round + " of " + runs + " done");
        }
        copy(template, retortDb);
        results.retortSmallHeap = retort(retortClasspath, retortDb, List.of(SMALL_HEAP), "rebuild-retort-xmx32m");
        requireRows(retortDb, ROWS);
        return results;
    }

    private Child.Result retort(String classpath, Path database, List<String> jvmOptions, String name) {
        Child.Result result = child.run(name, jvmOptions, classpath, "dev.retort.bench.app.retort.RetortMain",
                List.of("upgrade", url(database), "", "", "head"));
        if (result.count() != 1) {
            throw new IllegalStateException(name + ": Retort applied " + result.count() + " revisions, not 1");
        }
        return result;
    }

    private Child.Result hand(Path script, Path database, String name) {
        return child.run(name, List.of(), classpaths.app("app-jdbc"), "dev.retort.bench.app.jdbc.JdbcMain",
                List.of("script", url(database), "", "", script.toString()));
    }

    /** Foreign keys on, as an application that uses them has them. */
    private static String url(Path database) {
        return "jdbc:sqlite:" + database + "?foreign_keys=true";
    }

    private Path compileRevisions() {
        Path sources = root.resolve("revisions/src");
        Path classes = root.resolve("revisions/classes");
        try {
            Files.createDirectories(sources.resolve("bench/rebuild"));
            Files.createDirectories(classes);
            Files.writeString(sources.resolve("bench/rebuild/V1_CreateItems.java"), """
                    package bench.rebuild;

                    import static dev.retort.schema.ColumnType.BIGINT;
                    import static dev.retort.schema.ColumnType.INTEGER;
                    import static dev.retort.schema.ColumnType.NUMERIC;
                    import static dev.retort.schema.ColumnType.VARCHAR;

                    import dev.retort.Migration;
                    import dev.retort.Operations;
                    import dev.retort.annotations.Revision;

                    @Revision(id = "rb1", message = "create items")
                    public final class V1_CreateItems implements Migration {
                        @Override
                        public void upgrade(Operations op) {
                            op.createTable("items", t -> t
                                    .column("id", BIGINT, c -> c.primaryKey())
                                    .column("sku", VARCHAR(40), c -> c.notNull())
                                    .column("qty", INTEGER, c -> c.notNull())
                                    .column("price", NUMERIC(10, 2))
                                    .column("note", VARCHAR(200)));
                            op.createIndex("ix_items_sku", "items", "sku");
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.dropIndex("ix_items_sku", "items");
                            op.dropTable("items");
                        }
                    }
                    """);
            Files.writeString(sources.resolve("bench/rebuild/V2_WidenQty.java"), """
                    package bench.rebuild;

                    import static dev.retort.schema.ColumnType.BIGINT;
                    import static dev.retort.schema.ColumnType.INTEGER;

                    import dev.retort.Migration;
                    import dev.retort.Operations;
                    import dev.retort.annotations.Revision;

                    @Revision(id = "rb2", parents = "rb1", message = "widen items.qty")
                    public final class V2_WidenQty implements Migration {
                        @Override
                        public void upgrade(Operations op) {
                            op.alterColumn("items", "qty", c -> c.type(BIGINT));
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.alterColumn("items", "qty", c -> c.type(INTEGER));
                        }
                    }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        javac.compile("revisions-rebuild", List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString(),
                "-cp", classpaths.app("app-retort"), "-processorpath",
                classpaths.dependencies("path-retort-processor")), sources);
        Migrations.requireIndex(classes, 2);
        return classes;
    }

    /** SQLite's 12 steps (https://www.sqlite.org/lang_altertable.html#otheralter), by hand. */
    private Path writeScript() {
        Path script = root.resolve("rebuild-by-hand.sql");
        try {
            Files.writeString(script, """
                    -- SQLite's 12 steps for a change ALTER TABLE cannot make, written by hand: items.qty integer -> bigint.
                    -- 1. Foreign keys off (outside a transaction, where the pragma works).
                    PRAGMA foreign_keys = OFF;
                    -- 2. A transaction.
                    BEGIN;
                    -- 3. The table's indexes, triggers and views, read from sqlite_schema when this script was written:
                    --    one index, ix_items_sku.
                    -- 4. The new table in the new shape.
                    CREATE TABLE new_items (id bigint NOT NULL, sku varchar(40) NOT NULL, qty bigint NOT NULL,
                        price numeric(10,2), note varchar(200), PRIMARY KEY (id));
                    -- 5. The rows, inside SQLite.
                    INSERT INTO new_items (id, sku, qty, price, note) SELECT id, sku, qty, price, note FROM items;
                    -- 6. The old table goes.
                    DROP TABLE items;
                    -- 7. The new one takes its name.
                    ALTER TABLE new_items RENAME TO items;
                    -- 8. Indexes, triggers and views again.
                    CREATE INDEX ix_items_sku ON items (sku);
                    -- 9. No view refers to items.
                    -- 10. No reference may be broken (the runner fails when this returns rows).
                    PRAGMA foreign_key_check;
                    -- 11. Commit.
                    COMMIT;
                    -- 12. Foreign keys on again.
                    PRAGMA foreign_keys = ON;
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    /** A database at revision rb1 with {@code rows} rows, made by Retort and filled inside SQLite. */
    private Path template(String retortClasspath, String name, int rows) {
        Path file = root.resolve(name + ".db");
        child.run(name + "-create", List.of(), retortClasspath, "dev.retort.bench.app.retort.RetortMain",
                List.of("upgrade", url(file), "", "", "rb1"));
        try (Connection connection = new Engine.Target(url(file), "", "").connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO items (id, sku, qty, price, note)"
                    + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ")"
                    + " SELECT i, 'SKU-' || i, i % 1000, (i % 100000) / 100.0, 'note for item ' || i FROM n");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fill " + file + ": " + e.getMessage(), e);
        }
        requireRows(file, rows);
        return file;
    }

    private static void copy(Path from, Path to) {
        try {
            for (String suffix : List.of("-journal", ".retort-lock")) {
                Files.deleteIfExists(Path.of(to + suffix));
            }
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireRows(Path database, int rows) {
        try (Connection connection = new Engine.Target(url(database), "", "").connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*), sum(qty) FROM items")) {
            row.next();
            long expectedSum = 0;
            for (long i = 1; i <= rows; i++) {
                expectedSum += i % 1000;
            }
            if (row.getLong(1) != rows || row.getLong(2) != expectedSum) {
                throw new IllegalStateException(database + " holds " + row.getLong(1) + " rows (sum of qty "
                        + row.getLong(2) + "), not " + rows + " (" + expectedSum + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireSameTable(Path retort, Path hand) {
        requireRows(retort, ROWS);
        requireRows(hand, ROWS);
        List<List<String>> descriptions = new ArrayList<>();
        for (Path database : List.of(retort, hand)) {
            descriptions.add(SchemaDescription.of(new Engine.Target(url(database), "", "")));
        }
        if (descriptions.get(0).stream().noneMatch(line -> line.contains(" qty bigint"))) {
            throw new IllegalStateException("the rebuilt items table has no qty bigint: " + descriptions.get(0));
        }
        SchemaDescription.requireEqual("the SQLite rebuild", List.of("Retort", "the hand-written SQL"),
                descriptions);
    }
}
