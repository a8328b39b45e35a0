package dev.retort;

import dev.retort.operation.Operation;

/**
 * One way the live database differs from the schema its applied revisions produce: the operation that would turn the
 * revisions' schema into the live one. {@code add column fees.note} means the database has a column {@code note} the
 * revisions never created; {@code drop table coupons} means a table the revisions created is missing.
 *
 * @param description the operation in words
 * @param operation the operation; null when the difference has no operation (a changed primary key), in which case
 *     {@code description} explains it
 */
public record SchemaDifference(String description, Operation operation) {}
