package dev.retort;

/**
 * A column of an index and its order, for {@link Operations#createIndex(String, String, IndexColumn, IndexColumn...)}:
 * {@code op.createIndex("ix_posts_published_at", "posts", desc("published_at"), asc("id"))}.
 */
public record IndexColumn(String name, boolean descending) {

    /** The column in ascending order, as an index keeps it by default. */
    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }

    /** The column in descending order ({@code DESC}). */
    public static IndexColumn desc(String name) {
        return new IndexColumn(name, true);
    }
}
