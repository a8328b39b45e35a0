package dev.retort.processor.entity;

import java.util.Set;

/**
 * The qualified names of the annotations Retort reads: JPA's, Retort's own and Hibernate's {@code @OnDelete}. The
 * processor reads them as annotation mirrors, so it does not need those APIs at run time and can point errors at the
 * annotation.
 */
final class Jpa {

    static final String PACKAGE_PREFIX = "jakarta.persistence.";

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String TABLE = "jakarta.persistence.Table";
    static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    static final String ID = "jakarta.persistence.Id";
    static final String GENERATED_VALUE = "jakarta.persistence.GeneratedValue";
    static final String COLUMN = "jakarta.persistence.Column";
    static final String TRANSIENT = "jakarta.persistence.Transient";
    static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
    static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
    static final String ENUMERATED = "jakarta.persistence.Enumerated";
    static final String SEQUENCE_GENERATOR = "jakarta.persistence.SequenceGenerator";

    static final Set<String> ON_ENTITY = Set.of(ENTITY, TABLE, SEQUENCE_GENERATOR);
    static final Set<String> ON_FIELD = Set.of(ID, GENERATED_VALUE, COLUMN, TRANSIENT, MANY_TO_ONE, JOIN_COLUMN, ENUMERATED,
            SEQUENCE_GENERATOR);

    /** Retort's own: a portable server default, and the previous name of a table or column. */
    static final String DEFAULT = "dev.retort.annotations.Default";
    static final String RENAMED_FROM = "dev.retort.annotations.RenamedFrom";

    /** Hibernate's {@code @OnDelete}, read by name so that the processor does not need Hibernate. */
    static final String ON_DELETE = "org.hibernate.annotations.OnDelete";

    private Jpa() {}
}
