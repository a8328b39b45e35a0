/**
 * Tables and constraints: {@code @Table(schema)}, indexes with ASC/DESC and unique ones, named unique constraints,
 * table and column comments, {@code @CheckConstraint}s on the table and on a column, a one-to-one with a unique join
 * column, a one-to-many whose foreign key is on the child, a cycle of foreign keys between two tables and a composite
 * foreign key ({@code @JoinColumns}).
 */
package dev.retort.oracle.sets.tables;
