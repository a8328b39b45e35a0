/**
 * Column mappings: every {@code @Column} attribute (including {@code columnDefinition}, {@code comment},
 * {@code insertable}/{@code updatable}), {@code @Lob}, {@code @Temporal} on {@code java.util.Date},
 * {@code @Version}, {@code @Basic(optional = false)}, {@code @Convert} and converters with {@code autoApply} (on an
 * attribute, an enum and a collection's elements), Bean Validation constraints that Hibernate
 * turns into DDL ({@code @NotNull}, {@code @Size(max)}, {@code @Min}/{@code @Max}, {@code @Digits}), and an entity
 * with property access.
 */
package dev.retort.oracle.sets.columns;
