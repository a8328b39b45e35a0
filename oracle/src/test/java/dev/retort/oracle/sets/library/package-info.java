/**
 * A lending library: the mappings today's processor already reads (identity ids, {@code @Column}, {@code @ManyToOne},
 * enums, indexes and unique constraints). The harness's first green set.
 */
package dev.retort.oracle.sets.library;
