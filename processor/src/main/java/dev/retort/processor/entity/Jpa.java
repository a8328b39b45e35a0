package dev.retort.processor.entity;

import java.util.Set;

/**
 * The qualified names of the annotations Retort reads: JPA's, Bean Validation's, Retort's own and a few of
 * Hibernate's. The processor reads them as annotation mirrors, so it does not need those APIs at run time and can
 * point errors at the annotation.
 */
final class Jpa {

    static final String PACKAGE_PREFIX = "jakarta.persistence.";

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String TABLE = "jakarta.persistence.Table";
    static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    static final String ACCESS = "jakarta.persistence.Access";
    static final String INHERITANCE = "jakarta.persistence.Inheritance";
    static final String DISCRIMINATOR_COLUMN = "jakarta.persistence.DiscriminatorColumn";
    static final String DISCRIMINATOR_VALUE = "jakarta.persistence.DiscriminatorValue";
    static final String PRIMARY_KEY_JOIN_COLUMN = "jakarta.persistence.PrimaryKeyJoinColumn";
    static final String PRIMARY_KEY_JOIN_COLUMNS = "jakarta.persistence.PrimaryKeyJoinColumns";
    static final String ID_CLASS = "jakarta.persistence.IdClass";
    static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";
    static final String CACHEABLE = "jakarta.persistence.Cacheable";
    static final String ENTITY_LISTENERS = "jakarta.persistence.EntityListeners";
    static final String EXCLUDE_DEFAULT_LISTENERS = "jakarta.persistence.ExcludeDefaultListeners";
    static final String EXCLUDE_SUPERCLASS_LISTENERS = "jakarta.persistence.ExcludeSuperclassListeners";
    static final String NAMED_QUERY = "jakarta.persistence.NamedQuery";
    static final String NAMED_QUERIES = "jakarta.persistence.NamedQueries";
    static final String NAMED_NATIVE_QUERY = "jakarta.persistence.NamedNativeQuery";
    static final String NAMED_NATIVE_QUERIES = "jakarta.persistence.NamedNativeQueries";
    static final String NAMED_ENTITY_GRAPH = "jakarta.persistence.NamedEntityGraph";
    static final String NAMED_ENTITY_GRAPHS = "jakarta.persistence.NamedEntityGraphs";
    static final String SQL_RESULT_SET_MAPPING = "jakarta.persistence.SqlResultSetMapping";
    static final String SQL_RESULT_SET_MAPPINGS = "jakarta.persistence.SqlResultSetMappings";
    static final String CONVERTER = "jakarta.persistence.Converter";

    static final String ID = "jakarta.persistence.Id";
    static final String EMBEDDED_ID = "jakarta.persistence.EmbeddedId";
    static final String EMBEDDED = "jakarta.persistence.Embedded";
    static final String GENERATED_VALUE = "jakarta.persistence.GeneratedValue";
    static final String SEQUENCE_GENERATOR = "jakarta.persistence.SequenceGenerator";
    static final String TABLE_GENERATOR = "jakarta.persistence.TableGenerator";
    static final String COLUMN = "jakarta.persistence.Column";
    static final String BASIC = "jakarta.persistence.Basic";
    static final String TRANSIENT = "jakarta.persistence.Transient";
    static final String LOB = "jakarta.persistence.Lob";
    static final String TEMPORAL = "jakarta.persistence.Temporal";
    static final String VERSION = "jakarta.persistence.Version";
    static final String CONVERT = "jakarta.persistence.Convert";
    static final String ENUMERATED = "jakarta.persistence.Enumerated";
    static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
    static final String ONE_TO_ONE = "jakarta.persistence.OneToOne";
    static final String ONE_TO_MANY = "jakarta.persistence.OneToMany";
    static final String MANY_TO_MANY = "jakarta.persistence.ManyToMany";
    static final String ELEMENT_COLLECTION = "jakarta.persistence.ElementCollection";
    static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
    static final String JOIN_COLUMNS = "jakarta.persistence.JoinColumns";
    static final String JOIN_TABLE = "jakarta.persistence.JoinTable";
    static final String COLLECTION_TABLE = "jakarta.persistence.CollectionTable";
    static final String ORDER_COLUMN = "jakarta.persistence.OrderColumn";
    static final String ORDER_BY = "jakarta.persistence.OrderBy";
    static final String MAP_KEY_COLUMN = "jakarta.persistence.MapKeyColumn";
    static final String MAP_KEY_ENUMERATED = "jakarta.persistence.MapKeyEnumerated";
    static final String MAPS_ID = "jakarta.persistence.MapsId";

