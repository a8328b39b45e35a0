package dev.retort.oracle.sets.blog;

/** Stored by ordinal. */
public enum Visibility {
    PUBLIC,
    UNLISTED,
    MEMBERS_ONLY
}
