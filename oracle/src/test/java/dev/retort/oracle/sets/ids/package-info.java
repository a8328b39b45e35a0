/**
 * Every way to get an id: IDENTITY, SEQUENCE with and without a {@code @SequenceGenerator} (on the field and on the
 * class), AUTO for a number and for a UUID, TABLE with and without a {@code @TableGenerator}, UUID, and assigned
 * natural keys.
 */
package dev.retort.oracle.sets.ids;
