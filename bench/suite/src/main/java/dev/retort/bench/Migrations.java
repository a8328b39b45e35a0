package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The 200 migrations of scenarios 1 and 2, each: create a table, create an index on it, add a column to it. Written
 * once for every tool:
 *
 * <ul>
 *   <li>Retort: revision classes ({@code @Revision}, {@code implements Migration}), compiled by javac with Retort's
 *       processor on the processor path, which writes the {@code META-INF/retort/revisions} index, as in a user's
 *       build;
 *   <li>Flyway and raw JDBC: {@code V001__create_t001.sql} ... one file per migration;
 *   <li>Liquibase: one formatted-SQL changelog with a changeset per migration, the same statements.
 * </ul>
 *
 * <p>The SQL is the same on SQLite and PostgreSQL. That the four tools leave the same schema is checked on the
 * databases themselves ({@link SchemaDescription}).
 */
final class Migrations {

    static final int COUNT = 200;

    /** Where each tool's form of the migrations is. */
    record Layout(Path retortClasses, Path sqlDirectory, Path liquibaseDirectory, String liquibaseChangelog) {}

    private Migrations() {}

    static Layout write(Path root, Javac javac, String retortClasspath, String processorPath) {
        Javac.deleteTree(root);
        Path sources = root.resolve("retort/src");
        Path classes = root.resolve("retort/classes");
        Path sql = root.resolve("sql");
        Path liquibase = root.resolve("liquibase");
        try {
            Files.createDirectories(sources.resolve("bench/migrations"));
            Files.createDirectories(classes);
            Files.createDirectories(sql);
            Files.createDirectories(liquibase);
            StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
            for (int i = 1; i <= COUNT; i++) {
                String table = table(i);
                Files.writeString(sources.resolve("bench/migrations/" + className(i) + ".java"), revision(i));
                Files.writeString(sql.resolve(String.format(Locale.ROOT, "V%03d__create_%s.sql", i, table)),
                        "-- migration " + i + ": create " + table + ", index it, add a column\n" + String.join("\n",
                                statements(i)) + "\n");
                changelog.append("\n--changeset bench:").append(i).append('\n')
                        .append(String.join("\n", statements(i))).append('\n');
            }
            Files.writeString(liquibase.resolve("changelog.sql"), changelog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        javac.compile("revisions-200", List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString(),
                "-cp", retortClasspath, "-processorpath", processorPath), sources);
        requireIndex(classes, COUNT);
        return new Layout(classes, sql, liquibase, "changelog.sql");
    }

    /** Checks that the processor wrote the index, listing {@code count} revisions. */
    static void requireIndex(Path classes, int count) {
        Path index = classes.resolve("META-INF/retort/revisions");
        try {
            long listed = Files.readAllLines(index).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .count();
            if (listed != count) {
                throw new IllegalStateException(index + " lists " + listed + " revisions, not " + count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the processor wrote no index " + index, e);
        }
    }

    static String table(int i) {
        return String.format(Locale.ROOT, "t%03d", i);
    }

    private static String className(int i) {
        return String.format(Locale.ROOT, "V%03d_CreateT%03d", i, i);
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "b%03d", i);
    }

    /** The statements of migration {@code i}, as the peers and the floor run them. */
    static List<String> statements(int i) {
        String t = table(i);
        return List.of(
                "CREATE TABLE " + t + " (id bigint NOT NULL, name varchar(100) NOT NULL, amount numeric(10,2),"
                        + " created_at timestamp, PRIMARY KEY (id));",
                "CREATE INDEX ix_" + t + "_name ON " + t + " (name);",
                "ALTER TABLE " + t + " ADD COLUMN note varchar(200);");
    }

    /** Migration {@code i} as a Retort revision, written as the processor writes them. */
    private static String revision(int i) {
        String t = table(i);
        String parents = i == 1 ? "" : ", parents = \"" + id(i - 1) + "\"";
        return """
                package bench.migrations;

                import static dev.retort.schema.ColumnType.BIGINT;
                import static dev.retort.schema.ColumnType.NUMERIC;
                import static dev.retort.schema.ColumnType.TIMESTAMP;
                import static dev.retort.schema.ColumnType.VARCHAR;

                import dev.retort.Migration;
                import dev.retort.Operations;
                import dev.retort.annotations.Revision;

                @Revision(id = "%1$s"%2$s, message = "create %3$s, index it, add a column")
                public final class %4$s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("%3$s", t -> t
                                .column("id", BIGINT, c -> c.primaryKey())
                                .column("name", VARCHAR(100), c -> c.notNull())
                                .column("amount", NUMERIC(10, 2))
                                .column("created_at", TIMESTAMP));
                        op.createIndex("ix_%3$s_name", "%3$s", "name");
                        op.addColumn("%3$s", "note", VARCHAR(200));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropColumn("%3$s", "note");
                        op.dropIndex("ix_%3$s_name", "%3$s");
                        op.dropTable("%3$s");
                    }
                }
                """.formatted(id(i), parents, t, className(i));
    }
}
