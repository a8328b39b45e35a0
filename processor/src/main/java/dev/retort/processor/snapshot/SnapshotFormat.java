package dev.retort.processor.snapshot;

/** The names in a snapshot file, shared by its reader and its writer. */
final class SnapshotFormat {

    static final int VERSION = 1;

    static final String FORMAT = "format";
    static final String REVISION = "revision";
    static final String TABLES = "tables";
    static final String NAME = "name";
    static final String ENTITY = "entity";
    static final String COLUMNS = "columns";
    static final String TYPE = "type";
    static final String NULLABLE = "nullable";
    static final String IDENTITY = "identity";
    static final String PRIMARY_KEY = "primaryKey";
    static final String UNIQUE_CONSTRAINTS = "uniqueConstraints";
    static final String FOREIGN_KEYS = "foreignKeys";
    static final String REFERENCED_TABLE = "referencedTable";
    static final String REFERENCED_COLUMNS = "referencedColumns";
    static final String INDEXES = "indexes";
    static final String UNIQUE = "unique";

    private SnapshotFormat() {}
}
