package dev.retort.processor.snapshot;

/**
 * The names in a snapshot file, shared by its reader and its writer. Fields added since format 1 was first written
 * (defaults, comments, checks, {@code onDelete}, sequences, enums, a custom type's {@code sqlType} in place of
 * {@code type}, an index's {@code descending} columns) are optional, so older files still load.
 */
final class SnapshotFormat {

    static final int VERSION = 1;

    static final String FORMAT = "format";
    static final String REVISION = "revision";
    static final String TABLES = "tables";
    static final String NAME = "name";
    static final String ENTITY = "entity";
    static final String SUBCLASSES = "subclasses";
    static final String COLUMNS = "columns";
    static final String TYPE = "type";
    static final String SQL_TYPE = "sqlType";
    static final String NULLABLE = "nullable";
    static final String IDENTITY = "identity";
    static final String PRIMARY_KEY = "primaryKey";
    static final String UNIQUE_CONSTRAINTS = "uniqueConstraints";
    static final String FOREIGN_KEYS = "foreignKeys";
    static final String REFERENCED_TABLE = "referencedTable";
    static final String REFERENCED_COLUMNS = "referencedColumns";
    static final String INDEXES = "indexes";
    static final String UNIQUE = "unique";
    static final String DESCENDING = "descending";
    static final String COMMENT = "comment";
    static final String DEFAULT = "default";
    static final String VALUE = "value";
    static final String FUNCTION = "function";
    static final String ON_DELETE = "onDelete";
    static final String CHECKS = "checks";
    static final String EXPRESSION = "expression";
    static final String SEQUENCES = "sequences";
    static final String START = "start";
    static final String INCREMENT = "increment";
    static final String ENUM = "enum";
    static final String STORAGE = "storage";
    static final String CONSTANTS = "constants";

    private SnapshotFormat() {}
}
