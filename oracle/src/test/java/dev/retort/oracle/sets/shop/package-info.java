/**
 * An online shop: orders and order lines with composite keys ({@code @EmbeddedId} with {@code @MapsId}, and
 * {@code @IdClass} over two associations), embeddable addresses used twice with {@code @AttributeOverrides}, a record
 * as an embeddable, a JOINED product hierarchy and element collections (a set, an ordered list and a map).
 */
package dev.retort.oracle.sets.shop;
