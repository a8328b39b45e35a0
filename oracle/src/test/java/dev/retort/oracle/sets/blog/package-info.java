/**
 * A blog: self-referencing comments, tags many-to-many with a {@code @JoinTable} and categories without one (JPA's
 * default join table and column names), enums stored as STRING and as ORDINAL, and optimistic locking with
 * {@code @Version}.
 */
package dev.retort.oracle.sets.blog;
