package dev.retort.processor.spi;

/**
 * How Retort names what a mapping leaves to it: the counterpart of Hibernate's {@code PhysicalNamingStrategy} (logical
 * names in, the names of tables, columns, sequences and schemas out) and, for a join table nobody named, of its
 * implicit naming.
 *
 * <p>Retort brings {@code jpa} (names as written, Hibernate's default) and {@code snake_case} (Spring Boot's). For
 * another, implement this interface in a jar of your own with a public constructor without parameters, put the jar in
 * {@code annotationProcessorPaths} next to {@code retort-processor}, and pass its class name:
 * {@code -Aretort.naming=com.example.ShopNaming}. It must name things as the strategy your application gives Hibernate
 * does, or the schema Retort creates will not be the schema Hibernate expects.
 *
 * <p>Names the user quotes ({@code "\"Order\""}) never reach the strategy: they keep their case.
 */
public interface NamingStrategy {

    /** The physical name of a table, from {@code @Table(name)}, the entity name, or an implicit join table name. */
    String tableName(String logicalName);

    /** The physical name of a column, from {@code @Column(name)}, the attribute name, or an implicit name. */
    String columnName(String logicalName);

    /** The physical name of a sequence. By default, as a table's. */
    default String sequenceName(String logicalName) {
        return tableName(logicalName);
    }

    /** The physical name of a schema, from {@code @Table(schema)}. By default, as written. */
    default String schemaName(String logicalName) {
        return logicalName;
    }

    /**
     * The logical name of the join table of an association that names none: JPA's default is
     * {@code <owner table>_<target table>}; Spring Boot's implicit naming uses {@code <owner table>_<attribute>}.
     *
     * @param ownerTable the physical name of the owning entity's table
     * @param targetTable the physical name of the target entity's table
     * @param attribute the name of the owning attribute
     */
    default String joinTableName(String ownerTable, String targetTable, String attribute) {
        return ownerTable + "_" + targetTable;
    }
}