    /** What may stand on an entity, a mapped superclass or an embeddable; the rest of JPA's is refused there. */
    static final Set<String> ON_TYPE = Set.of(ENTITY, TABLE, MAPPED_SUPERCLASS, EMBEDDABLE, ACCESS, INHERITANCE,
            DISCRIMINATOR_COLUMN, DISCRIMINATOR_VALUE, PRIMARY_KEY_JOIN_COLUMN, PRIMARY_KEY_JOIN_COLUMNS, ID_CLASS,
            ATTRIBUTE_OVERRIDE, ATTRIBUTE_OVERRIDES, SEQUENCE_GENERATOR, TABLE_GENERATOR, CACHEABLE,
            ENTITY_LISTENERS, EXCLUDE_DEFAULT_LISTENERS, EXCLUDE_SUPERCLASS_LISTENERS, NAMED_QUERY, NAMED_QUERIES,
            NAMED_NATIVE_QUERY, NAMED_NATIVE_QUERIES, NAMED_ENTITY_GRAPH, NAMED_ENTITY_GRAPHS, SQL_RESULT_SET_MAPPING,
            SQL_RESULT_SET_MAPPINGS);

    /** What may stand on a persistent field or getter; the rest of JPA's is refused there. */
    static final Set<String> ON_MEMBER = Set.of(ID, EMBEDDED_ID, EMBEDDED, GENERATED_VALUE, SEQUENCE_GENERATOR,
            TABLE_GENERATOR, COLUMN, BASIC, TRANSIENT, LOB, TEMPORAL, VERSION, CONVERT, ENUMERATED, MANY_TO_ONE,
            ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY, ELEMENT_COLLECTION, JOIN_COLUMN, JOIN_COLUMNS, JOIN_TABLE,
            COLLECTION_TABLE, ORDER_COLUMN, ORDER_BY, MAP_KEY_COLUMN, MAP_KEY_ENUMERATED, ATTRIBUTE_OVERRIDE,
            ATTRIBUTE_OVERRIDES, ACCESS, MAPS_ID);

    /** Bean Validation's, which Hibernate turns into DDL when a validator is on the class path. */
    static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
    static final String NOT_BLANK = "jakarta.validation.constraints.NotBlank";
    static final String NOT_EMPTY = "jakarta.validation.constraints.NotEmpty";
    static final String SIZE = "jakarta.validation.constraints.Size";
    static final String MIN = "jakarta.validation.constraints.Min";
    static final String MAX = "jakarta.validation.constraints.Max";
    static final String DIGITS = "jakarta.validation.constraints.Digits";
    /** Hibernate Validator's {@code @Length(max)}, which Hibernate applies as {@code @Size}. */
    static final String LENGTH = "org.hibernate.validator.constraints.Length";

    /** Retort's own: a portable server default, and the previous name of a table or column. */
    static final String DEFAULT = "dev.retort.annotations.Default";
    static final String RENAMED_FROM = "dev.retort.annotations.RenamedFrom";

    /** Hibernate's, read by name so that the processor does not need Hibernate. */
    static final String ON_DELETE = "org.hibernate.annotations.OnDelete";
    static final String UUID_GENERATOR = "org.hibernate.annotations.UuidGenerator";
    /** A computed attribute: a SQL expression, not a column. */
    static final String FORMULA = "org.hibernate.annotations.Formula";

    /**
     * Hibernate's annotations that change the schema in ways Retort does not model yet: refused rather than ignored,
     * so that no schema is silently wrong. Hibernate's others (fetching, caching, timestamps, ...) make no DDL.
     */
    static final Set<String> HIBERNATE_SCHEMA_CHANGING = Set.of("org.hibernate.annotations.JdbcTypeCode",
            "org.hibernate.annotations.JdbcType", "org.hibernate.annotations.Type",
            "org.hibernate.annotations.ColumnDefault", "org.hibernate.annotations.Check",
            "org.hibernate.annotations.NaturalId", "org.hibernate.annotations.JoinFormula",
            "org.hibernate.annotations.Any", "org.hibernate.annotations.ManyToAny",
            "org.hibernate.annotations.TimeZoneStorage", "org.hibernate.annotations.CollectionId",
            "org.hibernate.annotations.Array", "org.hibernate.annotations.SecondaryRow",
            "org.hibernate.annotations.Table", "org.hibernate.annotations.DiscriminatorFormula");

    private Jpa() {}
}
