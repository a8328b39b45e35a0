package dev.retort.processor.entity;

import java.util.Set;

/**
 * The qualified names of the {@code jakarta.persistence} annotations Retort reads. The processor reads them as
 * annotation mirrors, so it does not need the JPA API at run time and can point errors at the annotation.
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

    static final Set<String> ON_ENTITY = Set.of(ENTITY, TABLE);
    static final Set<String> ON_FIELD = Set.of(ID, GENERATED_VALUE, COLUMN, TRANSIENT, MANY_TO_ONE, JOIN_COLUMN, ENUMERATED);

    private Jpa() {}
}
