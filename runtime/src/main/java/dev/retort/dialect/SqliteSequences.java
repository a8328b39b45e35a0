package dev.retort.dialect;

import dev.retort.schema.Sequence;
import java.util.List;

/**
 * SQLite has no sequences; Hibernate 7's SQLite dialect emulates one as a table of one row holding the next value
 * ({@code create table Category_SEQ (next_val bigint); insert into Category_SEQ values (1)}), which its generator reads
 * and moves on by the allocation size. Retort creates the same table, so that Hibernate finds what it validates and
 * uses.
 *
 * <p>The table carries a mark in its column list, {@value #MARK}, which SQLite keeps in the {@code CREATE TABLE} text
 * of {@code sqlite_schema} (it stores the statement as written from the table's name on; a rename rewrites the name
 * only): that is how the schema reader tells a sequence from a table, without guessing from the table's shape. A table
 * of that shape made by anyone else (Hibernate's own DDL) is a table.
 *
 * <p>SQLite keeps only the name of such a sequence: the row holds the next value, not the start, and the increment
 * lives in the application (Hibernate's optimizer hands out the values between two reads of the row). So the drift
 * check compares sequences by name, and a changed start or increment changes nothing in the database.
 */
final class SqliteSequences {

    /** What marks a table as a sequence; SQLite keeps it in the table's CREATE TABLE text. */
    static final String MARK = "/* retort:sequence */";

    /** The column of the next value, Hibernate's name. */
    static final String COLUMN = "next_val";

    private SqliteSequences() {}

    /** The table and its row: the first value the sequence gives is its start. */
    static List<String> create(SqlDialect dialect, Sequence sequence) {
        String table = dialect.quote(sequence.name());
        String column = dialect.quote(COLUMN);
        return List.of("CREATE TABLE " + table + " (" + column + " bigint " + MARK + ")",
                "INSERT INTO " + table + " (" + column + ") VALUES (" + sequence.start() + ")");
    }

    /** Whether a table whose CREATE TABLE text is {@code sql} is a sequence Retort made. */
    static boolean isSequence(String sql) {
        return sql != null && sql.contains(MARK);
    }

    /** The sequence as SQLite keeps it: its name (start and increment are not kept, see above). */
    static Sequence normalized(Sequence sequence) {
        return kept(sequence.name());
    }

    /** The sequence of a marked table named {@code name}. */
    static Sequence kept(String name) {
        return new Sequence(name, 1, 1);
    }
}
